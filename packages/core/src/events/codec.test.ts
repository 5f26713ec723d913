import { describe, expect, it } from "vitest";
import { decodeEvent, encodeEvent, parseEvent } from "./codec.js";
import { makeEvent } from "./make-event.js";
import type { Upcasters } from "./upcast.js";

const bytes = (v: unknown) => new TextEncoder().encode(typeof v === "string" ? v : JSON.stringify(v));

describe("the event codec", () => {
  it("round-trips every event type through a Kinesis record keyed by conversation", () => {
    const events = [
      makeEvent("connection.opened", "c_1", { connectionId: "L0SM9cOFvHcCIhw=", role: "child", userAgent: "ua" }),
      makeEvent("connection.closed", "c_1", { connectionId: "L0SM9cOFvHcCIhw=", reason: "idle" }),
      makeEvent("message.sent", "c_1", { messageId: "m_1", text: "Hi Santa" }),
      makeEvent("reply.started", "c_1", { replyId: "r_1", inReplyTo: "m_1", model: "north-pole-1", promptVersion: "v1" }),
      makeEvent("reply.chunk", "c_1", { replyId: "r_1", seq: 0, text: "Ho " }),
      makeEvent("reply.completed", "c_1", { replyId: "r_1", text: "Ho ho", stopReason: "end_turn", usage: { input: 3, output: 2 }, ttftMs: 5, totalMs: 9 }),
      makeEvent("reply.failed", "c_1", { replyId: "r_1", error: "throttled", retryable: true }),
      makeEvent("gift.requested", "c_1", { giftId: "g_1", childName: "Mia", gift: "a sled", messageId: "m_1", extractor: "rules", confidence: 0.9 }),
      makeEvent("gift.withdrawn", "c_1", { giftId: "g_1", childName: "Mia", gift: "a sled", messageId: "m_1" }),
    ];
    for (const event of events) {
      const record = encodeEvent(event);
      expect(record.PartitionKey).toBe("c_1");
      expect(decodeEvent(record.Data)).toEqual({ ok: true, event });
    }
  });

  it("defaults replay to false and carries the cause's correlation", () => {
    const cause = makeEvent("message.sent", "c_1", { messageId: "m_1", text: "Hi" });
    const effect = makeEvent("reply.chunk", "c_1", { replyId: "r", seq: 0, text: "x" }, { cause });
    expect(cause.replay).toBe(false);
    expect(effect).toMatchObject({ causationId: cause.id, correlationId: cause.id, replay: false });
    const { replay: _r, ...withoutReplay } = cause;
    expect(parseEvent(withoutReplay)).toMatchObject({ ok: true, event: { replay: false } });
  });

  it.each([
    ["bytes that are not JSON", new Uint8Array([0xff, 0xfe]), "not_json"],
    ["JSON that is not an object", bytes("[1,2]"), "not_an_object"],
    ["an unknown type", bytes({ v: 1, id: "e", type: "santa.flew", conversationId: "c", at: "2026-12-24T00:00:00.000Z", data: {} }), "invalid_event"],
    ["a version from the future", bytes({ v: 9, id: "e", type: "message.sent" }), "unknown_version"],
    ["no version", bytes({ id: "e", type: "message.sent" }), "unknown_version"],
    ["a message over 2,000 characters", bytes(makeEvent("message.sent", "c", { messageId: "m", text: "x".repeat(2001) })), "invalid_event"],
    ["a negative chunk seq", bytes({ ...makeEvent("reply.chunk", "c", { replyId: "r", seq: 0, text: "" }), data: { replyId: "r", seq: -1, text: "" } }), "invalid_event"],
  ])("refuses %s with a code", (_name, data, code) => {
    const result = decodeEvent(data);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe(code);
  });

  it("names the field that fails", () => {
    const event = makeEvent("message.sent", "c", { messageId: "m", text: "hi" });
    const result = decodeEvent(bytes({ ...event, data: { messageId: "m" } }));
    expect(!result.ok && result.error.message).toMatch(/^data\.text/);
  });

  it("upcasts an old version through the chain before checking it", () => {
    const chain: Upcasters = { 0: (raw) => ({ ...raw, v: 1, data: { messageId: raw.msg, text: raw.body } }) };
    const old = { v: 0, id: "e1", type: "message.sent", conversationId: "c_1", at: "2026-12-24T20:00:00.000Z", msg: "m_1", body: "Hi" };
    const result = decodeEvent(bytes(old), chain);
    expect(result).toMatchObject({ ok: true, event: { v: 1, data: { messageId: "m_1", text: "Hi" } } });
  });
});
