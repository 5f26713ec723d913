// Santa never queues more than one pending reply per conversation, end to end offline: a child who
// writes four more times while Santa is still answering gets that answer, then one reply to all
// four, which acknowledges every wish in them; the others are skipped, also when their events are
// delivered to Santa again. "Latest" is the log's order: frames sent together may be recorded in another.
import { documentClient, DynamoReplyLock, wiring, type KringleEvent, type ServerFrame } from "@kringle/core";
import type { Context } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handler as santa } from "../../functions/src/bus/santa.js";
import { lambdaContext } from "./lambda/functions.js";
import { busEvent } from "./testing/bus-event.js";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import type { TestClient } from "./testing/ws-client.js";

const C = "c_one_at_a_time";
const WISHES = ["I want a kite", "and a yo-yo please", "a teddy bear too", "can I have a sledge?"];

let k: TestKringle;
let child: TestClient;
let events: KringleEvent[];

type Delta = Extract<ServerFrame, { type: "transcript.delta" }>;
const isDelta = (f: ServerFrame): f is Delta => f.type === "transcript.delta";

beforeAll(async () => {
  // slow enough that the child writes four times while the first reply is still streaming
  k = await startTestKringle({ offlineWordMs: 60 });
  child = await k.child(C);
  child.send({ action: "sendMessage", conversationId: C, messageId: "m_0", text: "Hi Santa, I'm Mia" });
  await child.waitFor((f) => isDelta(f) && f.change.kind === "reply.chunk", "the first reply to stream");
  WISHES.forEach((text, i) => child.send({ action: "sendMessage", conversationId: C, messageId: `m_${i + 1}`, text }));
  await child.waitFor((f) => isDelta(f) && f.change.kind === "reply.completed" && f.change.replyId === replyIdOf(child, (m) => m !== "m_0"), "the second reply to end");
  await k.whenCaughtUp();
  events = await k.archived(C);
}, 60_000);
afterAll(async () => {
  child.close();
  await k.dispose();
});

/** The id of the first reply a client saw start whose message `answers` accepts. */
function replyIdOf(client: TestClient, answers: (messageId: string) => boolean): string | undefined {
  for (const f of client.frames) if (isDelta(f) && f.change.kind === "reply.started" && answers(f.change.inReplyTo)) return f.change.replyId;
  return undefined;
}

/** the child's messages in the log's order (one socket's frames may be recorded out of order) */
const sent = () => events.flatMap((e) => (e.type === "message.sent" ? [e.data.messageId] : []));

describe("a child who writes while Santa is still answering", () => {
  it("gets the reply under way, then one reply to the latest message", () => {
    const latest = sent().at(-1)!;
    const started = events.filter((e) => e.type === "reply.started").map((e) => e.data.inReplyTo);
    expect(started).toEqual(["m_0", latest]);
    const skipped = events.flatMap((e) => (e.type === "reply.skipped" ? [e.data.messageId] : []));
    expect(skipped.sort()).toEqual(sent().filter((m) => m !== "m_0" && m !== latest).sort());
  });

  it("never has two replies being written at once", () => {
    let streaming = 0;
    let most = 0;
    for (const e of events) {
      if (e.type === "reply.started") most = Math.max(most, ++streaming);
      if (e.type === "reply.completed" || e.type === "reply.failed") streaming--;
    }
    expect(most).toBe(1);
    expect(streaming).toBe(0);
  });

  it("hands the turn on with the reply's end, not a release: the lock is held by the last reply", async () => {
    const lastReply = events.findLast((e) => e.type === "reply.started");
    const lock = (await k.scan("guards")).find((i) => i.id === `reply#${C}`);
    expect(lock?.holder).toBe(lastReply?.type === "reply.started" ? lastReply.data.replyId : "none");
  });

  it("acknowledges in the last reply the wishes of every message it answers", () => {
    const last = events.findLast((e) => e.type === "reply.completed");
    const text = last?.type === "reply.completed" ? last.data.text : "";
    for (const wish of ["kite", "yo-yo", "teddy bear", "sledge"]) expect(text).toContain(wish);
  });

  it("sees Santa thinking of the latest message only: every message ends answered or answered with a later one", () => {
    const messages = sent();
    const answered = new Set(events.flatMap((e) => (e.type === "reply.started" ? [e.data.inReplyTo] : e.type === "reply.skipped" ? [e.data.messageId] : [])));
    expect(messages.filter((m) => !answered.has(m))).toEqual([]);
  });

  it("keeps a skipped message skipped when its event is delivered to Santa again, doubling nothing", async () => {
    const [first] = sent().filter((m) => m !== "m_0");
    const message = events.find((e) => e.type === "message.sent" && e.data.messageId === first)!;
    const event = busEvent(message, "bus-again");
    const outcome = await santa(event, lambdaContext("santa", wiring.functions.santa, Date.now() + 120_000) as Context);
    expect(outcome).toMatchObject({ status: "skipped", laterMessageId: sent()[sent().indexOf(first!) + 1] });
    await k.whenCaughtUp();
    const after = await k.archived(C);
    expect(after.filter((e) => e.type === "reply.started")).toHaveLength(2);
    expect(after.filter((e) => e.type === "reply.skipped")).toHaveLength(3);
  });
});

describe("a disclosure in a message Santa skips", () => {
  it("is flagged at once with its own id, and the reply to the later message answers it with care", async () => {
    const c = "c_skipped_disclosure";
    const kid = await k.child(c);
    kid.send({ action: "sendMessage", conversationId: c, messageId: "d_0", text: "Hi Santa, I'm Sam" });
    await kid.waitFor((f) => isDelta(f) && f.change.kind === "reply.chunk", "the first reply to stream");
    kid.send({ action: "sendMessage", conversationId: c, messageId: "d_1", text: "he says I can't tell anyone what he does to me" });
    await kid.waitFor((f) => isDelta(f) && f.change.kind === "message" && f.change.messageId === "d_1", "the disclosure recorded");
    kid.send({ action: "sendMessage", conversationId: c, messageId: "d_2", text: "I want a bike" });
    await kid.waitFor((f) => isDelta(f) && f.change.kind === "reply.completed" && f.change.replyId === replyIdOf(kid, (m) => m === "d_2"), "the reply to d_2");
    await k.whenCaughtUp();
    const log = await k.archived(c);
    expect(log.filter((e) => e.type === "safety.flagged").map((e) => e.data)).toContainEqual({ messageId: "d_1", kind: "secrecy" });
    expect(log.filter((e) => e.type === "reply.skipped").map((e) => e.data.messageId)).toEqual(["d_1"]);
    const reply = log.findLast((e) => e.type === "reply.completed");
    expect(reply?.type === "reply.completed" && reply.data.text).toMatch(/grown-up you trust/);
    expect(reply?.type === "reply.completed" && reply.data.text).not.toMatch(/ho ho|on my list/i);
    kid.close();
  });
});

describe("the reply lock on the guards table", () => {
  it("lets one reply hold a conversation's turn, its holder take it again, and another have it once given back, lapsed or ended", async () => {
    let now = Date.now();
    const lock = new DynamoReplyLock(documentClient(k.dynamo.client), "guards", () => now);
    expect(await lock.claim("c_lock", "r_1", 60_000)).toBe(true);
    expect(await lock.claim("c_lock", "r_2", 60_000)).toBe(false);
    expect(await lock.claim("c_lock", "r_1", 60_000)).toBe(true);
    expect(await lock.claim("c_other", "r_2", 60_000)).toBe(true);
    // only the holder gives it back
    await lock.release("c_lock", "r_2");
    expect(await lock.claim("c_lock", "r_3", 60_000)).toBe(false);
    await lock.release("c_lock", "r_1");
    expect(await lock.claim("c_lock", "r_3", 60_000)).toBe(true);
    now += 60_001;
    expect(await lock.claim("c_lock", "r_4", 60_000)).toBe(true);
    // a hold is over once the claimer's transcript shows that reply ended: no release needed
    expect(await lock.claim("c_lock", "r_5", 60_000, "r_3")).toBe(false);
    expect(await lock.claim("c_lock", "r_5", 60_000, "r_4")).toBe(true);
    const items = (await k.scan("guards")).filter((i) => ["reply#c_lock", "reply#c_other"].includes(String(i.id)));
    expect(items.map((i) => [i.id, i.holder]).sort()).toEqual([
      ["reply#c_lock", "r_5"],
      ["reply#c_other", "r_2"],
    ]);
  });
});
