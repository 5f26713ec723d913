// Which wishes are not gifts to make, though the child asked for them: those Santa kindly says no
// to, judged by the same screens his replies use (safety/wishes.ts, north-pole-declines.ts), on
// the wish as the child wrote it. They stay on the child's card, marked, so a grown-up sees what
// was asked for; they are never counted or exported as gifts to make.
import type { DeclineReason } from "../events/schemas.js";
import { declineIn, type DeclineKind } from "../santa/models/north-pole-declines.js";
import { unsafeWish } from "../safety/wishes.js";
import { readWishes } from "./offline-extractor.js";

const REASONS: Partial<Record<DeclineKind, DeclineReason>> = {
  dangerous: "harmful",
  too_many: "absurd",
  for_everyone: "absurd",
  money: "absurd",
  people: "people",
};

/**
 * Why Santa declines `gift` (normalized), if he does. `text`: the child's message that asked for
 * it, where the wish is read as written ("a real car" is absurd; the "car" it counts as is not).
 */
export function declinedWish(gift: string, text?: string): DeclineReason | undefined {
  const written = text === undefined ? undefined : readWishes(text).wished.find((w) => w.gift === gift)?.phrase;
  for (const phrase of written === undefined ? [gift] : [written, gift]) {
    const asked = `i want ${phrase}`.toLowerCase().replace(/[’`]/g, "'");
    const reason = unsafeWish(asked) ?? REASONS[declineIn(asked) ?? "trick"];
    if (reason) return reason;
  }
  return undefined;
}
