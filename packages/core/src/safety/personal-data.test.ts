import { describe, expect, it } from "vitest";
import { PERSONAL_DATA_CORPUS, PERSONAL_DATA_HELD_OUT } from "./personal-data.corpus.js";
import { personalDataKinds, REDACTED, withholdPersonalData } from "./personal-data.js";
import { scoreLabels, scoreTable } from "./scores.js";

describe("the personal-data screen over its labelled corpus", () => {
  const results = PERSONAL_DATA_CORPUS.map((c) => ({ ...c, expected: c.kinds, predicted: personalDataKinds(c.text), recorded: withholdPersonalData(c.text).text }));
  const scores = scoreLabels(results);
  const overall = scores.find((s) => s.label === "overall")!;

  it("has at least 100 messages, positives and harmless look-alikes", () => {
    expect(PERSONAL_DATA_CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(PERSONAL_DATA_CORPUS.filter((c) => c.kinds.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it("finds at least 95% of the personal data, and says how precisely", () => {
    const missed = results.filter((r) => r.expected.some((k) => !r.predicted.includes(k))).map((r) => `${r.text} → ${r.predicted.join(",") || "nothing"}`);
    const blanked = results.filter((r) => r.predicted.some((k) => !r.expected.includes(k))).map((r) => `${r.text} → ${r.predicted.join(",")}`);
    console.log(
      `${scoreTable(`personal-data screen over ${results.length} messages:`, scores)}\n  missed: ${missed.length ? missed.join(" | ") : "none"}\n  false positives: ${blanked.length ? blanked.join(" | ") : "none"}`,
    );
    expect(overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it("keeps what it found out of the recorded text", () => {
    const leaks = results.flatMap((r) => (r.hides ?? []).filter((h) => r.recorded.toLowerCase().includes(h.toLowerCase())).map((h) => `${h} in "${r.recorded}"`));
    console.log(`personal-data fragments left in recorded text: ${leaks.length}${leaks.length ? `: ${leaks.join(" | ")}` : ""}`);
    expect(leaks.length / results.reduce((n, r) => n + (r.hides?.length ?? 0), 0)).toBeLessThanOrEqual(0.05);
  });

  it("takes no wish for a surname: what a child does after her first name stays ('im Sam getting lego')", () => {
    for (const text of ["im Sam getting lego from santa", "im ella wanting a doll so much", "im Leo looking forward to christmas", "im mia having a party on saturday"]) {
      expect(withholdPersonalData(text), text).toEqual({ text, withheld: [] });
    }
  });

  it("records harmless messages as they were written", () => {
    const changed = results.filter((r) => r.expected.length === 0 && r.recorded !== r.text);
    expect(changed.length / results.filter((r) => r.expected.length === 0).length).toBeLessThanOrEqual(0.1);
  });
});

describe("the personal-data screen over messages written after its rules", () => {
  it("says how much it finds there (printed, not tuned)", () => {
    const results = PERSONAL_DATA_HELD_OUT.map((c) => ({ text: c.text, expected: c.kinds, predicted: personalDataKinds(c.text) }));
    const scores = scoreLabels(results);
    const missed = results.filter((r) => r.expected.some((k) => !r.predicted.includes(k))).map((r) => r.text);
    console.log(`${scoreTable(`personal-data screen over ${results.length} held-out messages:`, scores)}\n  missed: ${missed.join(" | ") || "none"}`);
    // a floor, not a target: this set measures unseen wording (docs/safety.md)
    expect(scores.find((s) => s.label === "overall")!.recall).toBeGreaterThanOrEqual(0.7);
  });
});

describe("withholding personal data", () => {
  it("keeps the relation and the first name, so Santa can still answer warmly", () => {
    expect(withholdPersonalData("my mum Sarah works at Tesco").text).toBe(`my mum ${REDACTED}`);
    expect(withholdPersonalData("my name is Mia Thompson and my birthday is 5th May 2018").text).toBe(`my name is Mia ${REDACTED} and ${REDACTED}`);
  });

  it("takes out the town and postcode left after the street", () => {
    expect(withholdPersonalData("I live at 42 Elm Street, Springfield, IL 62704")).toEqual({ text: REDACTED, withheld: ["address", "place"] });
  });

  it("leaves a birthday alone when no full name comes with it", () => {
    expect(withholdPersonalData("I'm Mia and my birthday is 5th May")).toEqual({ text: "I'm Mia and my birthday is 5th May", withheld: [] });
  });
});
