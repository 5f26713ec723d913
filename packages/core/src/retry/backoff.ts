// kringle's one backoff: how long to wait before a retry, everywhere something is retried (appends,
// PutEvents, BatchWrite, the offline bus and event-source mappings, Santa's model calls).

export interface Backoff {
  /** the wait before the first retry */
  baseMs: number;
  /** no wait is longer than this */
  maxMs: number;
  /**
   * how much of the wait is random: 0 waits exactly, 0.5 waits between half and all of it, 1 is
   * "full jitter" (anywhere up to it). Spreading retries keeps many clients from retrying together.
   */
  jitter?: number;
}

/** The wait before retry `retry` (1 for the first): doubling from baseMs up to maxMs, with jitter. */
export function backoffMs(retry: number, backoff: Backoff, random: () => number = Math.random): number {
  const cap = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, retry - 1));
  const jitter = Math.min(1, Math.max(0, backoff.jitter ?? 0));
  return Math.round(cap * (1 - jitter) + cap * jitter * random());
}

/** Waits `ms`; an abort ends the wait early (the caller looks at the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
