// Private conversations offline, through the real gateway, authorizer and tables: a child without
// a conversation starts one and is given its id and key; rejoining needs the key; a second child
// with the first child's id but no key (or a wrong one) is refused and sees nothing; elves read
// any conversation; a conversation from before keys is keyed on its first keyless rejoin, once.
import { makeEvent, type ServerFrame } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { HandshakeRefused, TestClient } from "./testing/ws-client.js";

type Started = Extract<ServerFrame, { type: "conversation.started" }>;
type Delta = Extract<ServerFrame, { type: "transcript.delta" }>;
const isStarted = (f: ServerFrame): f is Started => f.type === "conversation.started";
const isDelta = (kind: string) => (f: ServerFrame): f is Delta => f.type === "transcript.delta" && f.change.kind === kind;

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle({ offlineWordMs: 1 });
});
afterAll(() => k.dispose());

const refusal = (url: string) =>
  TestClient.open(url).then(
    (c) => {
      c.close();
      return { status: 0, body: "" };
    },
    (e: HandshakeRefused) => ({ status: e.status, body: e.body }),
  );

async function startConversation(): Promise<{ client: TestClient; started: Started }> {
  const client = await k.newChild();
  client.send({ action: "sync", after: 0 });
  const started = await client.waitFor(isStarted, "conversation.started");
  return { client, started };
}

describe("a child without a conversation", () => {
  it("starts one: conversation.started with a server-made id and its key come before the snapshot", async () => {
    const { client, started } = await startConversation();
    expect(started.conversationId).toMatch(/^s_[A-Za-z0-9_-]{22}$/);
    expect(started.key).toBe(k.keyOf(started.conversationId));
    const snapshot = await client.waitFor((f) => f.type === "transcript.snapshot");
    expect(client.frames.indexOf(started)).toBeLessThan(client.frames.indexOf(snapshot));
    expect(snapshot).toMatchObject({ conversationId: started.conversationId, entries: [], complete: true });

    client.send({ action: "sendMessage", conversationId: started.conversationId, messageId: "m_1", text: "Hi Santa, I'm Leo" });
    await client.waitFor(isDelta("reply.completed"));
    client.close();
  });

  it("gets a new conversation each time: ids are random, 128 bits", async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const { client, started } = await startConversation();
      ids.add(started.conversationId);
      client.close();
    }
    expect(ids.size).toBe(3);
  });
});

describe("rejoining", () => {
  it("with the id and key: the whole transcript, and no second conversation.started", async () => {
    const { client, started } = await startConversation();
    client.send({ action: "sendMessage", conversationId: started.conversationId, messageId: "m_a", text: "I would like a sled" });
    await client.waitFor(isDelta("reply.completed"));
    client.close();

    const again = await TestClient.open(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=${started.conversationId}&key=${started.key}`);
    again.send({ action: "sync", conversationId: started.conversationId, after: 0 });
    const snapshot = await again.waitFor((f) => f.type === "transcript.snapshot");
    expect(snapshot).toMatchObject({ entries: [{ kind: "message", text: "I would like a sled" }, { kind: "reply", status: "completed" }] });
    expect(again.frames.some(isStarted)).toBe(false);
    again.close();
  });

  it("refuses a second child with the first child's id but no key, or a wrong key, with 403: it sees nothing and records nothing", async () => {
    const { client: first, started } = await startConversation();
    first.send({ action: "sendMessage", conversationId: started.conversationId, messageId: "m_secret", text: "My dog is called Biscuit" });
    await first.waitFor(isDelta("reply.completed"));
    await k.whenCaughtUp();
    const before = (await k.scan("events")).length;

    const base = `${k.wsUrl}/?token=${k.config.accessToken}&conversationId=${started.conversationId}`;
    const noKey = await refusal(base);
    expect(noKey.status).toBe(403);
    expect(JSON.parse(noKey.body)).toEqual({ message: "rejoining a conversation needs its key" });
    const wrong = await refusal(`${base}&key=${k.keyOf("s_someoneelse0000000000")}`);
    expect(wrong.status).toBe(403);
    expect(JSON.parse(wrong.body)).toEqual({ message: "the key does not open this conversation" });
    // a key alone names no conversation
    expect((await refusal(`${k.wsUrl}/?token=${k.config.accessToken}&key=${started.key}`)).status).toBe(403);

    await k.whenCaughtUp();
    expect((await k.scan("events")).length).toBe(before);
    // and the first child was sent nothing about it
    expect(first.frames.filter((f) => f.type === "transcript.delta" && f.change.kind === "message")).toHaveLength(1);
    first.close();
  });

  it("keeps 401 (token), 403 (key) and 400 (malformed id) apart, each naming its reason", async () => {
    const wrongToken = await refusal(`${k.wsUrl}/?token=nope&conversationId=c_x`);
    expect(wrongToken).toEqual({ status: 401, body: JSON.stringify({ message: "Unauthorized: the token is missing or wrong" }) });
    const malformed = await refusal(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=bad.id`);
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).message).toMatch(/conversationId: letters, digits/);
  });
});

describe("elves", () => {
  it("read any conversation with their token alone", async () => {
    const { client, started } = await startConversation();
    client.send({ action: "sendMessage", conversationId: started.conversationId, messageId: "m_e", text: "Hello from Ada" });
    await client.waitFor(isDelta("reply.completed"));
    await k.whenCaughtUp();
    const elf = await k.elf();
    elf.send({ action: "sync", conversationId: started.conversationId, after: 0 });
    const snapshot = await elf.waitFor((f) => f.type === "transcript.snapshot");
    expect(snapshot).toMatchObject({ entries: [{ kind: "message", text: "Hello from Ada" }, { kind: "reply" }] });
    expect(elf.frames.some(isStarted)).toBe(false);
    elf.close();
    client.close();
  });
});

describe("a conversation recorded before keys", () => {
  async function recordLegacy(conversationId: string) {
    const { KinesisEventLog, streamName, kinesisClient } = await import("@kringle/core");
    const log = new KinesisEventLog(kinesisClient(), { streamName: streamName() });
    await log.append([makeEvent("message.sent", conversationId, { messageId: "m_old", text: "I wished for a train last year" })]);
    await k.whenCaughtUp();
  }

  it("is given its key on the first keyless rejoin, once; then the key is needed", async () => {
    const legacy = "c_0123456789abcdef0123456789abcdef";
    await recordLegacy(legacy);

    const holder = await TestClient.open(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=${legacy}`);
    holder.send({ action: "sync", conversationId: legacy, after: 0 });
    const started = await holder.waitFor(isStarted);
    expect(started).toEqual({ type: "conversation.started", conversationId: legacy, key: k.keyOf(legacy) });
    expect(await holder.waitFor((f) => f.type === "transcript.snapshot")).toMatchObject({
      entries: expect.arrayContaining([expect.objectContaining({ kind: "message", text: "I wished for a train last year" })]),
    });
    holder.close();

    expect((await refusal(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=${legacy}`)).status).toBe(403);
    const rejoined = await TestClient.open(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=${legacy}&key=${started.key}`);
    rejoined.close();
  });

  it("is not a way in: an id with no transcript, or a server-made id, is refused without its key", async () => {
    expect((await refusal(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=c_neverused`)).status).toBe(403);
    const { client, started } = await startConversation();
    client.send({ action: "sendMessage", conversationId: started.conversationId, messageId: "m_s", text: "Hi" });
    await client.waitFor(isDelta("message"));
    await k.whenCaughtUp();
    expect((await refusal(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=${started.conversationId}`)).status).toBe(403);
    client.close();
  });
});
