// Santa's decisions about a child's message, as pure functions: what the model is asked (or the
// safe reply given instead of asking it), and the ids and events of the reply. Every id derives
// from the message event, so a retried reaction yields the very same events.
import { derivedId, LIVE, type RunScope } from "../events/ids.js";
import { makeEvent } from "../events/make-event.js";
import type { EventOf, KringleEvent, SafetyKind } from "../events/schemas.js";
import { concernsOf, ruleConcernsInText } from "../safety/concerns.js";
import type { Entry } from "../protocol/frames.js";
import { childNameFrom, withinBudget } from "./memory.js";
import type { Memory, ModelRequest, Turn } from "./model.js";
import { daysUntilChristmas } from "./calendar.js";
import type { Prompt } from "./prompts.js";
import { languageOf } from "./models/north-pole-languages.js";
import { careReply, safeReply } from "./safe-replies.js";
import { redactPersonalData } from "../safety/personal-data.js";
import { ordinaryWishesIn } from "./ordinary-wishes.js";
import { screenMessage, type Unsafe, type Verdict } from "./safety.js";

/** recorded as the model of a reply the input screen gave, without asking any model */
export const SAFETY_SCREEN_MODEL = "safety-screen-1";

export interface ReplyPlan {
  message: EventOf<"message.sent">;
  replyId: string;
  model: string;
  promptVersion: string;
  /** the run the reply belongs to: live, or a replay run (whose events are marked replay) */
  scope: RunScope;
}

export function planReply(message: EventOf<"message.sent">, model: string, promptVersion: string, scope: RunScope = LIVE): ReplyPlan {
  return { message, replyId: derivedId(message.id, "reply", 0, scope), model, promptVersion, scope };
}

const derived = (plan: ReplyPlan, kind: string, index = 0) => ({
  id: derivedId(plan.replyId, kind, index),
  cause: plan.message,
  replay: plan.scope !== LIVE || plan.message.replay,
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

/** The conversation needs a human: one per concern a message raised, with an id from the message and the kind. */
export function safetyFlagged(message: EventOf<"message.sent">, kind: SafetyKind): KringleEvent {
  return makeEvent("safety.flagged", message.conversationId, { messageId: message.data.messageId, kind }, { id: derivedId(message.id, "safety.flagged", kind), cause: message });
}

/**
 * The child wrote again before this message was answered: no reply of its own, and whatever it
 * raised that needs a grown-up flagged now (the reply to the later message answers it with care).
 */
export function skipped(message: EventOf<"message.sent">, laterMessageId: string, transcript: readonly Entry[], scope: RunScope = LIVE): KringleEvent[] {
  const { raised } = concernsOf(conversationTurns(message, transcript));
  const replay = scope !== LIVE || message.replay;
  return [
    ...raised.map((kind) => safetyFlagged(message, kind)),
    makeEvent("reply.skipped", message.conversationId, { messageId: message.data.messageId, laterMessageId }, { id: derivedId(message.id, "skipped", 0, scope), cause: message, replay }),
  ];
}

export function replyFailed(plan: ReplyPlan, error: string, retryable: boolean): KringleEvent {
  return makeEvent("reply.failed", plan.message.conversationId, { replyId: plan.replyId, error, retryable }, derived(plan, "failed"));
}

/**
 * The whole conversation up to the message being answered: the transcript so far (completed
 * replies only) and the message, which the transcript may not hold yet (projection lag) or may
 * already hold.
 */
export function conversationTurns(message: EventOf<"message.sent">, transcript: readonly Entry[]): Turn[] {
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

/** What the child wrote since Santa last spoke, the message being answered last: what one reply answers. */
export function unanswered(turns: readonly Turn[]): string[] {
  const since = turns.findLastIndex((t) => t.role === "santa");
  return turns.slice(since + 1).map((t) => t.text);
}

/**
 * The turns Santa sees: the most recent that fit `budgetTokens`, with personal data redacted from
 * whatever the child wrote (it is never sent to a model).
 */
export function turnsFor(message: EventOf<"message.sent">, transcript: readonly Entry[], budgetTokens = Infinity): Turn[] {
  const turns = conversationTurns(message, transcript).map((t) => (t.role === "child" ? { ...t, text: redactPersonalData(t.text) } : t));
  return withinBudget(turns, budgetTokens);
}

export interface DecideOptions {
  prompt: Prompt;
  /** history budget in approximate tokens; the message answered is always included */
  historyTokens: number;
  today: Date;
}

export type ReplyDecision = (
  /** ask the model */
  | { kind: "model"; request: ModelRequest }
  /** the input screen stopped what the child wrote: this reply is given and no model sees it */
  | { kind: "screened"; verdict: Unsafe; text: string }
) & {
  /** every concern the conversation has raised, this message included: Santa stays gentle */
  concern: SafetyKind[];
  /** the concerns this message raised first, each flagged once */
  raised: SafetyKind[];
};

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// spelt out rather than by Intl, whose wording varies with the ICU data Node is built with
const longDate = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** What Santa remembers, appended to the system prompt so it survives older turns being dropped. */
export function memoryNotes(memory: Memory, today: Date): string {
  const days = daysUntilChristmas(today);
  const lines = [
    `- Today is ${longDate(today)}; ${days === 0 ? "it is Christmas Day" : `Christmas is ${days === 1 ? "tomorrow" : `in ${days} days`}`}.`,
  ];
  if (memory.childName) lines.push(`- The child's name is ${memory.childName}.`);
  if (memory.concern?.length) lines.push(`- The child has told you something that needs a grown-up (${memory.concern.join(", ")}): care mode.`);
  return `What you remember about this conversation:\n${lines.join("\n")}`;
}

/**
 * How Santa answers a child's message and every message before it he has not answered (those the
 * child sent while he was busy): a safe reply when the input screen trips on any of it, else the model's.
 */
export function decideReply(message: EventOf<"message.sent">, transcript: readonly Entry[], options: DecideOptions): ReplyDecision {
  const all = conversationTurns(message, transcript);
  // what the rules find is a concern: Santa answers with care and stays gentle. What only the word
  // classifier finds is a suspicion: flagged for a grown-up all the same, and Santa gently asks
  // (a "yes" to his question is then a concern), as a classifier's guess may be a child's pancakes
  const { raised } = concernsOf(all);
  const { all: concern, raised: sure } = concernsOf(all, ruleConcernsInText);
  const memory: Memory = { childName: childNameFrom(all), ...(concern.length ? { concern } : {}) };
  const answered = unanswered(all).join("\n\n");
  const screened = screenMessage({ text: answered, withheld: message.data.withheld });
  const verdict: Verdict = screened.ok && raised.some((k) => !concern.includes(k)) ? { ok: false, reason: "worried" } : screened;
  if (!verdict.ok) {
    const used = all.filter((t) => t.role === "santa").map((t) => t.text);
    const wishes = verdict.reason === "wish" ? ordinaryWishesIn(answered) : [];
    const language = languageOf(all.filter((t) => t.role === "child").map((t) => t.text));
    const context = { name: memory.childName, seed: `${message.conversationId}:${all.length}`, used, concern, wishes, language };
    // a concern this message completes is answered as one, whichever screen tripped
    const text = sure.length && verdict.reason !== "concern" ? careReply(sure, context) : safeReply(verdict, context);
    return { kind: "screened", verdict, text, concern, raised };
  }
  const care = concern.length && options.prompt.care ? `\n\n${options.prompt.care}` : "";
  return {
    kind: "model",
    concern,
    raised,
    request: {
      system: `${options.prompt.text}${care}\n\n${memoryNotes(memory, options.today)}`,
      turns: turnsFor(message, transcript, options.historyTokens),
      conversationId: message.conversationId,
      memory,
    },
  };
}
