// The experimental word classifier beside the concern rules: cross-validated over every training
// list (rules alone, classifier alone, rules OR classifier, per kind), and trained without blind
// set 2 (and without what was written from it) then measured on it, the honest figure for fresh
// wording. Prints the tables; asserts floors a little under what was measured.
import { describe, expect, it } from "vitest";
import type { SafetyKind } from "../events/schemas.js";
import type { Turn } from "../santa/model.js";
import { CONCERN_BLIND } from "./concerns.blind.js";
import { CONCERN_BLIND_2 } from "./concerns.blind2.js";
import {
  chooseThresholds,
  DEFAULT_TRAINING,
  classifierConcerns,
  DEFAULT_THRESHOLDS,
  KINDS,
  raiseThresholds,
  trainConcernClassifier,
  TRAINING_CASES,
} from "./concerns.classifier.js";
import { CONCERN_CORPUS, type ConcernCase } from "./concerns.corpus.js";
import { CONCERN_HELD_OUT } from "./concerns.held-out.js";
import { EXTRACTION_CORPUS } from "../gifts/extraction-corpus.js";
import { EVERYDAY_MESSAGES } from "./everyday-messages.js";
import { ruleConcernsIn } from "./concerns.js";
import { scoreLabels, scoreTable } from "./scores.js";

const talk = (...texts: string[]): Turn[] => texts.map((text, i) => ({ role: i % 2 === 0 ? "child" : "santa", text }));

interface Row {
  expected: SafetyKind[];
  predicted: SafetyKind[];
}
const harmlessFlagged = (rows: readonly Row[]) => {
  const harmless = rows.filter((r) => r.expected.length === 0);
  return { flagged: harmless.filter((r) => r.predicted.length > 0).length, of: harmless.length };
};
const overall = (rows: readonly Row[]) => scoreLabels(rows).find((s) => s.label === "overall")!;
const table = (title: string, rows: readonly Row[]) => {
  const { flagged, of } = harmlessFlagged(rows);
  return `${scoreTable(title, scoreLabels(rows))}\n  harmless flagged ${flagged}/${of}`;
};
const either = (a: readonly SafetyKind[], b: readonly SafetyKind[]) => KINDS.filter((k) => a.includes(k) || b.includes(k));

const all = TRAINING_CASES();
/** what children write about their wishes (the gift extractor's corpus), less what the rules flag */
const wishMessages = EXTRACTION_CORPUS.flatMap((c) => c.says).filter((t) => !/^santa: /i.test(t) && ruleConcernsIn(talk(t)).length === 0);
let choice: ReturnType<typeof chooseThresholds> | undefined;
/** the cross-validated choice over every training list, made once for the tests that read it */
const chosenByCv = () => (choice ??= chooseThresholds(all, ruleConcernsIn, DEFAULT_TRAINING()));

/**
 * What existed before blind set 2 was seen: the corpus up to round 12 (round 14 was written from
 * blind set 2's misses, and what follows it later still), the held-out sets and the first blind set.
 */
function beforeBlindSet2(): ConcernCase[] {
  const round14 = CONCERN_CORPUS.findIndex((c) => c.turns[0]!.text.startsWith("my stepdad plays a secret bed game"));
  expect(round14).toBeGreaterThan(500);
  return [...CONCERN_CORPUS.slice(0, round14), ...CONCERN_HELD_OUT, ...CONCERN_BLIND];
}

describe("concern classifier (beside the rules in concernsIn)", () => {
  it("trains in under 300 ms and scores a conversation in well under a millisecond", () => {
    // in the app the rules have read messages first, so the normalisation's patterns are compiled
    for (const c of all.slice(0, 20)) ruleConcernsIn(c.turns);
    let t = performance.now();
    const model = trainConcernClassifier(all);
    const first = performance.now() - t;
    const again: number[] = [];
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      trainConcernClassifier(all);
      again.push(performance.now() - t);
    }
    t = performance.now();
    for (const c of all) model.scores(c.turns);
    const perConversation = (performance.now() - t) / all.length;
    const best = Math.min(...again);
    console.log(
      `classifier: ${all.length} conversations, ${model.features} features; training ${first.toFixed(0)} ms the first time (rules already run), then ${again.map((a) => a.toFixed(0)).join(", ")} ms; scoring ${perConversation.toFixed(3)} ms a conversation`,
    );
    // measured about 170-250 ms the first time and 110-170 ms after on 2 cores; room for a busy machine
    expect(best).toBeLessThan(300);
    expect(first).toBeLessThan(1000);
    expect(perConversation).toBeLessThan(1);
  });

  it("is deterministic: trained twice, the same scores", () => {
    const a = trainConcernClassifier(all);
    const b = trainConcernClassifier(all);
    for (const c of all.slice(0, 50)) expect(b.scores(c.turns)).toEqual(a.scores(c.turns));
  });

  it("reads clear cases", () => {
    expect(classifierConcerns(talk("my uncle touches my privates"))).toContain("abuse");
    expect(classifierConcerns(talk("i want a lego set"))).toEqual([]);
    expect(classifierConcerns(talk("can i have a bike and a puppy please", "Ho ho ho! What colour bike?", "red"))).toEqual([]);
    expect(classifierConcerns(talk("i want to kill myself"))).toContain("self-harm");
    expect(classifierConcerns(talk("im going to run away from home tonight"))).toContain("running-away");
  });

  it("flags none of what children write about their wishes (the gift extractor's corpus, whose 191 turns chose the thresholds with other everyday questions)", () => {
    const turns = wishMessages;
    const flagged = turns.filter((t) => classifierConcerns(talk(t)).length > 0);
    console.log(`everyday: ${flagged.length}/${turns.length} wish messages flagged by the classifier${flagged.length ? `: ${flagged.join(" | ")}` : ""}`);
    expect(turns.length).toBeGreaterThan(150);
    expect(flagged).toEqual([]);
  });

  it("keeps the thresholds the two steps choose today (cross-validation, then raised over everyday messages)", () => {
    const everyday = [...wishMessages, ...EVERYDAY_MESSAGES.filter((t) => ruleConcernsIn(talk(t)).length === 0)];
    const { thresholds: cv } = chosenByCv();
    const chosen = raiseThresholds(trainConcernClassifier(all, DEFAULT_TRAINING()), cv, everyday);
    const fmt = (t: Record<string, number>) => KINDS.map((k) => `${k} ${t[k]!.toFixed(3)}`).join(", ");
    console.log(`thresholds: cross-validated ${fmt(cv)}\n  raised over ${everyday.length} everyday messages ${fmt(chosen)}`);
    // a change to the training lists moves them: choose them again (DEFAULT_THRESHOLDS)
    for (const kind of KINDS) expect(DEFAULT_THRESHOLDS[kind], kind).toBeCloseTo(chosen[kind], 3);
  });
  it("cross-validated (5 folds by index), beside the rules, which were tuned on all of it", () => {
    const { thresholds, scores } = chosenByCv();
    const rules = all.map((c) => ruleConcernsIn(c.turns));
    const classifier = all.map((_, i) => KINDS.filter((k) => scores[i]![k] >= thresholds[k]));
    const rows = (predicted: SafetyKind[][]): Row[] => all.map((c, i) => ({ expected: c.kinds, predicted: predicted[i]! }));
    const fmt = (t: Record<string, number>) => KINDS.map((k) => `${k} ${t[k]!.toFixed(3)}`).join(", ");
    console.log(
      [
        `thresholds chosen today: ${fmt(thresholds)}`,
        `thresholds in DEFAULT_THRESHOLDS: ${fmt(DEFAULT_THRESHOLDS)}`,
        table("CV: classifier alone (out of fold)", rows(classifier)),
        table("CV: rules alone (in sample: tuned on these)", rows(rules)),
        table("CV: rules OR classifier", rows(rules.map((r, i) => either(r, classifier[i]!)))),
      ].join("\n"),
    );
    const alone = overall(rows(classifier));
    expect(alone.recall).toBeGreaterThan(0.4);
    expect(alone.precision).toBeGreaterThan(0.85);
    const combined = harmlessFlagged(rows(rules.map((r, i) => either(r, classifier[i]!))));
    const byRules = harmlessFlagged(rows(rules));
    // at most a tenth of harmless conversations, or 3 % more than the rules flag on their own
    expect(combined.flagged).toBeLessThanOrEqual(Math.max(Math.floor(0.1 * combined.of), byRules.flagged + Math.floor(0.03 * combined.of)));
  });

  it("left blind set 2 out: trained without it, measured on it (the rules there first: 0.648 recall, 0.750 precision, 6/30 harmless)", () => {
    const training = beforeBlindSet2();
    const { thresholds } = chooseThresholds(training, ruleConcernsIn, DEFAULT_TRAINING());
    const model = trainConcernClassifier(training, { ...DEFAULT_TRAINING(), thresholds });
    const classifier: Row[] = CONCERN_BLIND_2.map((c) => ({ expected: c.kinds, predicted: model.kindsIn(c.turns) }));
    const { flagged, of } = harmlessFlagged(classifier);
    const s = overall(classifier);
    console.log(
      [
        `left out: trained on ${training.length} conversations written before blind set 2`,
        table("blind set 2: classifier alone", classifier),
        `  overall recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)}, harmless ${flagged}/${of}` +
          " (the rules as they were before blind set 2 widened them: recall 0.648, precision 0.750, harmless 6/30)",
      ].join("\n"),
    );
    // Measured here 0.739 recall, 0.903 precision, 3/30 harmless. Today's normalisation carries a few
    // fixes made from blind set 2 ("no" for "know", running away to the kitchen), so this is a little
    // kind to the classifier: with the normalisation and rules of 2b76e8d (before blind set 2 was
    // used), measured outside this test, 0.682 recall, 0.870 precision, 5/30 harmless, and rules OR
    // classifier 0.807 recall, 0.747 precision, 8/30 harmless.
    expect(s.recall).toBeGreaterThan(0.6);
    expect(s.precision).toBeGreaterThan(0.8);
    expect(flagged).toBeLessThanOrEqual(7);
  });
});
