// The whole list as CSV for the elves' spreadsheets: RFC 4180 quoting, and no cell a spreadsheet
// would run as a formula (a child can type "=HYPERLINK(…)" as a gift).
import type { ChildGifts } from "@kringle/core/protocol";

export const CSV_HEADER = ["child", "conversation", "gift", "status", "when", "declined"] as const;

/** Characters a spreadsheet reads as the start of a formula (OWASP's list, with tab and CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: defused if it would start a formula, quoted if it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Every wish of every child, one row each (withdrawn ones too, with their status); a child with no
 * wish yet gets one row with the gift left empty, so the export is the whole list. `when` is when
 * the child asked; `declined` says why Santa said no to a wish that is not a gift to make
 * (harmful, absurd, people), empty for the others. Rows follow the order given; lines end in CRLF.
 */
export function giftsCsv(children: readonly ChildGifts[]): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const card of children) {
    const child = card.childName ?? "";
    if (card.wishes.length === 0) rows.push([child, card.conversationId, "", "", "", ""]);
    for (const wish of card.wishes) rows.push([child, card.conversationId, wish.gift, wish.status, wish.at, wish.declined ?? ""]);
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A file name with the day in it, so exports from different days do not overwrite each other. */
export function csvFileName(now: Date): string {
  return `santas-list-${now.toISOString().slice(0, 10)}.csv`;
}
