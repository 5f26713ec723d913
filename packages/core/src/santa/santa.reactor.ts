// Runs one reply: screens the child's message, flags what it raised that needs a grown-up, asks
// the model (or gives the safe reply instead), screens the model's text (more strictly once the
// conversation is flagged) before any of it is appended, streams it into the log as coalesced
// reply.chunk events, and ends with reply.completed, or reply.failed so a partial reply is never
// shown as complete.
import { ChunkCoalescer } from "../events/chunk-coalescer.js";
import { parseEvent } from "../events/codec.js";
import type { RunScope } from "../events/ids.js";
import type { EventOf } from "../events/schemas.js";
import type { EventLog } from "../ports/index.js";
import type { Entry } from "../protocol/frames.js";
import { preciseNow, replyProbe } from "../telemetry/reply-probe.js";
import { approxTokens, ModelError, type Model, type ModelEvent, type Usage } from "./model.js";
import type { Prompt } from "./prompts.js";
import { careEnding, safeEnding } from "./safe-replies.js";
import { OutputGuard, screenCareOutput, screenMessage, screenOutput, type Verdict } from "./safety.js";
import { decideReply, planReply, replyChunk, replyCompleted, replyFailed, replyStarted, safetyFlagged, SAFETY_SCREEN_MODEL } from "./santa.decisions.js";

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
}

export type ReplyOutcome = { replyId: string; status: "completed" | "failed"; chunks: number };

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

export async function replyTo(message: EventOf<"message.sent">, deps: ReplierDeps): Promise<ReplyOutcome> {
  const now = deps.now ?? Date.now;
  // the reply is announced while the conversation is read: the screen alone decides who speaks
  const verdict = screenMessage(message.data);
  const plan = planReply(message, verdict.ok ? deps.model.id : SAFETY_SCREEN_MODEL, deps.prompt.version, deps.scope);
  const [history] = await Promise.all([deps.transcript(message.conversationId), deps.log.append([replyStarted(plan)])]);
  const decision = decideReply(message, history, {
    prompt: deps.prompt,
    historyTokens: deps.historyTokens ?? 1500,
    today: deps.today?.() ?? new Date(),
    verdict,
  });

  // the elves see at once that the conversation needs a human; a retry appends the same ids
  if (decision.raised.length) await deps.log.append(decision.raised.map((kind) => safetyFlagged(message, kind)));
  const caring = decision.concern.length > 0;

  const started = now();
  let firstTokenAt: number | undefined;
  const guard = new OutputGuard(caring ? (deps.careScreen ?? screenCareOutput) : (deps.screen ?? screenOutput));
  const coalescer = new ChunkCoalescer({
    maxChars: deps.chunking?.maxChars ?? 64,
    maxDelayMs: deps.chunking?.maxDelayMs ?? 50,
    emit: (chunk, seq) => deps.log.append([replyChunk(plan, seq, chunk)]),
  });
  const complete = async (stopReason: string, usage: Usage) => {
    // the last chunk and the completion go in one append
    const last = await coalescer.drain();
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
        const step = guard.end();
        if (!step.ok) return await endSafely();
        coalescer.push(step.release);
        return await complete(event.stopReason, event.usage);
      }
    }
    throw new ModelError("stream_ended", "the model stream ended without finishing", true);
  } catch (err) {
    coalescer.discard();
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
