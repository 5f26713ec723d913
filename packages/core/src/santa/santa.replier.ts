// Runs one reply: asks the model, streams its text into the log as coalesced reply.chunk events,
// and ends with reply.completed, or reply.failed so a partial reply is never shown as complete.
import { ChunkCoalescer } from "../events/chunk-coalescer.js";
import type { EventOf } from "../events/schemas.js";
import type { EventLog } from "../ports/index.js";
import type { Entry } from "../protocol/frames.js";
import { ModelError, type Model } from "./model.js";
import { planReply, replyChunk, replyCompleted, replyFailed, replyStarted, turnsFor } from "./santa.reactor.js";

export interface ReplierDeps {
  log: EventLog;
  model: Model;
  prompt: { version: string; text: string };
  /** the conversation so far, from the transcript projection */
  transcript: (conversationId: string) => Promise<Entry[]>;
  chunking?: { maxChars: number; maxDelayMs: number };
  now?: () => number;
}

export type ReplyOutcome = { replyId: string; status: "completed" | "failed"; chunks: number };

export async function replyTo(message: EventOf<"message.sent">, deps: ReplierDeps): Promise<ReplyOutcome> {
  const now = deps.now ?? Date.now;
  const plan = planReply(message, deps.model.id, deps.prompt.version);
  const history = await deps.transcript(message.conversationId);
  await deps.log.append([replyStarted(plan)]);

  const started = now();
  let firstTokenAt: number | undefined;
  let text = "";
  const coalescer = new ChunkCoalescer({
    maxChars: deps.chunking?.maxChars ?? 64,
    maxDelayMs: deps.chunking?.maxDelayMs ?? 50,
    emit: (chunk, seq) => deps.log.append([replyChunk(plan, seq, chunk)]),
  });
  try {
    const request = { system: deps.prompt.text, turns: turnsFor(message, history), conversationId: message.conversationId };
    for await (const event of deps.model.stream(request)) {
      if (event.type === "text") {
        firstTokenAt ??= now();
        text += event.text;
        coalescer.push(event.text);
      } else {
        await coalescer.end();
        const end = now();
        await deps.log.append([
          replyCompleted(plan, {
            text,
            stopReason: event.stopReason,
            usage: event.usage,
            ttftMs: (firstTokenAt ?? end) - started,
            totalMs: end - started,
          }),
        ]);
        return { replyId: plan.replyId, status: "completed", chunks: coalescer.chunks };
      }
    }
    throw new ModelError("stream_ended", "the model stream ended without finishing", true);
  } catch (err) {
    coalescer.discard();
    if (!(err instanceof ModelError)) throw err;
    await deps.log.append([replyFailed(plan, err.code, err.retryable)]);
    return { replyId: plan.replyId, status: "failed", chunks: coalescer.chunks };
  }
}
