// A chat through the whole event log, offline: a message gets Santa's streamed reply, bad frames
// get error frames and record nothing, a resent messageId gets one reply.
import type { ServerFrame } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { HandshakeRefused } from "./testing/ws-client.js";
import { waitUntil } from "./testing/wait-until.js";

type Delta = Extract<ServerFrame, { type: "transcript.delta" }>;
const isDelta = (kind: string) => (f: ServerFrame): f is Delta => f.type === "transcript.delta" && f.change.kind === kind;

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle({ offlineWordMs: 2 });
});
afterAll(() => k.dispose());

const eventsOf = (conversationId: string) => k.archived(conversationId);

describe("chatting with Santa", () => {
  it("streams a reply to a message in chunks, then completes it", async () => {
    const child = await k.child("c_stream");
    child.send({ action: "sendMessage", conversationId: "c_stream", messageId: "m_1", text: "Hello Santa! My name is Mia." });

    const message = await child.waitFor(isDelta("message"));
    expect(message.change).toMatchObject({ position: 1, messageId: "m_1", text: "Hello Santa! My name is Mia." });
    const started = await child.waitFor(isDelta("reply.started"));
    expect(started.change).toMatchObject({ position: 2, inReplyTo: "m_1" });
    const completed = await child.waitFor(isDelta("reply.completed"));

    const chunks = child.frames.filter(isDelta("reply.chunk")).map((f) => f.change as Extract<Delta["change"], { kind: "reply.chunk" }>);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.seq)).toEqual(chunks.map((_, i) => i));
    const text = (completed.change as { text: string }).text;
    expect(chunks.map((c) => c.text).join("")).toBe(text);
    expect(text).toContain("Mia");
    child.close();
  });

  it("answers sync with the transcript, from the read model", async () => {
    const first = await k.child("c_sync");
    first.send({ action: "sendMessage", conversationId: "c_sync", messageId: "m_a", text: "I would like a sled" });
    await first.waitFor(isDelta("reply.completed"));
    first.close();

    const again = await k.child("c_sync");
    again.send({ action: "sync", conversationId: "c_sync", after: 0 });
    const snapshot = await again.waitFor((f) => f.type === "transcript.snapshot");
    expect(snapshot).toMatchObject({ complete: true });
    const entries = (snapshot as Extract<ServerFrame, { type: "transcript.snapshot" }>).entries;
    expect(entries.map((e) => e.kind)).toEqual(["message", "reply"]);
    expect(entries[1]).toMatchObject({ status: "completed", inReplyTo: "m_a" });

    again.send({ action: "sync", conversationId: "c_sync", after: 1 });
    await waitUntil(() => again.frames.filter((f) => f.type === "transcript.snapshot").length === 2);
    const later = again.frames.filter((f) => f.type === "transcript.snapshot")[1] as Extract<ServerFrame, { type: "transcript.snapshot" }>;
    expect(later.entries.map((e) => e.position)).toEqual([2]);
    again.close();
  });

  it("gives a resent messageId one message and one reply", async () => {
    const child = await k.child("c_dup");
    const frame = { action: "sendMessage", conversationId: "c_dup", messageId: "m_same", text: "Can I have a puppy?" };
    child.send(frame);
    child.send(frame);
    await child.waitFor(isDelta("reply.completed"));
    child.send(frame);
    await k.whenCaughtUp();

    const events = await eventsOf("c_dup");
    // three sends are three appends of one event, which the archive keeps once
    expect(events.filter((e) => e.type === "message.sent")).toHaveLength(1);
    // Santa thought once: one reply started and completed, not three with the same ids
    expect(events.filter((e) => e.type === "reply.started")).toHaveLength(1);
    expect(events.filter((e) => e.type === "reply.completed")).toHaveLength(1);
    const transcript = (await k.scan("transcripts")).filter((i) => i.conversationId === "c_dup" && i.position !== 0);
    expect(transcript.map((e) => e.kind)).toEqual(["message", "reply"]);
    expect(child.frames.filter(isDelta("message"))).toHaveLength(1);
    child.close();
  });
});

describe("personal data", () => {
  it("is withheld from every record, and Santa still answers gently", async () => {
    const child = await k.child("c_pii");
    child.send({ action: "sendMessage", conversationId: "c_pii", messageId: "m_pii", text: "Hi Santa, my phone is 555-123-4567!" });
    const message = await child.waitFor(isDelta("message"));
    expect((message.change as { text: string }).text).not.toMatch(/555/);
    const completed = await child.waitFor(isDelta("reply.completed"));
    expect((completed.change as { text: string }).text).not.toMatch(/555/);
    await k.whenCaughtUp();
    const recorded = (await eventsOf("c_pii")).find((e) => e.type === "message.sent");
    expect(recorded?.data).toMatchObject({ withheld: ["phone"] });
    expect(JSON.stringify(await k.scan("events"))).not.toMatch(/555-123-4567/);
    expect(JSON.stringify(await k.scan("transcripts"))).not.toMatch(/555-123-4567/);
    child.close();
  });
});

describe("bad input", () => {
  const cases: [string, unknown, string, RegExp][] = [
    ["not JSON", "{oops", "bad_json", /not JSON/],
    ["an unknown action", { action: "fly" }, "unknown_action", /unknown action "fly"/],
    ["no action", { text: "hi" }, "unknown_action", /needs an "action"/],
    ["a missing field", { action: "sendMessage", conversationId: "c_bad", text: "hi" }, "invalid_frame", /messageId/],
    ["text over 2,000 characters", { action: "sendMessage", conversationId: "c_bad", messageId: "m_long", text: "x".repeat(2001) }, "invalid_frame", /at most 2000/],
    ["blank text", { action: "sendMessage", conversationId: "c_bad", messageId: "m_blank", text: "   " }, "invalid_frame", /some text/],
    ["another conversation", { action: "sendMessage", conversationId: "c_other", messageId: "m_x", text: "hi" }, "forbidden", /own conversation/],
    ["a sync of another conversation", { action: "sync", conversationId: "c_other", after: 0 }, "forbidden", /own conversation/],
    ["a negative sync position", { action: "sync", conversationId: "c_bad", after: -1 }, "invalid_frame", /after/],
    ["only invisible characters", { action: "sendMessage", conversationId: "c_bad", messageId: "m_zw", text: "\u200b\u200d\u2060\ufeff\u00ad\u0007 \u3164\u2800\u0301" }, "invalid_frame", /some text/],
    ["an action named like an object's own property", { action: "toString" }, "unknown_action", /unknown action "toString"/],
    ["the action __proto__", '{"action":"__proto__"}', "unknown_action", /unknown action "__proto__"/],
    ["the action constructor", { action: "constructor" }, "unknown_action", /unknown action "constructor"/],
  ];

  // a conversation of its own for each case: the gateway's rate limit counts every sendMessage frame
  let caseNumber = 0;
  it.each(cases)("answers %s with an error frame and records nothing", async (_name, template, code, message) => {
    const conversationId = `c_bad${caseNumber++}`;
    const frame = typeof template === "string" ? template : JSON.parse(JSON.stringify(template).replaceAll('"c_bad"', JSON.stringify(conversationId)));
    const child = await k.child(conversationId);
    child.send(frame);
    const error = await child.waitFor((f) => f.type === "error");
    expect(error).toMatchObject({ type: "error", code });
    expect((error as { message: string }).message).toMatch(message);

    // the connection is still usable
    child.send({ action: "sync", conversationId, after: 0 });
    await child.waitFor((f) => f.type === "transcript.snapshot");
    await k.whenCaughtUp();
    const recorded = await eventsOf(conversationId);
    expect(recorded.some((e) => e.type === "connection.opened")).toBe(true);
    expect(recorded.filter((e) => !e.type.startsWith("connection."))).toEqual([]);
    child.close();
    await k.whenCaughtUp();
  });

  it("does not let elves send messages", async () => {
    const elf = await k.elf();
    elf.send({ action: "sendMessage", conversationId: "elves", messageId: "m_elf", text: "hi" });
    expect(await elf.waitFor((f) => f.type === "error")).toMatchObject({ code: "forbidden" });
    elf.close();
  });

  it("answers a messageId reused for another text with invalid_frame, recording it once", async () => {
    const child = await k.child("c_reuse");
    child.send({ action: "sendMessage", conversationId: "c_reuse", messageId: "m_once", text: "I would like a kite" });
    await child.waitFor(isDelta("message"));
    child.send({ action: "sendMessage", conversationId: "c_reuse", messageId: "m_once", text: "I would like a drum" });
    const error = await child.waitFor((f) => f.type === "error");
    expect(error).toMatchObject({ code: "invalid_frame", ref: "m_once", message: expect.stringMatching(/messageId: already used/) });
    await k.whenCaughtUp();
    const sent = (await eventsOf("c_reuse")).filter((e) => e.type === "message.sent");
    expect(sent.map((e) => e.data.text)).toEqual(["I would like a kite"]);
    child.close();
  });

  it("refuses a missing or wrong token with 401 and a bad conversation with 400, recording nothing", async () => {
    await k.whenCaughtUp();
    const before = (await k.scan("events")).length;
    const refused = (url: string) => import("./testing/ws-client.js").then(({ TestClient }) => TestClient.open(url).then(() => 0, (e: HandshakeRefused) => e.status));
    expect(await refused(`${k.wsUrl}/?conversationId=c_x`)).toBe(401);
    expect(await refused(`${k.wsUrl}/?token=wrong&conversationId=c_x`)).toBe(401);
    expect(await refused(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=${"x".repeat(65)}`)).toBe(400);
    await k.whenCaughtUp();
    expect((await k.scan("events")).length).toBe(before);
  });
});
