// Runs one reply: waits while another reply of the conversation is being written, skips a message
// the child has written again since (the later reply answers both), screens what the child wrote
// since Santa last spoke, flags what it raised that needs a grown-up, asks
// the model (or gives the safe reply instead), screens the model's text (more strictly once the
// conversation is flagged) before any of it is appended, streams it into the log as coalesced
// reply.chunk events, and ends with reply.completed, or reply.failed so a partial reply is never
// shown as complete.
import { ChunkCoalescer } from "../events/chunk-coalescer.js";
import { parseEvent } from "../events/codec.js";
import { derivedId, LIVE, type RunScope } from "../events/ids.js";
import type { EventOf } from "../events/schemas.js";
import type { EventLog } from "../ports/index.js";
import type { Entry } from "../protocol/frames.js";
import { preciseNow, replyProbe } from "../telemetry/reply-probe.js";
import { approxTokens, ModelError, type Model, type ModelEvent, type Usage } from "./model.js";
import type { Prompt } from "./prompts.js";
import { careEnding, safeEnding } from "./safe-replies.js";
import { backoffMs, sleep } from "../retry/backoff.js";
import type { ReplyLock } from "./reply-lock.js";
import { replyTurn } from "./reply-queue.js";
import { OutputGuard, screenCareOutput, screenOutput, type Verdict } from "./safety.js";
import { decideReply, planReply, replyChunk, replyCompleted, replyFailed, replyStarted, safetyFlagged, skipped, SAFETY_SCREEN_MODEL } from "./santa.decisions.js";

export interface ReplierDeps {
  log: EventLog;
  model: Model;
  prompt: Prompt;
  /** the conversation so far, from the transcript projection */
  transcript: (conversationId: string) => Promise<Entry[]>;
  /** history budget in approximate tokens (4 characters a token); 1500 by default */
  historyTokens?: number;
  chunking?: { maxChars: number; maxDelayMs: number };
  /** the output screen; the offline rules by default */
  screen?: (text: string) => Verdict;
  /** the output screen once the conversation is flagged; the offline care rules by default */
  careScreen?: (text: string) => Verdict;
  now?: () => number;
  today?: () => Date;
  /** live by default; a replay run names its own, so its ids never meet the live ones */
  scope?: RunScope;
  /**
   * while another reply of the conversation is being written: how often to look again, and how
   * long to wait at most (a reply cut off by a crash may stay "streaming" until its retry)
   */
  queue?: { pollMs?: number; giveUpMs?: number };
  /**
   * one reply at a time per conversation, also when two reactions read the transcript at once;
   * without it (a replay, which replies in turn) the transcript alone keeps replies apart
   */
  lock?: ReplyLock;
}

/** a reply is at most a few hundred tokens; Santa's function has 120 s */
const GIVE_UP_WAITING_MS = 60_000;
/** a read made ahead is as good as one made now for this long (the idempotency record's write) */
const READ_AHEAD_FRESH_MS = 1_000;
/** the longest a reaction lives: a claim outlives no reply, and a crashed holder's lapses */
const HOLD_MS = 120_000;

export type ReplyOutcome =
  | { replyId: string; status: "completed" | "failed"; chunks: number }
  /** the child wrote again before this message was answered: the later reply answers it */
  | { replyId: string; status: "skipped"; laterMessageId: string };

/** stopReason of a reply the output screen cut short and ended safely */
export const CONTENT_FILTERED = "content_filtered";
/** stopReason of the safe reply given when the input screen stopped the child's message */
export const INPUT_SCREENED = "input_screened";
/** error of a reply ended by something other than the model (the log, the table, a bug) */
export const INTERRUPTED = "interrupted";

/** The safe reply, streamed like a model's. */
async function* spoken(text: string): AsyncIterable<ModelEvent> {
  for (const word of text.split(/(?<= )/)) yield { type: "text", text: word };
  yield { type: "done", stopReason: INPUT_SCREENED, usage: { input: 0, output: approxTokens(text) } };
}

export class NotAMessageError extends Error {
  readonly code = "not_a_message";
}

/** The child's message a bus event carries; anything else will not get better on retry. */
export function messageFrom(detail: unknown): EventOf<"message.sent"> {
  const parsed = parseEvent(detail);
  if (!parsed.ok) throw new NotAMessageError(parsed.error.message);
  if (parsed.event.type !== "message.sent") throw new NotAMessageError(`santa reacts to message.sent, not ${parsed.event.type}`);
  return parsed.event;
}

type Turn =
  | { kind: "skip"; laterMessageId: string; history: Entry[] }
  /** `claimed`: this reaction holds the conversation's lock (until its reply ends) */
  | { kind: "reply"; history: Entry[]; claimed: boolean };

/** The conversation's last reply, if it has ended: whatever hold it had on the lock is over. */
function lastEnded(history: readonly Entry[]): string | undefined {
  const last = history.findLast((e) => e.kind === "reply");
  return last?.kind === "reply" && last.status !== "streaming" ? last.replyId : undefined;
}

/** Reads the conversation until it is this message's turn, or it needs no reply of its own. */
async function whenItsTurn(message: EventOf<"message.sent">, replyId: string, deps: ReplierDeps): Promise<Turn> {
  const since = Date.now();
  const giveUpMs = deps.queue?.giveUpMs ?? GIVE_UP_WAITING_MS;
  const { conversationId } = message;
  for (let attempt = 1; ; attempt++) {
    const history = await deps.transcript(conversationId);
    const turn = replyTurn(message.data.messageId, replyId, history);
    if (turn.kind === "skip") return { kind: "skip", laterMessageId: turn.laterMessageId, history };
    if (turn.kind === "resume") return { kind: "reply", history, claimed: false };
    // a reaction that read the transcript beside this one may be about to reply: one of them waits
    if (turn.kind === "reply" && (!deps.lock || (await deps.lock.claim(conversationId, replyId, HOLD_MS, lastEnded(history))))) {
      return { kind: "reply", history, claimed: deps.lock !== undefined };
    }
    // the reply waited for never ended (its retries ran out): this message is answered anyway
    if (Date.now() - since >= giveUpMs) return { kind: "reply", history, claimed: false };
    // most waits are for the transcript to show a reply that just completed (its save lands a few
    // ms after the child saw it): look again soon, then less often while a reply is really written
    await sleep(backoffMs(attempt, { baseMs: deps.queue?.pollMs ?? 20, maxMs: 400, jitter: 0.2 }));
  }
}

/**
 * The same deps with the conversation's first read started now: a host that has something to do
 * first (its idempotency record) lets the read go out beside it, and Santa's first look at the
 * conversation takes that read; every later look, and any other conversation, reads anew.
 */
export function readingAhead(deps: ReplierDeps, conversationId: string, freshForMs = READ_AHEAD_FRESH_MS): ReplierDeps {
  const now = deps.now ?? Date.now;
  const since = now();
  let ahead: Promise<Entry[]> | undefined = deps.transcript(conversationId);
  // a run that never looks (an event answered already) leaves it; the first look sees any failure
  ahead.catch(() => undefined);
  const transcript = (id: string) => {
    // a look long after the read went out reads what is there now
    if (!ahead || id !== conversationId || now() - since > freshForMs) return deps.transcript(id);
    const read = ahead;
    ahead = undefined;
    return read;
  };
  return { ...deps, transcript };
}

export async function replyTo(message: EventOf<"message.sent">, deps: ReplierDeps): Promise<ReplyOutcome> {
  const replyId = derivedId(message.id, "reply", 0, deps.scope ?? LIVE);
  const turn = await whenItsTurn(message, replyId, deps);
  if (turn.kind === "skip") {
    // a redelivery finds the same later message and appends the same ids
    await deps.log.append(skipped(message, turn.laterMessageId, turn.history, deps.scope));
    return { replyId, status: "skipped", laterMessageId: turn.laterMessageId };
  }
  try {
    // a hold ends with its reply: the next claimer reads it ended in the transcript, so a reply
    // that ends costs no release
    return await speak(message, turn.history, deps);
  } catch (err) {
    // ended by nothing the transcript will show (the reaction is retried): given back, so the
    // next message need not wait for the claim to lapse
    if (turn.claimed) await deps.lock?.release(message.conversationId, replyId).catch(() => undefined);
    throw err;
  }
}

/** Writes the reply to everything the child wrote since Santa last spoke, this message last. */
async function speak(message: EventOf<"message.sent">, history: Entry[], deps: ReplierDeps): Promise<ReplyOutcome> {
  const now = deps.now ?? Date.now;
  const decision = decideReply(message, history, {
    prompt: deps.prompt,
    historyTokens: deps.historyTokens ?? 1500,
    today: deps.today?.() ?? new Date(),
  });
  const plan = planReply(message, decision.kind === "model" ? deps.model.id : SAFETY_SCREEN_MODEL, deps.prompt.version, deps.scope);
  // the elves see at once that the conversation needs a human; a retry appends the same ids. The
  // model is asked while this is appended (its first words take longer than the append), and
  // nothing of the reply is appended before it is
  const start = deps.log.append([replyStarted(plan), ...decision.raised.map((kind) => safetyFlagged(message, kind))]);
  start.catch(() => undefined); // awaited before any chunk, and where the reply ends
  const caring = decision.concern.length > 0;

  const started = now();
  let firstTokenAt: number | undefined;
  const guard = new OutputGuard(caring ? (deps.careScreen ?? screenCareOutput) : (deps.screen ?? screenOutput));
  const coalescer = new ChunkCoalescer({
    maxChars: deps.chunking?.maxChars ?? 64,
    maxDelayMs: deps.chunking?.maxDelayMs ?? 50,
    emit: async (chunk, seq) => {
      await start;
      await deps.log.append([replyChunk(plan, seq, chunk)]);
    },
  });
  const complete = async (stopReason: string, usage: Usage) => {
    // the last chunk and the completion go in one append
    const last = await coalescer.drain();
    await start;
    const end = now();
    const ttftMs = (firstTokenAt ?? end) - started;
    const completed = replyCompleted(plan, { text: guard.released, stopReason, usage, ttftMs, totalMs: end - started });
    await deps.log.append(last ? [replyChunk(plan, last.seq, last.text), completed] : [completed]);
    return { replyId: plan.replyId, status: "completed" as const, chunks: coalescer.chunks };
  };
  // the screen stopped the model's text: what was released stays, and a kind sentence ends the reply
  const endSafely = () => {
    coalescer.push(guard.finish(caring ? careEnding(plan.replyId) : safeEnding(plan.replyId)));
    const input = decision.kind === "model" ? approxTokens(decision.request.system + decision.request.turns.map((t) => t.text).join("")) : 0;
    return complete(CONTENT_FILTERED, { input, output: approxTokens(guard.released) });
  };

  const abort = new AbortController();
  try {
    const events = decision.kind === "model" ? deps.model.stream(decision.request, abort.signal) : spoken(decision.text);
    for await (const event of events) {
      if (event.type === "text") {
        if (firstTokenAt === undefined) {
          firstTokenAt = now();
          replyProbe.firstToken({ conversationId: message.conversationId, replyId: plan.replyId, inReplyTo: message.data.messageId, at: preciseNow() });
        }
        const step = guard.push(event.text);
        if (!step.ok) {
          abort.abort();
          return await endSafely();
        }
        coalescer.push(step.release);
      } else {
        replyProbe.lastToken({ conversationId: message.conversationId, replyId: plan.replyId, inReplyTo: message.data.messageId, at: preciseNow() });
        const step = guard.end();
        if (!step.ok) return await endSafely();
        coalescer.push(step.release);
        return await complete(event.stopReason, event.usage);
      }
    }
    throw new ModelError("stream_ended", "the model stream ended without finishing", true);
  } catch (err) {
    coalescer.discard();
    // not even the start was recorded: nothing of the reply is in the log, so the whole reaction is
    // retried, as if the model had not been asked (with the model's own error, if it had one too)
    const unstarted = await start.then(
      () => undefined,
      (startErr: unknown) => startErr ?? new Error("reply.started could not be appended"),
    );
    if (unstarted !== undefined) throw unstarted === err ? err : new AggregateError([unstarted, err], "reply.started could not be appended");
    // Santa has started speaking: whatever went wrong ends the reply as failed, visibly (the child
    // can ask again) rather than leaving it streaming; only if even that cannot be recorded is
    // the whole reaction retried
    const [code, retryable] = err instanceof ModelError ? [err.code, err.retryable] : [INTERRUPTED, true];
    try {
      await deps.log.append([replyFailed(plan, code, retryable)]);
    } catch {
      throw err;
    }
    return { replyId: plan.replyId, status: "failed", chunks: coalescer.chunks };
  }
}
