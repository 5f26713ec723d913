// The safety screens over blind set 3, written by a third tester who never saw the rules, the
// corpora or the earlier blind sets, and never used to change the rules: printed as measured
// (docs/safety.md has the figures before and after each widening); its floors only catch a
// screen that stopped working. Kept apart so whoever widens the rules can run the other sets
// without reading this one.
import { describe, it } from "vitest";
import { checkConcernSet, checkPersonalSet } from "./blind-check.js";
import { CONCERN_BLIND_3 } from "./concerns.blind3.js";
import { PERSONAL_DATA_BLIND_3 } from "./personal-data.blind3.js";

describe("the safety screens over blind set 3 (never used to change the rules)", () => {
  it("the concern screen: each class's recall and the harmless conversations flagged", () => checkConcernSet("blind set 3 (never used to change the rules)", CONCERN_BLIND_3, 0.4, 0.5));
  it("the personal-data screen: recall and precision", () => checkPersonalSet("blind set 3 (never used to change the rules)", PERSONAL_DATA_BLIND_3, 0.6));
});
