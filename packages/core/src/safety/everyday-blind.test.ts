// How often the screens flag ordinary chat: the everyday blind set, written by a tester who never
// saw the screens, the corpora or the classifier, and never used to change them. A conversation of
// ten messages meets these per-message rates ten times, so they matter more than the look-alikes'.
import { describe, expect, it } from "vitest";
import { concernsInText, ruleConcernsInText } from "./concerns.js";
import { EVERYDAY_BLIND } from "./everyday.blind.js";
import { personalDataKinds } from "./personal-data.js";

describe("the screens over everyday chat (the everyday blind set, never used to change them)", () => {
  it("flags few ordinary messages as concerns, and blanks few as personal data", () => {
    const rules = EVERYDAY_BLIND.filter((t) => ruleConcernsInText(t).length > 0);
    const either = EVERYDAY_BLIND.filter((t) => concernsInText(t).length > 0);
    const suspicions = either.filter((t) => !rules.includes(t));
    const blanked = EVERYDAY_BLIND.filter((t) => personalDataKinds(t).length > 0);
    const pct = (n: number) => `${n}/${EVERYDAY_BLIND.length} (${((100 * n) / EVERYDAY_BLIND.length).toFixed(1)} %)`;
    const show = (list: string[], of: (t: string) => string[]) => list.map((t) => `"${t}" → ${of(t).join(",")}`).join(" | ") || "none";
    console.log(
      [
        `everyday blind set, ${EVERYDAY_BLIND.length} messages:`,
        `  concerns by the rules (care reply): ${pct(rules.length)}: ${show(rules, ruleConcernsInText)}`,
        `  suspicions by the classifier alone (a gentle check-in): ${pct(suspicions.length)}: ${show(suspicions, concernsInText)}`,
        `  flagged for a grown-up, either: ${pct(either.length)}`,
        `  personal data blanked: ${pct(blanked.length)}: ${show(blanked, personalDataKinds)}`,
      ].join("\n"),
    );
    expect(EVERYDAY_BLIND.length).toBeGreaterThan(250);
    // floors that only catch a screen gone wild: the figures are what the print says
    expect(either.length / EVERYDAY_BLIND.length).toBeLessThanOrEqual(0.1);
    expect(blanked.length / EVERYDAY_BLIND.length).toBeLessThanOrEqual(0.1);
  });
});
