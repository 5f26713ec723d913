// One reply at a time per conversation, and none a later message makes unneeded: what Santa's
// reactor does with a child's message, given the conversation as the transcript holds it. A child
// who writes five times while Santa is answering gets that answer, then one reply to all five.
import type { Entry, MessageEntry } from "../protocol/frames.js";

export type ReplyTurn =
  /** answer now: everything the child wrote since Santa last spoke */
  | { kind: "reply" }
  /** this message's reply has started already (a retry after a crash mid-reply): finish it */
  | { kind: "resume" }
  /** the child wrote again since: the reply to a later message answers this one too */
  | { kind: "skip"; laterMessageId: string }
  /** another reply of this conversation is still being written: look again when it has ended */
  | { kind: "wait"; replyId: string };

/** Whose turn it is: `replyId` is the reply this message would get (derived from its event). */
export function replyTurn(messageId: string, replyId: string, transcript: readonly Entry[]): ReplyTurn {
  // a reply once started is finished, whatever came since (a retry after a crash mid-reply)
  if (transcript.some((e) => e.kind === "reply" && e.replyId === replyId)) return { kind: "resume" };
  const at = transcript.findIndex((e) => e.kind === "message" && e.messageId === messageId);
  // not there yet (the projection lags): nothing later is either, the log keeps a conversation's order
  const later = at < 0 ? undefined : transcript.slice(at + 1).find((e): e is MessageEntry => e.kind === "message" && e.messageId !== messageId);
  if (later) return { kind: "skip", laterMessageId: later.messageId };
  const streaming = transcript.find((e) => e.kind === "reply" && e.status === "streaming");
  return streaming?.kind === "reply" ? { kind: "wait", replyId: streaming.replyId } : { kind: "reply" };
}
