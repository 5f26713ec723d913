// Measures a screen over one blind set and prints it as the blind-set tests show it: the scores,
// every miss and every harmless message flagged. Shared by the blind-set tests.
import { expect } from "vitest";
import type { ConcernCase } from "./concerns.corpus.js";
import { concernsIn } from "./concerns.js";
import { personalDataKinds } from "./personal-data.js";
import { scoreLabels, scoreTable } from "./scores.js";

/** The concern screen over a set: overall recall at least `leastRecall`, harmless flagged at most `mostFlagged` (a share). */
export function checkConcernSet(name: string, set: ConcernCase[], leastRecall: number, mostFlagged: number): void {
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
}

/** The personal-data screen over a set: recall at least `leastRecall`. */
export function checkPersonalSet(name: string, set: { text: string; personal: boolean }[], leastRecall: number): void {
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
}
