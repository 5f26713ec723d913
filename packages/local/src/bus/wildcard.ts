// The event-pattern `wildcard` syntax: `*` stands for any run of characters; `\*` and `\\` are a literal star and backslash.

export type WildcardParse = { readonly matches: (text: string) => boolean } | { readonly fault: string };

export function parseWildcard(pattern: string): WildcardParse {
  const parts: string[] = [];
  let literal = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*") {
      if (pattern[i + 1] === "*") return { fault: `has consecutive "*" at position ${i}` };
      parts.push(literal);
      literal = "";
    } else if (c === "\\") {
      const next = pattern[i + 1];
      if (next !== "*" && next !== "\\") return { fault: `has a "\\" at position ${i} that escapes neither "*" nor "\\"` };
      literal += next;
      i++;
    } else {
      literal += c;
    }
  }
  parts.push(literal);
  return { matches: globMatcher(parts) };
}

/** Taking each literal part at its earliest place, left to right, is exact for `*`-only globs and never backtracks. */
function globMatcher(parts: string[]): (text: string) => boolean {
  const [head = "", ...rest] = parts;
  if (rest.length === 0) return (text) => text === head;
  const tail = rest.pop() ?? "";
  return (text) => {
    if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return false;
    const end = text.length - tail.length;
    let from = head.length;
    for (const part of rest) {
      const at = text.indexOf(part, from);
      if (at < 0 || at + part.length > end) return false;
      from = at + part.length;
    }
    return true;
  };
}
