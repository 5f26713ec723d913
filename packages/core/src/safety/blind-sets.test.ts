// The safety screens over two blind sets: written by an engineer who never saw the rules or the
// corpora, before the rules were last widened, and never used to change them. Printed as measured;
// the floors only catch a screen that stopped working.
import { describe, expect, it } from "vitest";
import { CONCERN_BLIND } from "./concerns.blind.js";
import { concernsIn } from "./concerns.js";
import { PERSONAL_DATA_BLIND } from "./personal-data.blind.js";
import { personalDataKinds } from "./personal-data.js";
import { scoreLabels, scoreTable } from "./scores.js";

describe("the safety screens over blind sets", () => {
  it("the concern screen: each class's recall and the harmless conversations flagged", () => {
    const results = CONCERN_BLIND.map((c) => ({ turns: c.turns, expected: c.kinds, predicted: concernsIn(c.turns) }));
    const benign = results.filter((r) => r.expected.length === 0);
    const flagged = benign.filter((r) => r.predicted.length > 0);
    const child = (r: (typeof results)[number]) => r.turns.filter((t) => t.role === "child").map((t) => t.text).join(" / ");
    const missed = results.filter((r) => r.expected.some((k) => !r.predicted.includes(k)));
    const scores = scoreLabels(results);
    console.log(
      [
        scoreTable(`concern screen over the blind set, ${results.length} conversations (${benign.length} harmless):`, scores),
        `  harmless conversations flagged: ${flagged.length}/${benign.length}`,
        `  missed: ${missed.map((r) => `"${child(r)}" [${r.expected.join(",")}] → ${r.predicted.join(",") || "nothing"}`).join(" | ") || "none"}`,
        `  harmless flagged: ${flagged.map((r) => `"${child(r)}" → ${r.predicted.join(",")}`).join(" | ") || "none"}`,
      ].join("\n"),
    );
    expect(scores.find((s) => s.label === "overall")!.recall).toBeGreaterThanOrEqual(0.5);
  });

  it("the personal-data screen: recall and precision on messages it never saw", () => {
    const results = PERSONAL_DATA_BLIND.map((c) => ({ text: c.text, personal: c.personal, found: personalDataKinds(c.text).length > 0 }));
    const tp = results.filter((r) => r.personal && r.found).length;
    const fn = results.filter((r) => r.personal && !r.found);
    const fp = results.filter((r) => !r.personal && r.found);
    const recall = tp / (tp + fn.length);
    const precision = tp / (tp + fp.length);
    console.log(
      `personal-data screen over the blind set, ${results.length} messages: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}\n  missed: ${fn.map((r) => r.text).join(" | ") || "none"}\n  harmless blanked: ${fp.map((r) => r.text).join(" | ") || "none"}`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.5);
  });
});
