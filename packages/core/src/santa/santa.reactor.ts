// Santa's decisions about a child's message, as pure functions: the ids and events of a reply.
// Every id derives from the message event, so a retried reaction yields the very same events.
import { derivedId } from "../events/ids.js";
import { makeEvent } from "../events/make-event.js";
import type { EventOf, KringleEvent } from "../events/schemas.js";
import type { Entry } from "../protocol/frames.js";
import type { Turn } from "./model.js";

export interface ReplyPlan {
  message: EventOf<"message.sent">;
  replyId: string;
  model: string;
  promptVersion: string;
}

export function planReply(message: EventOf<"message.sent">, model: string, promptVersion: string): ReplyPlan {
  return { message, replyId: derivedId(message.id, "reply"), model, promptVersion };
}

const derived = (plan: ReplyPlan, kind: string, index = 0) => ({
  id: derivedId(plan.replyId, kind, index),
  cause: plan.message,
});

export function replyStarted(plan: ReplyPlan): KringleEvent {
  return makeEvent(
    "reply.started",
    plan.message.conversationId,
    { replyId: plan.replyId, inReplyTo: plan.message.data.messageId, model: plan.model, promptVersion: plan.promptVersion },
    derived(plan, "started"),
  );
}

export function replyChunk(plan: ReplyPlan, seq: number, text: string): KringleEvent {
  return makeEvent("reply.chunk", plan.message.conversationId, { replyId: plan.replyId, seq, text }, derived(plan, "chunk", seq));
}

export interface Completion {
  text: string;
  stopReason: string;
  usage: { input: number; output: number };
  ttftMs: number;
  totalMs: number;
}

export function replyCompleted(plan: ReplyPlan, completion: Completion): KringleEvent {
  return makeEvent("reply.completed", plan.message.conversationId, { replyId: plan.replyId, ...completion }, derived(plan, "completed"));
}

export function replyFailed(plan: ReplyPlan, error: string, retryable: boolean): KringleEvent {
  return makeEvent("reply.failed", plan.message.conversationId, { replyId: plan.replyId, error, retryable }, derived(plan, "failed"));
}

/**
 * The turns Santa sees: the transcript so far (completed replies only) and the message being
 * answered, which the transcript may not hold yet (projection lag) or may already hold.
 */
export function turnsFor(message: EventOf<"message.sent">, transcript: readonly Entry[]): Turn[] {
  const turns: Turn[] = [];
  for (const entry of transcript) {
    if (entry.kind === "message") {
      if (entry.messageId === message.data.messageId) break;
      turns.push({ role: "child", text: entry.text });
    } else if (entry.status === "completed" && entry.text) {
      turns.push({ role: "santa", text: entry.text });
    }
  }
  turns.push({ role: "child", text: message.data.text });
  return turns;
}
