// The browser's check of server frames: the same shapes as serverFrameSchema in frames.ts, written
// with a few tiny checkers so the chat page does not carry zod (frame-check.test.ts holds the two
// to agreeing, frame by frame). This module knows the frames a child receives; the elves' gifts
// frames are in gifts-frame-check.ts, so the chat's bundle carries none of them. No imports with
// side effects: safe for the smallest bundle.
import type { ServerFrame } from "./frames.js";

/** A check returns the reason a value does not fit, or undefined when it does. */
export type Check = (value: unknown) => string | undefined;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export const str: Check = (v) => (typeof v === "string" ? undefined : "not a string");
export const bool: Check = (v) => (typeof v === "boolean" ? undefined : "not a boolean");
export const int = (min: number): Check => (v) => (Number.isSafeInteger(v) && (v as number) >= min ? undefined : `not an integer ≥ ${min}`);
export const oneOf = (values: readonly string[]): Check => (v) => (values.includes(v as string) ? undefined : "not a known value");
export const optional = (check: Check): Check => (v) => (v === undefined ? undefined : check(v));
export const nullable = (check: Check): Check => (v) => (v === null ? undefined : check(v));
export const array = (check: Check): Check => (v) => {
  if (!Array.isArray(v)) return "not an array";
  for (const [i, item] of v.entries()) {
    const why = check(item);
    if (why) return `[${i}] ${why}`;
  }
  return undefined;
};
/** Extra keys are allowed and kept, as zod's object() strips them without failing. */
export const object = (shape: Record<string, Check>): Check => (v) => {
  if (!isRecord(v)) return "not an object";
  for (const [key, check] of Object.entries(shape)) {
    const why = check(v[key]);
    if (why) return `${key}: ${why}`;
  }
  return undefined;
};
export const tagged = (tag: string, shapes: Record<string, Record<string, Check>>): Check => {
  const checks = Object.fromEntries(Object.entries(shapes).map(([name, shape]) => [name, object(shape)]));
  return (v) => {
    if (!isRecord(v)) return "not an object";
    const check = checks[v[tag] as string];
    return check ? check(v) : `unknown ${tag}`;
  };
};

/** as errorCodeSchema (frame-check.test.ts keeps them the same) */
export const ERROR_CODES = ["bad_json", "unknown_action", "invalid_frame", "forbidden", "rate_limited", "internal"] as const;

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
const change = tagged("kind", {
  message,
  "reply.started": { position, replyId: str, inReplyTo: str, at: str },
  "reply.chunk": { position, replyId: str, seq: int(0), text: str },
  "reply.completed": { position, replyId: str, text: str },
  "reply.failed": { position, replyId: str, error: str, retryable: bool },
});

/** The frames a child's connection receives, by `type`. */
export const childFrameShapes: Record<string, Record<string, Check>> = {
  "transcript.snapshot": { conversationId: str, entries: array(tagged("kind", { message, reply })), complete: bool },
  "transcript.delta": { conversationId: str, change },
  "transcript.deltas": { conversationId: str, changes: array(change) },
  "conversation.started": { conversationId: str, key: str },
  error: { code: oneOf(ERROR_CODES), message: str, ref: optional(str), retryAfterMs: optional(int(0)) },
};

export type FrameCheck = { ok: true; frame: ServerFrame } | { ok: false; reason: string };

/** A frame check over the given frame shapes: the frame, or the first reason it is not one. */
export function frameCheck(shapes: Record<string, Record<string, Check>>): (value: unknown) => FrameCheck {
  const check = tagged("type", shapes);
  return (value) => {
    const reason = check(value);
    return reason === undefined ? { ok: true, frame: value as ServerFrame } : { ok: false, reason };
  };
}

/** Whether a parsed JSON value is a frame a child receives; gifts frames are refused. */
export const checkChildFrame = frameCheck(childFrameShapes);
