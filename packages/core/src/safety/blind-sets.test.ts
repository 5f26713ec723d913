// The safety screens over blind sets, each written by a tester who never saw the rules or the
// corpora. Blind set 1 was measured once unseen (docs/safety.md) and then used to widen the rules:
// its floors hold what they were widened to find. Blind set 2 was written after, by another
// tester, measured unseen (docs/safety.md), and since used to widen the rules too: its floors sit
// just below what it was widened to. Blind set 3 has a file of its own (blind-set-3.test.ts).
import { describe, it } from "vitest";
import { checkConcernSet, checkPersonalSet } from "./blind-check.js";
import { CONCERN_BLIND } from "./concerns.blind.js";
import { CONCERN_BLIND_2 } from "./concerns.blind2.js";
import type { ConcernCase } from "./concerns.corpus.js";
import { PERSONAL_DATA_BLIND } from "./personal-data.blind.js";
import { PERSONAL_DATA_BLIND_2 } from "./personal-data.blind2.js";

/** [name, set, least recall, most harmless flagged] */
const CONCERN_SETS: [string, ConcernCase[], number, number][] = [
  ["blind set 1 (since used to widen the rules)", CONCERN_BLIND, 0.95, 0.1],
  ["blind set 2 (since used to widen the rules)", CONCERN_BLIND_2, 0.9, 0.1],
];

/** [name, set, least recall] */
const PERSONAL_SETS: [string, { text: string; personal: boolean }[], number][] = [
  ["blind set 1 (since used to widen the rules)", PERSONAL_DATA_BLIND, 0.95],
  ["blind set 2 (since used to widen the rules)", PERSONAL_DATA_BLIND_2, 0.9],
];

describe("the safety screens over blind sets", () => {
  it.each(CONCERN_SETS)("the concern screen over %s: each class's recall and the harmless conversations flagged", checkConcernSet);
  it.each(PERSONAL_SETS)("the personal-data screen over %s: recall and precision", checkPersonalSet);
});
