// The browser's hand check and the server's zod schemas must accept and refuse the same frames:
// every valid frame below, and every way of breaking one field of it, is judged by both.
import { describe, expect, it } from "vitest";
import { declineReasonSchema, MAX_MESSAGE_CHARS, safetyKindSchema } from "../events/schemas.js";
import { checkChildFrame } from "./frame-check.js";
import { checkServerFrame, DECLINE_REASONS, SAFETY_KINDS } from "./gifts-frame-check.js";
import { errorCodeSchema, MAX_TEXT_CHARS, serverFrameSchema } from "./frames.js";

const at = "2026-12-24T20:00:00.000Z";
const message = { kind: "message", position: 1, messageId: "m_1", text: "Hi Santa", at };
const reply = { kind: "reply", position: 2, replyId: "r_1", inReplyTo: "m_1", text: "Ho ho", lastSeq: -1, status: "streaming", at };
const card = {
  conversationId: "c_1",
  childName: null,
  wishes: [
    { giftId: "g_1", gift: "puppy", messageId: "m_1", at, status: "withdrawn", withdrawnAt: at },
    { giftId: "g_2", gift: "knife", messageId: "m_2", at, status: "wished", declined: "harmful" },
  ],
  flags: ["distress"],
  updatedAt: at,
  version: 0,
};

const valid: unknown[] = [
  { type: "transcript.snapshot", conversationId: "c_1", entries: [message, { ...reply, status: "failed", error: "model" }], complete: true },
  { type: "transcript.snapshot", conversationId: "c_1", entries: [], complete: false },
  { type: "transcript.delta", conversationId: "c_1", change: message },
  { type: "transcript.delta", conversationId: "c_1", change: { kind: "reply.started", position: 2, replyId: "r_1", inReplyTo: "m_1", at } },
  { type: "transcript.delta", conversationId: "c_1", change: { kind: "reply.chunk", position: 2, replyId: "r_1", seq: 0, text: "Ho" } },
  { type: "transcript.delta", conversationId: "c_1", change: { kind: "reply.completed", position: 2, replyId: "r_1", text: "Ho ho" } },
  { type: "transcript.delta", conversationId: "c_1", change: { kind: "reply.failed", position: 2, replyId: "r_1", error: "x", retryable: true } },
  {
    type: "transcript.deltas",
    conversationId: "c_1",
    changes: [
      { kind: "reply.chunk", position: 2, replyId: "r_1", seq: 1, text: " ho" },
      { kind: "reply.completed", position: 2, replyId: "r_1", text: "Ho ho" },
    ],
  },
  { type: "conversation.started", conversationId: "c_1", key: "k" },
  { type: "gifts.snapshot", children: [card, { ...card, childName: "Mia", wishes: [], flags: [] }], complete: true },
  { type: "gifts.delta", child: card },
  { type: "error", code: "rate_limited", message: "slow down", ref: "m_1", retryAfterMs: 500 },
  { type: "error", code: "internal", message: "oops" },
];

/** Every value reachable in a frame, by path, so each can be broken in turn. */
function paths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== "object" || value === null) return [path];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [path, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...path, k]))];
}

function withValue(frame: unknown, path: (string | number)[], next: unknown): unknown {
  const copy = structuredClone(frame) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (next === DELETE) delete parent[last];
  else parent[last] = next;
  return copy;
}

const DELETE = Symbol("delete");
const breakages: unknown[] = [DELETE, null, "text", "", 7, -1, 0, 1.5, true, [], {}, "nobody-knows"];

describe("the browser's frame check", () => {
  it("accepts every valid frame, as the server's schema does", () => {
    for (const frame of valid) {
      expect(serverFrameSchema.safeParse(frame).success, JSON.stringify(frame)).toBe(true);
      expect(checkServerFrame(frame).ok, JSON.stringify(frame)).toBe(true);
    }
  });

  it("judges every one-field breakage of them as the server's schema does", () => {
    let judged = 0;
    let refused = 0;
    for (const frame of valid) {
      for (const path of paths(frame).filter((p) => p.length > 0)) {
        for (const next of breakages) {
          const broken = withValue(frame, path, next);
          const zod = serverFrameSchema.safeParse(broken).success;
          expect(checkServerFrame(broken).ok, `${path.join(".")} = ${String(next === DELETE ? "(deleted)" : JSON.stringify(next))}`).toBe(zod);
          judged += 1;
          if (!zod) refused += 1;
        }
      }
    }
    console.log(`frame check: ${judged} broken frames judged as zod does (${refused} refused by both)`);
  });

  it("for a child, accepts the same frames but the elves' gifts frames", () => {
    for (const frame of valid) {
      const gifts = (frame as { type: string }).type.startsWith("gifts.");
      expect(checkChildFrame(frame).ok, JSON.stringify(frame)).toBe(!gifts);
    }
  });

  it("refuses what is not a frame at all", () => {
    for (const value of [null, 1, "error", [], {}, { type: "nope" }]) expect(checkServerFrame(value).ok).toBe(false);
  });

  it("knows the same error codes, safety kinds and message limit as the schemas", () => {
    expect([...SAFETY_KINDS]).toEqual(safetyKindSchema.options);
    expect([...DECLINE_REASONS]).toEqual(declineReasonSchema.options);
    expect(errorCodeSchema.options.length).toBeGreaterThan(0);
    expect(MAX_TEXT_CHARS).toBe(MAX_MESSAGE_CHARS);
  });
});
