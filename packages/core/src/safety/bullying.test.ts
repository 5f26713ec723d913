import { describe, expect, it } from "vitest";
import { BULLYING_CASES } from "./concerns.bullying.js";
import { concernsIn, ruleConcernsIn } from "./concerns.js";

const childWords = (c: (typeof BULLYING_CASES)[number]) => c.turns.filter((t) => t.role === "child").map((t) => t.text).join(" / ");

describe("the safety screen hears bullying by other children", () => {
  const concerns = BULLYING_CASES.filter((c) => c.kinds.length > 0);
  const benign = BULLYING_CASES.filter((c) => c.kinds.length === 0);

  it("raises each disclosure's kinds by its rules, and no look-alike (printed with the classifier beside them)", () => {
    const missedByRules = concerns.filter((c) => c.kinds.some((k) => !ruleConcernsIn(c.turns).includes(k)));
    const benignByRules = benign.filter((c) => ruleConcernsIn(c.turns).length > 0);
    const missedByBoth = concerns.filter((c) => c.kinds.some((k) => !concernsIn(c.turns).includes(k)));
    const benignByBoth = benign.filter((c) => concernsIn(c.turns).length > 0);
    console.log(
      [
        `bullying set: ${concerns.length} disclosures, ${benign.length} look-alikes`,
        `  rules: missed ${missedByRules.length}, look-alikes flagged ${benignByRules.length}`,
        `  rules and classifier: missed ${missedByBoth.length}, look-alikes flagged ${benignByBoth.length}: ${benignByBoth.map((c) => `"${childWords(c)}" → ${concernsIn(c.turns).join(",")}`).join(" | ") || "none"}`,
      ].join("\n"),
    );
    expect(missedByRules.map(childWords)).toEqual([]);
    expect(benignByRules.map(childWords)).toEqual([]);
    expect(missedByBoth.map(childWords)).toEqual([]);
  });

  it("hears the dinner-money disclosure as danger and distress, not only as a secret", () => {
    const kinds = ruleConcernsIn([{ role: "child", text: "the big boys at the park make me give them my dinner money every day and say they will get me if i tell" }]);
    expect(kinds).toEqual(expect.arrayContaining(["danger", "distress", "secrecy"]));
  });

  it("keeps a game's 'smash my brother at fifa' harmless, while 'smash my face in' is a threat", () => {
    expect(ruleConcernsIn([{ role: "child", text: "i smashed my brother at fifa lol" }])).toEqual([]);
    expect(ruleConcernsIn([{ role: "child", text: "the big kids said theyll smash my face in if i tell" }])).toEqual(expect.arrayContaining(["abuse", "danger"]));
  });
});
