// The small part of markdown Santa's replies may use (paragraphs, line breaks, bold, italics,
// lists), parsed into plain data that the page renders as text nodes: nothing in a reply ever
// becomes HTML, a link or an attribute. While a reply streams, markers not closed yet are held
// back, so a child never sees `**` flicker before it turns into bold.

/** A run of text with one style. */
export interface Span {
  text: string;
  bold?: true;
  italic?: true;
}
/** One line of a paragraph or one list item: its spans in order. */
export type Line = Span[];

export type Block =
  | { kind: "paragraph"; lines: Line[] }
  | { kind: "bullets"; items: Line[] }
  | { kind: "numbers"; start: number; items: Line[] };

const BULLET = /^\s{0,3}[-*+•]\s+(.*)$/;
const NUMBER = /^\s{0,3}(\d{1,3})[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
/** what a line that is still arriving may be the start of: a list item or a heading */
const MARKER_SO_FAR = /^\s{0,3}([-*+•]|\d{1,3}[.)]?|#{1,6})\s*$/;

export function parseReply(text: string, streaming = false): Block[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (streaming && MARKER_SO_FAR.test(lines.at(-1) ?? "")) lines.pop();
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const raw of lines) {
    const bullet = BULLET.exec(raw);
    const number = bullet ? null : NUMBER.exec(raw);
    if (raw.trim() === "") {
      open = undefined;
    } else if (bullet) {
      if (open?.kind !== "bullets") blocks.push((open = { kind: "bullets", items: [] }));
      open.items.push(inline(bullet[1]!, streaming));
    } else if (number) {
      if (open?.kind !== "numbers") blocks.push((open = { kind: "numbers", start: Number(number[1]), items: [] }));
      open.items.push(inline(number[2]!, streaming));
    } else if (open && open.kind !== "paragraph" && /^\s/.test(raw)) {
      // an indented line goes on with the item above it
      const item = open.items.at(-1)!;
      item.push({ text: " " }, ...inline(raw.trim(), streaming));
    } else {
      const heading = HEADING.exec(raw);
      const line = heading ? inline(heading[1]!, streaming).map((s): Span => ({ ...s, bold: true })) : inline(raw.trim(), streaming);
      if (open?.kind !== "paragraph") blocks.push((open = { kind: "paragraph", lines: [] }));
      open.lines.push(line);
    }
  }
  return blocks.map(tidy).filter((b) => (b.kind === "paragraph" ? b.lines.length : b.items.length) > 0);
}

/** The reply as a screen reader should hear it: the words, without any markers. */
export function plainText(blocks: readonly Block[]): string {
  const line = (l: Line) => l.map((s) => s.text).join("").trim();
  return blocks
    .map((b) => (b.kind === "paragraph" ? b.lines.map(line).join(" ") : b.items.map(line).join("; ")))
    .filter((t) => t !== "")
    .join(" ");
}

// `**bold**`, `__bold__`, `*italic*`, `_italic_`: the delimiters hug the words they wrap, and an
// underscore inside a word (snake_case) is not a delimiter.
const BOLD = /\*\*(?=\S)([\s\S]*?\S)\*\*|(?<![\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/u;
const ITALIC = /(?<!\*)\*(?=[^\s*])([^*]*?[^\s*])\*(?!\*)|(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/u;
/** delimiters left over once pairs are matched: while streaming they may yet be closed */
const LONE_MARKER = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
/** `[words](address)`: only the words are kept, a reply never links anywhere */
const LINK = /\[([^\]\n]+)\]\((?:[^()\n]|\([^()\n]*\))*\)/g;
const CODE = /`([^`\n]+)`/g;

function inline(text: string, streaming: boolean): Line {
  const words = text.replace(LINK, "$1").replace(CODE, "$1");
  return styled(words, {}, streaming);
}

function styled(text: string, style: Omit<Span, "text">, streaming: boolean): Span[] {
  if (text === "") return [];
  const bold = style.bold ? null : BOLD.exec(text);
  const italic = style.italic ? null : ITALIC.exec(text);
  const match = bold && (!italic || bold.index <= italic.index) ? bold : italic;
  if (!match) return [{ text: streaming ? text.replace(LONE_MARKER, "") : text, ...style }];
  const inner = match[1] ?? match[2]!;
  const nested: Omit<Span, "text"> = match === bold ? { ...style, bold: true } : { ...style, italic: true };
  return [
    ...styled(text.slice(0, match.index), style, streaming),
    ...styled(inner, nested, streaming),
    ...styled(text.slice(match.index + match[0].length), style, streaming),
  ];
}

/** Joins neighbouring spans of one style and drops empty ones, so the page renders few nodes. */
function tidyLine(line: Line): Line {
  const out: Span[] = [];
  for (const span of line) {
    if (span.text === "") continue;
    const last = out.at(-1);
    if (last && last.bold === span.bold && last.italic === span.italic) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}

function tidy(block: Block): Block {
  if (block.kind === "paragraph") return { ...block, lines: block.lines.map(tidyLine).filter((l) => l.length > 0) };
  return { ...block, items: block.items.map(tidyLine).filter((l) => l.length > 0) };
}
