import { describe, expect, it } from "vitest";
import { parseReply, plainText, type Block, type Line } from "./reply-markdown.js";

const p = (...lines: Line[]): Block => ({ kind: "paragraph", lines });
const spans = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === "paragraph" ? b.lines : b.items)).flat();
/** every text the page would show, spans separated by | */
const everyText = (blocks: Block[]) => spans(blocks).map((s) => s.text).join("|");

describe("Santa's reply as markdown", () => {
  it("keeps plain text as one paragraph, single line breaks as lines, blank lines as paragraphs", () => {
    expect(parseReply("Ho ho ho!\nHello Mia.\n\nMerry Christmas!")).toEqual([
      p([{ text: "Ho ho ho!" }], [{ text: "Hello Mia." }]),
      p([{ text: "Merry Christmas!" }]),
    ]);
  });

  it("makes bold and italics of **, __, * and _", () => {
    expect(parseReply("A **red bicycle** and *a kitten* and __snow__ and _cocoa_.")).toEqual([
      p([
        { text: "A " },
        { text: "red bicycle", bold: true },
        { text: " and " },
        { text: "a kitten", italic: true },
        { text: " and " },
        { text: "snow", bold: true },
        { text: " and " },
        { text: "cocoa", italic: true },
        { text: "." },
      ]),
    ]);
  });

  it("nests italics in bold", () => {
    expect(parseReply("**very *jolly* elves**")).toEqual([
      p([{ text: "very ", bold: true }, { text: "jolly", bold: true, italic: true }, { text: " elves", bold: true }]),
    ]);
  });

  it("leaves underscores inside words and stars between spaces alone", () => {
    expect(parseReply("snake_case_name and 5 * 3 = 15")).toEqual([p([{ text: "snake_case_name and 5 * 3 = 15" }])]);
  });

  it("makes lists of - and * and 1. lines, keeping where a numbered list starts", () => {
    expect(parseReply("Your list:\n- a **sledge**\n* lego\n\n3. first\n4) second\n   more of second")).toEqual([
      p([{ text: "Your list:" }]),
      { kind: "bullets", items: [[{ text: "a " }, { text: "sledge", bold: true }], [{ text: "lego" }]] },
      { kind: "numbers", start: 3, items: [[{ text: "first" }], [{ text: "second more of second" }]] },
    ]);
  });

  it("shows a heading as a bold line", () => {
    expect(parseReply("## Santa's list\nhello")).toEqual([p([{ text: "Santa's list", bold: true }], [{ text: "hello" }])]);
  });

  it("says the reply without markers for screen readers", () => {
    expect(plainText(parseReply("Hi **Mia**!\n- a *kitten*\n- a sledge"))).toBe("Hi Mia! a kitten; a sledge");
  });
});

describe("what a reply cannot do", () => {
  it("keeps raw HTML as the very characters it is: it becomes text, never an element", () => {
    const html = `<img src=x onerror="alert(1)"> <script>alert(2)</script> <a href="javascript:alert(3)">x</a>`;
    const blocks = parseReply(html);
    expect(everyText(blocks)).toBe(html);
    // spans carry only text and the two styles: nothing an attacker could turn into markup
    for (const span of spans(blocks)) {
      expect(Object.keys(span).every((k) => ["text", "bold", "italic"].includes(k))).toBe(true);
    }
  });

  it("keeps only the words of a link, never its address", () => {
    expect(everyText(parseReply("[click me](javascript:alert(1)) and [elves](https://evil.example/)"))).toBe("click me and elves");
  });

  it("drops the backticks of code and keeps its text", () => {
    expect(everyText(parseReply("type `<b>hi</b>`"))).toBe("type <b>hi</b>");
  });
});

describe("a reply still streaming", () => {
  it("holds back an unclosed ** so its words show plain, then bold once it closes", () => {
    expect(parseReply("I hope you get a **red bi", true)).toEqual([p([{ text: "I hope you get a red bi" }])]);
    expect(parseReply("I hope you get a **red bicycle**", true)).toEqual([
      p([{ text: "I hope you get a " }, { text: "red bicycle", bold: true }]),
    ]);
  });

  it("holds back a lone * or _ that may open italics, and the half of a closing **", () => {
    expect(parseReply("so *jolly", true)).toEqual([p([{ text: "so jolly" }])]);
    expect(parseReply("so _jolly", true)).toEqual([p([{ text: "so jolly" }])]);
    expect(parseReply("a **sledge*", true)).toEqual([p([{ text: "a sledge" }])]);
  });

  it("holds back a line that is only the start of a list item or heading", () => {
    expect(parseReply("Your list:\n-", true)).toEqual([p([{ text: "Your list:" }])]);
    expect(parseReply("Your list:\n2.", true)).toEqual([p([{ text: "Your list:" }])]);
    expect(parseReply("Your list:\n- lego", true)).toEqual([p([{ text: "Your list:" }]), { kind: "bullets", items: [[{ text: "lego" }]] }]);
  });

  it("never shows a marker at any point of a streamed reply that closes them all", () => {
    const reply = "Ho ho! **Mia**, a *kitten* is a _lovely_ wish.\n\n- a **red sledge**\n- a *big* castle\n\n1. bake cookies\n2. sing";
    for (let end = 1; end <= reply.length; end++) {
      const shown = everyText(parseReply(reply.slice(0, end), true));
      expect(shown, reply.slice(0, end)).not.toMatch(/[*_]|^\s*-\s|\|-/);
    }
  });

  it("shows a marker the model never closed once the reply is complete", () => {
    expect(parseReply("5 *stars", false)).toEqual([p([{ text: "5 *stars" }])]);
  });
});
