import type { Entry, ServerFrame, TranscriptChange } from "@kringle/core/protocol";
import { describe, expect, it } from "vitest";
import {
  addPending,
  applyFrame,
  dropPending,
  emptyTranscript,
  santaIsThinking,
  syncAfter,
  timeline,
  type Transcript,
} from "./transcript-merge.js";

const C = "c_test";
const AT = "2026-12-24T20:00:00.000Z";

const delta = (change: TranscriptChange): ServerFrame => ({ type: "transcript.delta", conversationId: C, change });
const snapshot = (...entries: Entry[]): ServerFrame => ({ type: "transcript.snapshot", conversationId: C, complete: true, entries });

const message = (position: number, messageId: string, text: string) =>
  ({ kind: "message", position, messageId, text, at: AT }) as const;
const started = (position: number, replyId: string, inReplyTo = "m_1") =>
  ({ kind: "reply.started", position, replyId, inReplyTo, at: AT }) as const;
const chunk = (position: number, replyId: string, seq: number, text: string) =>
  ({ kind: "reply.chunk", position, replyId, seq, text }) as const;
const completed = (position: number, replyId: string, text: string) =>
  ({ kind: "reply.completed", position, replyId, text }) as const;
const failed = (position: number, replyId: string, error = "throttled") =>
  ({ kind: "reply.failed", position, replyId, error, retryable: true }) as const;
const replyEntry = (position: number, replyId: string, text: string, lastSeq: number, status: "streaming" | "completed" | "failed" = "streaming") =>
  ({ kind: "reply", position, replyId, inReplyTo: "m_1", text, lastSeq, status, at: AT }) as const;

function given(...frames: (ServerFrame | TranscriptChange)[]): Transcript {
  return frames.reduce<Transcript>(
    (t, f) => applyFrame(t, "type" in f ? f : delta(f)),
    emptyTranscript(C),
  );
}
const when = (t: Transcript, ...frames: (ServerFrame | TranscriptChange)[]) =>
  frames.reduce<Transcript>((acc, f) => applyFrame(acc, "type" in f ? f : delta(f)), t);

/** What the child sees: each bubble's kind, text and status. */
const shown = (t: Transcript) => timeline(t).map((i) => [i.kind, i.text, i.status]);

describe("transcript merge: duplicates", () => {
  it("given a message delta, when the same delta arrives again, then it renders once and nothing changes", () => {
    const t = given(message(1, "m_1", "Hi Santa!"));
    const after = when(t, message(1, "m_1", "Hi Santa!"));
    expect(after).toBe(t);
    expect(shown(after)).toEqual([["message", "Hi Santa!", "sent"]]);
  });

  it("given chunks 0 and 1, when chunk 1 arrives again, then its words appear once", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "Ho ho "), chunk(2, "r_1", 1, "ho! "));
    const after = when(t, chunk(2, "r_1", 1, "ho! "));
    expect(after).toBe(t);
    expect(shown(after)[1]).toEqual(["reply", "Ho ho ho! ", "streaming"]);
  });

  it("given a reply.started, when it is delivered again, then there is still one reply", () => {
    const t = when(given(message(1, "m_1", "Hi"), started(2, "r_1")), started(2, "r_1"));
    expect(timeline(t).filter((i) => i.kind === "reply")).toHaveLength(1);
  });

  it("given a completed reply, when reply.completed is delivered again, then nothing changes", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), completed(2, "r_1", "Ho ho ho!"));
    expect(when(t, completed(2, "r_1", "Ho ho ho!"))).toBe(t);
  });
});

describe("transcript merge: resync after a reconnect", () => {
  it("given deltas up to seq 3, when a snapshot that is behind (lastSeq 1) arrives, then the text is unchanged", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "a "), chunk(2, "r_1", 1, "b "), chunk(2, "r_1", 2, "c "), chunk(2, "r_1", 3, "d "));
    const after = when(t, snapshot(message(1, "m_1", "Hi"), replyEntry(2, "r_1", "a b ", 1)));
    expect(shown(after)).toEqual([
      ["message", "Hi", "sent"],
      ["reply", "a b c d ", "streaming"],
    ]);
  });

  it("given deltas up to seq 1, when a snapshot further along (lastSeq 4) arrives and then overlapping chunks, then every word shows exactly once", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "a "), chunk(2, "r_1", 1, "b "));
    const after = when(
      t,
      snapshot(replyEntry(2, "r_1", "a b c d e ", 4)),
      chunk(2, "r_1", 3, "d "),
      chunk(2, "r_1", 4, "e "),
      chunk(2, "r_1", 5, "f "),
    );
    expect(shown(after)[1]).toEqual(["reply", "a b c d e f ", "streaming"]);
  });

  it("given a snapshot, when the same snapshot arrives again, then the transcript renders the same", () => {
    const s = snapshot(message(1, "m_1", "Hi"), replyEntry(2, "r_1", "Ho ho ho!", 2, "completed"));
    const t = given(s);
    expect(when(t, s)).toBe(t);
    expect(shown(t)).toEqual([
      ["message", "Hi", "sent"],
      ["reply", "Ho ho ho!", "completed"],
    ]);
  });

  it("given a completed reply, when an older snapshot says it is still streaming, then it stays completed", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), completed(2, "r_1", "Ho ho ho!"));
    const after = when(t, snapshot(replyEntry(2, "r_1", "Ho ", 0)));
    expect(shown(after)[1]).toEqual(["reply", "Ho ho ho!", "completed"]);
  });

  it("given a live chunk that arrived before the sync answer, when the snapshot arrives, then the chunk continues the snapshot's text", () => {
    const t = given(message(1, "m_1", "Hi"), chunk(2, "r_1", 4, "e "));
    const after = when(t, snapshot(message(1, "m_1", "Hi"), replyEntry(2, "r_1", "a b c d ", 3)));
    expect(shown(after)[1]).toEqual(["reply", "a b c d e ", "streaming"]);
    expect(timeline(after)[1]).toMatchObject({ inReplyTo: "m_1" });
  });

  it("given snapshot frames for another conversation, when they arrive, then nothing changes", () => {
    const t = given(message(1, "m_1", "Hi"));
    const other: ServerFrame = { type: "transcript.snapshot", conversationId: "c_other", complete: true, entries: [message(2, "m_9", "Not mine")] };
    expect(when(t, other)).toBe(t);
  });
});

describe("transcript merge: chunks out of order", () => {
  it("given chunk 0, when chunk 2 arrives before chunk 1, then the text waits for the gap and never shows a hole", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "Ho "));
    const gapped = when(t, chunk(2, "r_1", 2, "ho! "));
    expect(shown(gapped)[1]).toEqual(["reply", "Ho ", "streaming"]);
    const filled = when(gapped, chunk(2, "r_1", 1, "ho "));
    expect(shown(filled)[1]).toEqual(["reply", "Ho ho ho! ", "streaming"]);
  });

  it("given a held chunk, when it arrives again, then it is still added once after the gap fills", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "a "), chunk(2, "r_1", 2, "c "), chunk(2, "r_1", 2, "c "));
    expect(shown(when(t, chunk(2, "r_1", 1, "b ")))[1]).toEqual(["reply", "a b c ", "streaming"]);
  });

  it("given a chunk before reply.started, when reply.started arrives, then the reply keeps its words and learns what it answers", () => {
    const t = given(message(1, "m_1", "Hi"), chunk(2, "r_1", 0, "Ho "));
    const after = when(t, started(2, "r_1", "m_1"));
    expect(timeline(after)[1]).toMatchObject({ kind: "reply", text: "Ho ", inReplyTo: "m_1", status: "streaming" });
  });

  it("given a chunk for a different reply at the same position, when it arrives, then it is ignored", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "Ho "));
    expect(when(t, chunk(2, "r_other", 1, "nope"))).toBe(t);
  });
});

describe("transcript merge: a reply finishing", () => {
  it("given chunks with a gap, when reply.completed arrives, then its whole text replaces what the chunks built", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "Ho "), chunk(2, "r_1", 3, "lost "));
    const after = when(t, completed(2, "r_1", "Ho ho ho! Merry Christmas!"));
    expect(shown(after)[1]).toEqual(["reply", "Ho ho ho! Merry Christmas!", "completed"]);
  });

  it("given a completed reply, when a late chunk arrives, then it is ignored", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), completed(2, "r_1", "Ho ho ho!"));
    expect(when(t, chunk(2, "r_1", 7, " extra"))).toBe(t);
  });

  it("given a streaming reply, when reply.failed arrives, then it shows as failed with its code and keeps the words so far", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "Ho "));
    const after = when(t, failed(2, "r_1", "throttled"));
    expect(timeline(after)[1]).toMatchObject({ kind: "reply", text: "Ho ", status: "failed", error: "throttled" });
  });
});

describe("transcript merge: the `after` for sync", () => {
  it("given nothing, then after is 0", () => {
    expect(syncAfter(emptyTranscript(C))).toBe(0);
  });

  it("given messages and finished replies from position 1, then after is the last of them", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), completed(2, "r_1", "Ho!"), message(3, "m_2", "Bike?"), started(4, "r_2"), failed(4, "r_2"));
    expect(syncAfter(t)).toBe(4);
  });

  it("given a reply still streaming, then after stops before it even when later entries are final", () => {
    const t = given(message(1, "m_1", "Hi"), started(2, "r_1"), chunk(2, "r_1", 0, "Ho "), message(3, "m_2", "Hello?"));
    expect(syncAfter(t)).toBe(1);
  });

  it("given a hole in the positions, then after stops before the hole", () => {
    const t = given(message(1, "m_1", "Hi"), message(3, "m_2", "again"));
    expect(syncAfter(t)).toBe(1);
  });

  it("given position 1 is missing, then after is 0", () => {
    expect(syncAfter(given(message(2, "m_2", "Hi")))).toBe(0);
  });
});

describe("transcript merge: messages on their way", () => {
  it("given a pending message, then it shows as sending after the transcript", () => {
    const t = addPending(given(message(1, "m_1", "Hi")), { messageId: "m_2", text: "A bike please" });
    expect(shown(t)).toEqual([
      ["message", "Hi", "sent"],
      ["message", "A bike please", "sending"],
    ]);
  });

  it("given a pending message, when its message delta arrives, then it shows once, as sent", () => {
    const t = addPending(emptyTranscript(C), { messageId: "m_1", text: "Hi Santa!" });
    const after = when(t, message(1, "m_1", "Hi Santa!"));
    expect(after.pending).toEqual([]);
    expect(shown(after)).toEqual([["message", "Hi Santa!", "sent"]]);
  });

  it("given a pending message, when a snapshot holding it arrives, then it is confirmed", () => {
    const t = addPending(emptyTranscript(C), { messageId: "m_1", text: "Hi Santa!" });
    expect(when(t, snapshot(message(1, "m_1", "Hi Santa!"))).pending).toEqual([]);
  });

  it("given a pending message, when a different message is recorded, then it is still sending", () => {
    const t = addPending(emptyTranscript(C), { messageId: "m_1", text: "Hi Santa!" });
    const after = when(t, message(1, "m_other", "from another tab"));
    expect(after.pending).toEqual([{ messageId: "m_1", text: "Hi Santa!" }]);
  });

  it("given a message already recorded, when it is added as pending again, then nothing changes", () => {
    const t = given(message(1, "m_1", "Hi"));
    expect(addPending(t, { messageId: "m_1", text: "Hi" })).toBe(t);
  });

  it("given a pending message, when it is dropped, then it no longer shows", () => {
    const t = addPending(emptyTranscript(C), { messageId: "m_1", text: "Hi" });
    expect(timeline(dropPending(t, "m_1"))).toEqual([]);
  });

  it("keeps a bubble's id when its message is confirmed, so the bubble is updated rather than replaced", () => {
    const pending = addPending(emptyTranscript(C), { messageId: "m_1", text: "Hi" });
    const confirmed = when(pending, message(1, "m_1", "Hi"));
    expect(timeline(confirmed)[0]?.id).toBe(timeline(pending)[0]?.id);
  });
});

describe("santa is thinking", () => {
  it("given the child's message is the newest entry, then Santa is thinking", () => {
    expect(santaIsThinking(given(message(1, "m_1", "Hi")))).toBe(true);
  });

  it("given Santa's reply has started, then he is no longer thinking", () => {
    expect(santaIsThinking(given(message(1, "m_1", "Hi"), started(2, "r_1")))).toBe(false);
  });

  it("given messages sent while Santa was busy, then he thinks only of the latest, which the next reply answers", () => {
    const burst = given(message(1, "m_1", "Hi"), started(2, "r_1", "m_1"), message(3, "m_2", "a kite"), message(4, "m_3", "a bike"));
    // the reply being written shows it in its own bubble
    expect(santaIsThinking(burst)).toBe(false);
    const answered = when(burst, completed(2, "r_1", "Hello!"));
    expect(santaIsThinking(answered)).toBe(true);
    // m_2 gets no reply of its own: the reply to m_3 ends the wait
    expect(santaIsThinking(when(answered, started(5, "r_3", "m_3")))).toBe(false);
  });

  it("given a burst recorded before Santa's first reply, then he is still thinking once that reply ends", () => {
    const burst = given(message(1, "m_1", "Hi"), message(2, "m_2", "a kite"), started(3, "r_1", "m_1"), completed(3, "r_1", "Hello!"));
    expect(santaIsThinking(burst)).toBe(true);
    expect(santaIsThinking(when(burst, started(4, "r_2", "m_2"), failed(4, "r_2")))).toBe(false);
  });

  it("given only a message still sending, then Santa is not thinking yet", () => {
    expect(santaIsThinking(addPending(emptyTranscript(C), { messageId: "m_1", text: "Hi" }))).toBe(false);
  });
});

describe("transcript merge: several changes in one frame", () => {
  const deltas = (...changes: TranscriptChange[]): ServerFrame => ({ type: "transcript.deltas", conversationId: C, changes });

  it("given nothing, when a batch's changes arrive in one frame, then they render as if they came one by one", () => {
    const changes = [message(1, "m_1", "Hi Santa"), started(2, "r_1"), chunk(2, "r_1", 0, "Ho "), chunk(2, "r_1", 1, "ho!")];
    expect(when(emptyTranscript(C), deltas(...changes))).toEqual(given(...changes));
    expect(timeline(when(emptyTranscript(C), deltas(...changes)))).toMatchObject([{ text: "Hi Santa" }, { text: "Ho ho!" }]);
  });

  it("given the same changes one by one, when they arrive again in one frame, then nothing doubles", () => {
    const changes = [started(2, "r_1"), chunk(2, "r_1", 0, "Ho "), chunk(2, "r_1", 1, "ho!")];
    const once = given(...changes);
    expect(when(once, deltas(...changes))).toEqual(once);
  });

  it("given a frame for another conversation, when it arrives, then nothing changes", () => {
    const t = given(message(1, "m_1", "hi"));
    expect(applyFrame(t, { type: "transcript.deltas", conversationId: "c_other", changes: [message(2, "m_2", "x"), message(3, "m_3", "y")] })).toBe(t);
  });
});
