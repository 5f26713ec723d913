import { describe, expect, it } from "vitest";
import type { Entry } from "../protocol/frames.js";
import { replyTurn } from "./reply-queue.js";

let position = 0;
const said = (messageId: string): Entry => ({ kind: "message", position: ++position, messageId, text: messageId, at: "" });
const reply = (replyId: string, inReplyTo: string, status: "streaming" | "completed" | "failed"): Entry => ({
  kind: "reply",
  position: ++position,
  replyId,
  inReplyTo,
  text: "",
  lastSeq: -1,
  status,
  at: "",
});

describe("whose turn it is to reply", () => {
  it("given a quiet conversation, replies", () => {
    expect(replyTurn("m_2", "r_2", [said("m_1"), reply("r_1", "m_1", "completed"), said("m_2")])).toEqual({ kind: "reply" });
  });

  it("given a message the transcript does not hold yet, replies (nothing later can be there)", () => {
    expect(replyTurn("m_2", "r_2", [said("m_1"), reply("r_1", "m_1", "failed")])).toEqual({ kind: "reply" });
  });

  it("given a later message from the child, skips, naming the first one after it", () => {
    const transcript = [said("m_1"), reply("r_1", "m_1", "streaming"), said("m_2"), said("m_3"), said("m_4")];
    expect(replyTurn("m_2", "r_2", transcript)).toEqual({ kind: "skip", laterMessageId: "m_3" });
  });

  it("given another reply still being written, waits for it", () => {
    expect(replyTurn("m_2", "r_2", [said("m_1"), reply("r_1", "m_1", "streaming"), said("m_2")])).toEqual({ kind: "wait", replyId: "r_1" });
  });

  it("given a burst recorded before any reply, the last waits and the others skip", () => {
    const transcript = [said("m_1"), said("m_2"), said("m_3"), reply("r_1", "m_1", "streaming")];
    expect(replyTurn("m_2", "r_2", transcript).kind).toBe("skip");
    expect(replyTurn("m_3", "r_3", transcript)).toEqual({ kind: "wait", replyId: "r_1" });
  });

  it("given its own reply already started (a retry after a crash), finishes it whatever came since", () => {
    const transcript = [said("m_1"), reply("r_1", "m_1", "streaming"), said("m_2")];
    expect(replyTurn("m_1", "r_1", transcript)).toEqual({ kind: "resume" });
  });

  it("decides the same on a redelivery: a skipped message stays skipped", () => {
    const transcript = [said("m_1"), said("m_2"), reply("r_2", "m_2", "completed"), said("m_3")];
    expect(replyTurn("m_1", "r_1", transcript)).toEqual({ kind: "skip", laterMessageId: "m_2" });
    expect(replyTurn("m_1", "r_1", transcript)).toEqual(replyTurn("m_1", "r_1", [...transcript, said("m_4")]));
  });
});
