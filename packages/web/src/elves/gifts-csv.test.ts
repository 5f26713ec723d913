import { describe, expect, it } from "vitest";
import { card, cast, wish } from "../testing/gift-cards.js";
import { csvCell, csvFileName, giftsCsv } from "./gifts-csv.js";

/** A small RFC 4180 reader, to check that what is written reads back as the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  return rows;
}

describe("the CSV export", () => {
  it("has one row per wish, withdrawn ones with their status, and one row for a child with no wish yet", () => {
    const csv = giftsCsv([...cast().slice(0, 1), card("c_new", "Sam", [])]);
    expect(readCsv(csv)).toEqual([
      ["child", "conversation", "gift", "status", "when", "declined"],
      ["Mia", "c_mia", "red bike", "wished", "2026-12-01T09:00:00.000Z", ""],
      ["Mia", "c_mia", "puppy", "withdrawn", "2026-12-01T09:00:00.000Z", ""],
      ["Mia", "c_mia", "kitten", "wished", "2026-12-01T09:05:00.000Z", ""],
      ["Sam", "c_new", "", "", "", ""],
    ]);
  });

  it("says why Santa said no to a wish that is not a gift to make", () => {
    const csv = giftsCsv([card("c_tom", "Tom", [wish("knife", "2026-12-01T09:00:00.000Z", { declined: "harmful" }), wish("kite", "2026-12-01T09:00:00.000Z")])]);
    expect(readCsv(csv).slice(1).map((row) => [row[2], row[5]])).toEqual([
      ["knife", "harmful"],
      ["kite", ""],
    ]);
  });

  it("ends every line with CRLF and leaves an unknown name empty", () => {
    const csv = giftsCsv([card("c_anon", null, [wish("kite", "2026-12-01T09:00:00.000Z")])]);
    expect(csv).toBe("child,conversation,gift,status,when,declined\r\n,c_anon,kite,wished,2026-12-01T09:00:00.000Z,\r\n");
  });

  it("quotes cells with commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('the "big" one')).toBe('"the ""big"" one"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("plain")).toBe("plain");
    const csv = giftsCsv([card("c_1", 'Ann, "Annie"', [wish("lego, the big box", "2026-12-01T09:00:00.000Z")])]);
    expect(readCsv(csv)[1]?.slice(0, 3)).toEqual(['Ann, "Annie"', "c_1", "lego, the big box"]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://x\",\"y\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("a=b")).toBe("a=b");
    const rows = readCsv(giftsCsv([card("c_1", "=cmd|' /C calc'!A0", [wish("@evil", "2026-12-01T09:00:00.000Z")])]));
    expect(rows[1]?.[0]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1]?.[2]).toBe("'@evil");
  });

  it("names the file with the day", () => {
    expect(csvFileName(new Date("2026-12-24T20:00:00.000Z"))).toBe("santas-list-2026-12-24.csv");
  });
});
