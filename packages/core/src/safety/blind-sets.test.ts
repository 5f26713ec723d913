// The safety screens over blind sets, each written by a tester who never saw the rules or the
// corpora. Blind set 1 was measured once unseen (docs/safety.md) and then used to widen the rules:
// its floors hold what they were widened to find. Blind set 2 was written after, by another
// tester, and has never been used to change them: printed as measured, its floor only catches a
// screen that stopped working.
import { describe, expect, it } from "vitest";
import { CONCERN_BLIND } from "./concerns.blind.js";
import { CONCERN_BLIND_2 } from "./concerns.blind2.js";
import type { ConcernCase } from "./concerns.corpus.js";
import { concernsIn } from "./concerns.js";
import { PERSONAL_DATA_BLIND } from "./personal-data.blind.js";
import { PERSONAL_DATA_BLIND_2 } from "./personal-data.blind2.js";
import { personalDataKinds } from "./personal-data.js";
import { scoreLabels, scoreTable } from "./scores.js";

/** [name, set, least recall, most harmless flagged] */
const CONCERN_SETS: [string, ConcernCase[], number, number][] = [
  ["blind set 1 (since used to widen the rules)", CONCERN_BLIND, 0.95, 0.1],
  ["blind set 2 (never used to change the rules)", CONCERN_BLIND_2, 0.5, 0.5],
];

/** [name, set, least recall] */
const PERSONAL_SETS: [string, { text: string; personal: boolean }[], number][] = [
  ["blind set 1 (since used to widen the rules)", PERSONAL_DATA_BLIND, 0.95],
  ["blind set 2 (never used to change the rules)", PERSONAL_DATA_BLIND_2, 0.5],
];

describe("the safety screens over blind sets", () => {
  it.each(CONCERN_SETS)("the concern screen over %s: each class's recall and the harmless conversations flagged", (name, set, leastRecall, mostFlagged) => {
    const results = set.map((c) => ({ turns: c.turns, expected: c.kinds, predicted: concernsIn(c.turns) }));
    const benign = results.filter((r) => r.expected.length === 0);
    const flagged = benign.filter((r) => r.predicted.length > 0);
    const child = (r: (typeof results)[number]) => r.turns.filter((t) => t.role === "child").map((t) => t.text).join(" / ");
    const missed = results.filter((r) => r.expected.some((k) => !r.predicted.includes(k)));
    const scores = scoreLabels(results);
    console.log(
      [
        scoreTable(`concern screen over ${name}, ${results.length} conversations (${benign.length} harmless):`, scores),
        `  harmless conversations flagged: ${flagged.length}/${benign.length}`,
        `  missed: ${missed.map((r) => `"${child(r)}" [${r.expected.join(",")}] → ${r.predicted.join(",") || "nothing"}`).join(" | ") || "none"}`,
        `  harmless flagged: ${flagged.map((r) => `"${child(r)}" → ${r.predicted.join(",")}`).join(" | ") || "none"}`,
      ].join("\n"),
    );
    expect(scores.find((s) => s.label === "overall")!.recall).toBeGreaterThanOrEqual(leastRecall);
    expect(flagged.length / benign.length).toBeLessThanOrEqual(mostFlagged);
  });

  it.each(PERSONAL_SETS)("the personal-data screen over %s: recall and precision", (name, set, leastRecall) => {
    const results = set.map((c) => ({ text: c.text, personal: c.personal, found: personalDataKinds(c.text).length > 0 }));
    const tp = results.filter((r) => r.personal && r.found).length;
    const fn = results.filter((r) => r.personal && !r.found);
    const fp = results.filter((r) => !r.personal && r.found);
    const recall = tp / (tp + fn.length);
    const precision = tp / (tp + fp.length);
    console.log(
      `personal-data screen over ${name}, ${results.length} messages: recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}\n  missed: ${fn.map((r) => r.text).join(" | ") || "none"}\n  harmless blanked: ${fp.map((r) => r.text).join(" | ") || "none"}`,
    );
    expect(recall).toBeGreaterThanOrEqual(leastRecall);
  });
});
