// Stopping kringle and starting it again on the same data loses nothing and doubles nothing,
// even when it is stopped in the middle of Santa's reply.
import type { ServerFrame } from "@kringle/core";
import { afterAll, describe, expect, it } from "vitest";
import { startTestKringle, tempDataDir, type TestKringle } from "./testing/test-kringle.js";
import { waitUntil } from "./testing/wait-until.js";

type Snapshot = Extract<ServerFrame, { type: "transcript.snapshot" }>;
const dataDir = tempDataDir();
const running: TestKringle[] = [];

async function start(offlineWordMs = 1): Promise<TestKringle> {
  const k = await startTestKringle({ dataDir, offlineWordMs });
  running.push(k);
  return k;
}

afterAll(async () => {
  for (const k of running.slice(0, -1)) await k.stopKeepingData();
  await running.at(-1)?.dispose();
});

async function snapshotOf(k: TestKringle, conversationId: string): Promise<Snapshot> {
  const client = await k.child(conversationId);
  client.send({ action: "sync", conversationId, after: 0 });
  const snapshot = (await client.waitFor((f) => f.type === "transcript.snapshot")) as Snapshot;
  client.close();
  return snapshot;
}

describe("a restart", () => {
  it("keeps the conversation, and the next message gets one reply", async () => {
    const first = await start();
    const child = await first.child("c_restart");
    child.send({ action: "sendMessage", conversationId: "c_restart", messageId: "m_1", text: "Hi Santa, I'm Leo" });
    await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed");
    child.close();
    await first.whenCaughtUp();
    const eventsBefore = (await first.archived()).length;
    await first.stopKeepingData();

    const second = await start();
    await second.whenCaughtUp();
    const before = await snapshotOf(second, "c_restart");
    expect(before.entries.map((e) => [e.position, e.kind])).toEqual([
      [1, "message"],
      [2, "reply"],
    ]);
    expect(before.entries[1]).toMatchObject({ status: "completed" });

    const again = await second.child("c_restart");
    again.send({ action: "sendMessage", conversationId: "c_restart", messageId: "m_2", text: "I want a kite" });
    await again.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed");
    again.close();
    await second.whenCaughtUp();

    const after = await snapshotOf(second, "c_restart");
    expect(after.entries.map((e) => [e.position, e.kind])).toEqual([
      [1, "message"],
      [2, "reply"],
      [3, "message"],
      [4, "reply"],
    ]);
    // the archive grew by this run's events only: nothing was appended twice
    const events = await second.archived();
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.length).toBeGreaterThan(eventsBefore);
    await second.stopKeepingData();
  });

  it("finishes a reply that was cut off mid-stream once it is running again", async () => {
    const first = await start(40);
    const child = await first.child("c_cut");
    child.send({ action: "sendMessage", conversationId: "c_cut", messageId: "m_1", text: "Hello Santa! What do reindeer eat?" });
    await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.chunk");
    await first.stop({ abandon: true });
    running.pop();
    const cut = await start(1);

    const snapshot = await waitUntil(async () => {
      const s = await snapshotOf(cut, "c_cut");
      return s.entries[1]?.kind === "reply" && s.entries[1].status === "completed" ? s : undefined;
    }, { timeoutMs: 25_000, intervalMs: 200, what: "the cut-off reply to complete" });
    expect(snapshot.entries.map((e) => e.kind)).toEqual(["message", "reply"]);
    // the restarted reaction appends reply.started again: the archive keeps it once
    const replies = (await cut.archived("c_cut")).filter((e) => e.type === "reply.started");
    expect(replies.length).toBe(1);
  });
});
