import { describe, expect, it } from "vitest";
import { backoffMs, sleep } from "./backoff.js";

describe("backoff", () => {
  it.each([
    // retry, random, jitter, expected
    [1, 0, 0.5, 50],
    [1, 1, 0.5, 100],
    [3, 1, 0.5, 400],
    [10, 1, 0.5, 5000],
    [2, 0.5, 0, 200],
    [2, 0, 1, 0],
    [2, 0.25, 1, 50],
  ])("waits, before retry %i with random %d and jitter %d, %i ms", (retry, r, jitter, ms) => {
    expect(backoffMs(retry, { baseMs: 100, maxMs: 5000, jitter }, () => r)).toBe(ms);
  });

  it("never waits longer than its cap, however many retries", () => {
    expect(backoffMs(60, { baseMs: 10, maxMs: 2000 })).toBe(2000);
  });

  it("a sleep ends early when its signal aborts", async () => {
    const abort = new AbortController();
    const slept = sleep(60_000, abort.signal);
    abort.abort();
    await expect(slept).resolves.toBeUndefined();
  });
});
