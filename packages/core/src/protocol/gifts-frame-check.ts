// The browser's check of every server frame: a child's (frame-check.ts) and the elves' gifts frames,
// the same shapes as childGiftsSchema in frames.ts (frame-check.test.ts holds them to agreeing).
import { array, childFrameShapes, frameCheck, int, nullable, object, oneOf, optional, str, bool } from "./frame-check.js";

/** as safetyKindSchema (frame-check.test.ts keeps them the same) */
export const SAFETY_KINDS = ["abuse", "self-harm", "danger", "running-away", "harm-to-others", "secrecy", "distress"] as const;
/** as declineReasonSchema */
export const DECLINE_REASONS = ["harmful", "absurd", "people"] as const;

const childGifts = object({
  conversationId: str,
  childName: nullable(str),
  wishes: array(
    object({
      giftId: str,
      gift: str,
      messageId: str,
      at: str,
      status: oneOf(["wished", "withdrawn"]),
      withdrawnAt: optional(str),
      declined: optional(oneOf(DECLINE_REASONS)),
    }),
  ),
  flags: array(oneOf(SAFETY_KINDS)),
  updatedAt: str,
  version: int(0),
});

/** Whether a parsed JSON value is a server frame, gifts frames included; if not, the first reason it is not. */
export const checkServerFrame = frameCheck({
  ...childFrameShapes,
  "gifts.snapshot": { children: array(childGifts), complete: bool },
  "gifts.delta": { child: childGifts },
});
