// Bounded retries with backoff for a model that fails before its first token (throttling, a
// transient error). Once text has streamed a retry would repeat it, so later errors pass through.
import { backoffMs, sleep as sleeper } from "../retry/backoff.js";
import { ModelError, type Model, type ModelEvent, type ModelRequest } from "./model.js";

export interface RetryPolicy {
  /** attempts in all, the first included */
  attempts: number;
  /** the first backoff; each retry doubles it, up to maxDelayMs (5 s), the second half of it random */
  baseDelayMs: number;
  maxDelayMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

export function withRetries(model: Model, policy: RetryPolicy): Model {
  const sleep = policy.sleep ?? sleeper;
  return {
    id: model.id,
    async *stream(request: ModelRequest, signal?: AbortSignal): AsyncIterable<ModelEvent> {
      for (let attempt = 1; ; attempt++) {
        let streamed = false;
        try {
          for await (const event of model.stream(request, signal)) {
            streamed = true;
            yield event;
          }
          return;
        } catch (err) {
          const retry = !streamed && err instanceof ModelError && err.retryable && attempt < policy.attempts && !signal?.aborted;
          if (!retry) throw err;
          await sleep(backoffMs(attempt, { baseMs: policy.baseDelayMs, maxMs: policy.maxDelayMs ?? 5_000, jitter: 0.5 }, policy.random), signal);
        }
      }
    },
  };
}
