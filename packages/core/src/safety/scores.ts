// Precision and recall of a screen over a labelled corpus, per label and overall, as the corpus
// tests print them.

export interface Score {
  label: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Scores predicted label sets against expected ones, per label and micro-averaged as "overall". */
export function scoreLabels<L extends string>(cases: readonly { expected: readonly L[]; predicted: readonly L[] }[]): Score[] {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (label: string) => counts.get(label) ?? counts.set(label, { tp: 0, fp: 0, fn: 0 }).get(label)!;
  for (const { expected, predicted } of cases) {
    for (const label of new Set([...expected, ...predicted])) {
      const c = count(label);
      if (expected.includes(label) && predicted.includes(label)) c.tp++;
      else if (predicted.includes(label)) c.fp++;
      else c.fn++;
    }
  }
  const score = (label: string, { tp, fp, fn }: { tp: number; fp: number; fn: number }): Score => ({
    label,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
  });
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return [...[...counts].sort(([a], [b]) => a.localeCompare(b)).map(([label, c]) => score(label, c)), score("overall", total)];
}

/** The scores as a small table. */
export function scoreTable(title: string, scores: readonly Score[]): string {
  const rows = scores.map(
    (s) => `  ${s.label.padEnd(16)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`,
  );
  return [title, ...rows].join("\n");
}
