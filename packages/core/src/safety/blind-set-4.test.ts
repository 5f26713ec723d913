// The safety screens over blind set 4, written on 4 December 2026 by a tester who never saw the
// rules, the corpora, the classifier's training or the earlier blind sets, and never used to change
// anything: printed as measured (docs/safety.md has the figures before and after the classifier's
// training grew); its floors only catch a screen that stopped working. Kept apart, like set 3, so
// whoever widens the rules can run the other sets without reading this one.
import { describe, it } from "vitest";
import { checkConcernSet, checkPersonalSet } from "./blind-check.js";
import { CONCERN_BLIND_4 } from "./concerns.blind4.js";
import { PERSONAL_DATA_BLIND_4 } from "./personal-data.blind4.js";

describe("the safety screens over blind set 4 (never used to change anything)", () => {
  it("the concern screen: each class's recall and the harmless conversations flagged", () => checkConcernSet("blind set 4 (never used to change anything)", CONCERN_BLIND_4, 0.5, 0.25));
  it("the personal-data screen: recall and precision", () => checkPersonalSet("blind set 4 (never used to change anything)", PERSONAL_DATA_BLIND_4, 0.7));
});
