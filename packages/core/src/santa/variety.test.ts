import { describe, expect, it } from "vitest";
import { expand, fill, phrase, pick, sentencesOf } from "./variety.js";

describe("variety: deterministic wordings that are never said twice", () => {
  it("expands [alternatives], nested ones too, the same way for the same seed", () => {
    const template = "[Hello|Hi [there|again]], [Mia|friend]!";
    const seen = new Set(Array.from({ length: 40 }, (_, i) => expand(template, `s${i}`)));
    expect([...seen].every((s) => /^(Hello|Hi there|Hi again), (Mia|friend)!$/.test(s))).toBe(true);
    expect(seen.size).toBeGreaterThan(3);
    expect(expand(template, "same")).toBe(expand(template, "same"));
  });

  it("tidies the spaces an empty alternative leaves", () => {
    expect(expand("Merry Christmas[ to you|] !", "x").replace("to you", "")).not.toMatch(/ {2}| !/);
    expect(expand("a [|] b", "x")).toBe("a b");
  });

  it("splits sentences, keeping Mrs. Claus in one", () => {
    expect(sentencesOf("Mrs. Claus bakes. Hi! How are you? Fine")).toEqual(["Mrs. Claus bakes.", "Hi!", "How are you?", "Fine"]);
  });

  it("passes over a wording already used, whatever alternatives and values it was said with", () => {
    const options = ["[Hello|Hi] there, lovely {name}!", "Good morning to you, {name}!"];
    for (let i = 0; i < 20; i++) expect(pick(options, `s${i}`, ["Hi there, lovely Zoe! How are you?"])).toBe(options[1]);
  });

  it("never gives a sentence already said while another wording is left", () => {
    const options = ["[Hello|Hi|Hey] there{you}!", "Good [morning|day]{you}!"];
    const said: string[] = [];
    for (let i = 0; i < 5; i++) said.push(phrase(options, `turn${i}`, said, { you: "" }));
    expect(new Set(said).size).toBe(5);
  });

  it("fills {placeholders} after choosing, so a child's words are never read as alternatives", () => {
    expect(phrase(["You want {wish}!"], "s", [], { wish: "a [red|blue] bike" })).toBe("You want a [red|blue] bike!");
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and ");
  });
});
