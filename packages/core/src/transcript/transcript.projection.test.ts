import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { KringleEvent } from "../events/schemas.js";
import { emptyTranscript, fold, INDEX_LIMIT, type Folded } from "./transcript.projection.js";

const C = "c_1";
const opened = (connectionId: string, role: "child" | "elf" = "child") => makeEvent("connection.opened", C, { connectionId, role, userAgent: "" });
const closed = (connectionId: string) => makeEvent("connection.closed", C, { connectionId, reason: "client" });
const sent = (messageId: string, text = "Hi Santa") => makeEvent("message.sent", C, { messageId, text }, { id: `e_${messageId}` });
const started = (replyId: string, inReplyTo = "m_1") => makeEvent("reply.started", C, { replyId, inReplyTo, model: "m", promptVersion: "v1" }, { id: `e_${replyId}_s` });
const chunk = (replyId: string, seq: number, text: string) => makeEvent("reply.chunk", C, { replyId, seq, text }, { id: `e_${replyId}_${seq}` });
const completed = (replyId: string, text: string) =>
  makeEvent("reply.completed", C, { replyId, text, stopReason: "end_turn", usage: { input: 1, output: 1 }, ttftMs: 1, totalMs: 2 }, { id: `e_${replyId}_c` });
const failed = (replyId: string) => makeEvent("reply.failed", C, { replyId, error: "throttled", retryable: true }, { id: `e_${replyId}_f` });

/** given(history).when(events).then(...) over the pure fold */
function given(...history: KringleEvent[]) {
  const before = fold(emptyTranscript(C), history).state;
  return {
    when: (...events: KringleEvent[]) => {
      const after: Folded = fold(before, events);
      return { before, after };
    },
  };
}

const entries = (f: Folded) => Object.values(f.state.entries).sort((a, b) => a.position - b.position);

describe("the transcript projection", () => {
  it("puts messages and replies at increasing positions", () => {
    const { after } = given().when(sent("m_1"), started("r_1"), chunk("r_1", 0, "Ho "), chunk("r_1", 1, "ho!"), completed("r_1", "Ho ho!"));
    expect(entries(after)).toMatchObject([
      { kind: "message", position: 1, messageId: "m_1", text: "Hi Santa" },
      { kind: "reply", position: 2, replyId: "r_1", text: "Ho ho!", status: "completed", lastSeq: 1 },
    ]);
    expect(after.state.meta.nextPosition).toBe(3);
    expect(after.dirty).toEqual([1, 2]);
  });

  it("builds a streaming reply from its chunks in order", () => {
    const { after } = given(sent("m_1"), started("r_1")).when(chunk("r_1", 0, "Ho "), chunk("r_1", 1, "ho "), chunk("r_1", 2, "ho!"));
    expect(after.state.entries[2]).toMatchObject({ text: "Ho ho ho!", lastSeq: 2, status: "streaming" });
  });

  describe("the same event twice changes nothing", () => {
    const cases: [string, KringleEvent[], KringleEvent][] = [
      ["message.sent", [], sent("m_1")],
      ["a resent messageId (a new event, same messageId)", [sent("m_1")], makeEvent("message.sent", C, { messageId: "m_1", text: "Hi Santa" })],
      ["reply.started", [sent("m_1")], started("r_1")],
      ["reply.chunk", [sent("m_1"), started("r_1")], chunk("r_1", 0, "Ho ")],
      ["reply.completed", [sent("m_1"), started("r_1"), chunk("r_1", 0, "Ho")], completed("r_1", "Ho ho")],
      ["reply.failed", [sent("m_1"), started("r_1")], failed("r_1")],
      ["connection.opened", [], opened("A=")],
      ["connection.closed", [opened("A=")], closed("A=")],
    ];
    it.each(cases)("%s", (_name, history, event) => {
      const once = given(...history).when(event).after;
      const twice = fold(once.state, [event]);
      expect(twice.state).toEqual(once.state);
      expect(twice.dirty).toEqual([]);
      expect(twice.pushes).toEqual([]);
      // delivered twice within one batch too
      expect(given(...history).when(event, event).after.state).toEqual(once.state);
    });
  });

  it("ignores a chunk older than one already folded, and one for an unknown reply", () => {
    const { before, after } = given(sent("m_1"), started("r_1"), chunk("r_1", 0, "a"), chunk("r_1", 1, "b")).when(chunk("r_1", 0, "a"), chunk("r_9", 0, "z"));
    expect(after.state).toEqual(before);
  });

  it("lets the completed text replace what the chunks built, and ignores chunks after it", () => {
    const { after } = given(sent("m_1"), started("r_1"), chunk("r_1", 0, "Ho")).when(completed("r_1", "Ho ho ho!"), chunk("r_1", 1, " late"));
    expect(after.state.entries[2]).toMatchObject({ text: "Ho ho ho!", status: "completed" });
  });

  it("marks a failed reply failed and keeps its partial text", () => {
    const { after } = given(opened("A="), sent("m_1"), started("r_1"), chunk("r_1", 0, "Ho")).when(failed("r_1"));
    expect(after.state.entries[2]).toMatchObject({ text: "Ho", status: "failed", error: "throttled" });
    expect(after.pushes.at(-1)?.change).toMatchObject({ kind: "reply.failed", retryable: true });
  });

  it("pushes each change to the child connections watching at that moment", () => {
    const { after } = given(opened("A=")).when(sent("m_1"), opened("B="), started("r_1"), closed("A="), chunk("r_1", 0, "Ho"));
    expect(after.pushes.map((p) => [p.change.kind, p.to])).toEqual([
      ["message", ["A="]],
      ["reply.started", ["A=", "B="]],
      ["reply.chunk", ["B="]],
    ]);
  });

  it("does not bring back a closed connection when its opening is delivered again", () => {
    const { before, after } = given(opened("A="), closed("A=")).when(opened("A="), closed("A="));
    expect(after.state).toEqual(before);
    expect(after.state.meta.watchers).toEqual([]);
  });

  it("does not make elves watchers", () => {
    const { after } = given(opened("E=", "elf")).when(sent("m_1"));
    expect(after.state.meta.watchers).toEqual([]);
    expect(after.pushes).toEqual([]);
  });

  it("updates the read model for replayed events but pushes nothing", () => {
    const replayed = { ...sent("m_1"), replay: true };
    const { after } = given(opened("A=")).when(replayed);
    expect(after.state.entries[1]).toMatchObject({ kind: "message" });
    expect(after.pushes).toEqual([]);
  });

  it("bumps the version on every change and only then", () => {
    const { before, after } = given(sent("m_1")).when(sent("m_1"), sent("m_2"));
    expect(after.state.meta.version).toBe(before.meta.version + 1);
  });

  it("remembers only the latest ids, so its meta item stays small, and still drops a recent resend", () => {
    const history: KringleEvent[] = [];
    for (let i = 0; i < INDEX_LIMIT + 50; i++) history.push(sent(`m_${i}`), started(`r_${i}`, `m_${i}`), completed(`r_${i}`, "Ho"));
    history.push(sent("m_last"), started("r_streaming", "m_last"));
    const { before, after } = given(...history).when(makeEvent("message.sent", C, { messageId: "m_last", text: "Hi Santa" }));
    expect(Object.keys(before.meta.messages)).toHaveLength(INDEX_LIMIT);
    expect(Object.keys(before.meta.replies)).toHaveLength(INDEX_LIMIT);
    expect(before.meta.messages).not.toHaveProperty("m_0");
    expect(before.meta.replies.r_streaming).toMatchObject({ status: "streaming" });
    expect(after.state).toEqual(before);
  });
});
