// Bounded retries with backoff for a model that fails before its first token (throttling, a
// transient error). Once text has streamed a retry would repeat it, so later errors pass through.
import { ModelError, type Model, type ModelEvent, type ModelRequest } from "./model.js";

export interface RetryPolicy {
  /** attempts in all, the first included */
  attempts: number;
  /** the first backoff; each retry doubles it, up to maxDelayMs, with full jitter */
  baseDelayMs: number;
  maxDelayMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

const sleeper = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });

/** The delay before retry `n` (1-based): full jitter over an exponentially growing cap. */
export function backoffMs(n: number, policy: Pick<RetryPolicy, "baseDelayMs" | "maxDelayMs">, random: () => number = Math.random): number {
  const cap = Math.min(policy.maxDelayMs ?? 5_000, policy.baseDelayMs * 2 ** (n - 1));
  return Math.round(cap / 2 + (random() * cap) / 2);
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
          await sleep(backoffMs(attempt, policy, policy.random), signal);
        }
      }
    },
  };
}
