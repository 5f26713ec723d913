// The browser's check of server frames: the same shapes as serverFrameSchema in frames.ts, written
// with a few tiny checkers so the chat page does not carry zod (frame-check.test.ts holds the two
// to agreeing, frame by frame). No imports with side effects: safe for the smallest bundle.
import type { ServerFrame } from "./frames.js";

/** A check returns the reason a value does not fit, or undefined when it does. */
type Check = (value: unknown) => string | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const str: Check = (v) => (typeof v === "string" ? undefined : "not a string");
const bool: Check = (v) => (typeof v === "boolean" ? undefined : "not a boolean");
const int = (min: number): Check => (v) => (Number.isSafeInteger(v) && (v as number) >= min ? undefined : `not an integer ≥ ${min}`);
const oneOf = (values: readonly string[]): Check => (v) => (values.includes(v as string) ? undefined : "not one of the known values");
const optional = (check: Check): Check => (v) => (v === undefined ? undefined : check(v));
const nullable = (check: Check): Check => (v) => (v === null ? undefined : check(v));
const array = (check: Check): Check => (v) => {
  if (!Array.isArray(v)) return "not an array";
  for (const [i, item] of v.entries()) {
    const why = check(item);
    if (why) return `[${i}] ${why}`;
  }
  return undefined;
};
/** Extra keys are allowed and kept, as zod's object() strips them without failing. */
const object = (shape: Record<string, Check>): Check => (v) => {
  if (!isRecord(v)) return "not an object";
  for (const [key, check] of Object.entries(shape)) {
    const why = check(v[key]);
    if (why) return `${key}: ${why}`;
  }
  return undefined;
};
const tagged = (tag: string, shapes: Record<string, Record<string, Check>>): Check => {
  const checks = Object.fromEntries(Object.entries(shapes).map(([name, shape]) => [name, object(shape)]));
  return (v) => {
    if (!isRecord(v)) return "not an object";
    const check = checks[v[tag] as string];
    return check ? check(v) : `unknown ${tag}`;
  };
};

/** as errorCodeSchema and safetyKindSchema (frame-check.test.ts keeps them the same) */
export const ERROR_CODES = ["bad_json", "unknown_action", "invalid_frame", "forbidden", "rate_limited", "internal"] as const;
export const SAFETY_KINDS = ["abuse", "self-harm", "danger", "running-away", "harm-to-others", "secrecy", "distress"] as const;
/** as declineReasonSchema */
export const DECLINE_REASONS = ["harmful", "absurd", "people"] as const;

const position = int(1);
const message = { kind: str, position, messageId: str, text: str, at: str };
const reply = {
  kind: str,
  position,
  replyId: str,
  inReplyTo: str,
  text: str,
  lastSeq: int(Number.MIN_SAFE_INTEGER),
  status: oneOf(["streaming", "completed", "failed"]),
  error: optional(str),
  at: str,
};
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

const change = tagged("kind", {
  message,
  "reply.started": { position, replyId: str, inReplyTo: str, at: str },
  "reply.chunk": { position, replyId: str, seq: int(0), text: str },
  "reply.completed": { position, replyId: str, text: str },
  "reply.failed": { position, replyId: str, error: str, retryable: bool },
});
const changes: Check = (v) => (Array.isArray(v) && v.length < 2 ? "fewer than 2 changes" : array(change)(v));

const serverFrame = tagged("type", {
  "transcript.snapshot": { conversationId: str, entries: array(tagged("kind", { message, reply })), complete: bool },
  "transcript.delta": { conversationId: str, change },
  "transcript.deltas": { conversationId: str, changes },
  "conversation.started": { conversationId: str, key: str },
  "gifts.snapshot": { children: array(childGifts), complete: bool },
  "gifts.delta": { child: childGifts },
  error: { code: oneOf(ERROR_CODES), message: str, ref: optional(str), retryAfterMs: optional(int(0)) },
});

export type FrameCheck = { ok: true; frame: ServerFrame } | { ok: false; reason: string };

/** Whether a parsed JSON value is a server frame; if not, the first reason it is not. */
export function checkServerFrame(value: unknown): FrameCheck {
  const reason = serverFrame(value);
  return reason === undefined ? { ok: true, frame: value as ServerFrame } : { ok: false, reason };
}
