import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { KringleEvent } from "../events/schemas.js";
import type { Connection, Pusher } from "../ports/index.js";
import type { ServerFrame } from "../protocol/frames.js";
import { allEntries } from "./transcript.port.js";
import { MemoryTranscriptStore } from "./transcript.memory.js";
import { deltaFrames, projectTranscript } from "./transcript.runner.js";

const C = "c_runner";
const opened = (connectionId: string) => makeEvent("connection.opened", C, { connectionId, role: "child", userAgent: "" }, { id: `o_${connectionId}` });
const sent = (messageId: string, text: string, replay = false) => makeEvent("message.sent", C, { messageId, text }, { id: `e_${messageId}`, replay });
const started = (replyId: string) => makeEvent("reply.started", C, { replyId, inReplyTo: "m_1", model: "m", promptVersion: "v1" }, { id: `s_${replyId}` });
const chunk = (replyId: string, seq: number, text: string) => makeEvent("reply.chunk", C, { replyId, seq, text }, { id: `k_${replyId}_${seq}` });
const completed = (replyId: string, text: string) =>
  makeEvent("reply.completed", C, { replyId, text, stopReason: "end_turn", usage: { input: 1, output: 1 }, ttftMs: 1, totalMs: 2 }, { id: `d_${replyId}` });

class RecordingPusher implements Pusher {
  readonly frames: { to: string; frame: ServerFrame }[] = [];
  constructor(private readonly gone = new Set<string>()) {}
  async send(to: Connection, frame: ServerFrame): Promise<"sent" | "gone"> {
    if (this.gone.has(to.connectionId)) return "gone";
    this.frames.push({ to: to.connectionId, frame });
    return "sent";
  }
}

/** given(history).when(batches…).then: the runner against in-memory ports, no I/O */
function given(...history: KringleEvent[]) {
  const store = new MemoryTranscriptStore();
  const pusher = new RecordingPusher();
  const ready = projectTranscript(C, history, { store, pusher: new RecordingPusher() });
  return {
    async when(...batches: KringleEvent[][]) {
      await ready;
      for (const batch of batches) await projectTranscript(C, batch, { store, pusher });
      return { entries: await allEntries(store, C), pushed: pusher.frames, state: await store.load(C) };
    },
  };
}

describe("the transcript runner", () => {
  it("saves the fold and pushes a batch's changes to the watching child in one frame, in order", async () => {
    const then = await given(opened("A")).when([sent("m_1", "Hi Santa"), started("r_1"), chunk("r_1", 0, "Ho "), chunk("r_1", 1, "ho!")]);
    expect(then.entries).toMatchObject([
      { kind: "message", position: 1, text: "Hi Santa" },
      { kind: "reply", position: 2, text: "Ho ho!", status: "streaming", lastSeq: 1 },
    ]);
    expect(then.pushed.map((p) => [p.to, p.frame.type === "transcript.deltas" && p.frame.changes.map((c) => c.kind)])).toEqual([
      ["A", ["message", "reply.started", "reply.chunk", "reply.chunk"]],
    ]);
  });

  it("pushes a lone change as a single delta", async () => {
    const then = await given(opened("A")).when([sent("m_1", "Hi Santa")]);
    expect(then.pushed).toMatchObject([{ to: "A", frame: { type: "transcript.delta", change: { kind: "message", text: "Hi Santa" } } }]);
  });

  it("changes nothing and pushes nothing when the same batch is delivered twice", async () => {
    const batch = [sent("m_1", "Hi"), started("r_1"), chunk("r_1", 0, "Ho "), completed("r_1", "Ho ho!")];
    const once = await given(opened("A")).when(batch);
    const twice = await given(opened("A")).when(batch, batch);
    expect(twice.entries).toEqual(once.entries);
    expect(twice.state.meta.version).toBe(once.state.meta.version);
    expect(twice.pushed).toEqual(once.pushed);
  });

  it("folds replayed events into the read model but pushes none of them", async () => {
    const then = await given(opened("A")).when([sent("m_9", "from a replay", true)]);
    expect(then.entries).toMatchObject([{ kind: "message", text: "from a replay" }]);
    expect(then.pushed).toEqual([]);
  });

  it("stops pushing to a connection found gone, and still saves", async () => {
    const store = new MemoryTranscriptStore();
    await projectTranscript(C, [opened("A"), opened("B")], { store, pusher: new RecordingPusher() });
    const pusher = new RecordingPusher(new Set(["B"]));
    await projectTranscript(C, [sent("m_1", "one"), sent("m_2", "two")], { store, pusher });
    expect(pusher.frames.map((f) => f.to)).toEqual(["A"]);
    expect(await allEntries(store, C)).toHaveLength(2);
  });

  it("a push that throws is reported, and the transcript is saved all the same", async () => {
    const store = new MemoryTranscriptStore();
    const warned: string[] = [];
    await projectTranscript(C, [opened("A")], { store, pusher: new RecordingPusher() });
    const broken: Pusher = { send: async () => Promise.reject(new Error("socket hung up")) };
    await projectTranscript(C, [sent("m_1", "hi")], { store, pusher: broken, warnings: { warn: (m) => void warned.push(m) } });
    expect(warned).toEqual(["push failed"]);
    expect(await allEntries(store, C)).toHaveLength(1);
  });

  it("refuses to save over a version it did not load (a concurrent writer)", async () => {
    const store = new MemoryTranscriptStore();
    const stale = await store.load(C);
    await projectTranscript(C, [sent("m_1", "first")], { store, pusher: new RecordingPusher() });
    const { fold } = await import("./transcript.projection.js");
    const folded = fold(stale, [sent("m_2", "second")]);
    await expect(store.save(stale.meta.version, folded.state, folded.dirty)).rejects.toThrow(/version/);
  });
});

describe("a connection's changes as frames", () => {
  const chunkChange = (seq: number, text: string) => ({ kind: "reply.chunk" as const, position: 2, replyId: "r_1", seq, text });

  it("splits a batch that would not fit one frame, keeping the order", () => {
    const changes = [chunkChange(0, "a".repeat(400)), chunkChange(1, "b".repeat(400)), chunkChange(2, "c".repeat(400))];
    const frames = deltaFrames(C, changes, 1000);
    expect(frames.map((f) => f.type)).toEqual(["transcript.deltas", "transcript.delta"]);
    const order = frames.flatMap((f) => (f.type === "transcript.deltas" ? f.changes : f.type === "transcript.delta" ? [f.change] : []));
    expect(order).toEqual(changes);
    for (const frame of frames) expect(new TextEncoder().encode(JSON.stringify(frame)).length).toBeLessThan(1100);
  });

  it("refuses a change that fits no frame rather than sending one the gateway would drop", () => {
    expect(() => deltaFrames(C, [chunkChange(0, "x".repeat(2000))], 1000)).toThrow(/fits no frame/);
  });
});
