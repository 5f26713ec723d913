import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ChunkCoalescer } from "./chunk-coalescer.js";

describe("coalescing a token stream into chunks", () => {
  let emitted: [string, number][];
  let release: (() => void)[];
  const make = (slow = false) =>
    new ChunkCoalescer({
      maxChars: 10,
      maxDelayMs: 50,
      emit: async (text, seq) => {
        emitted.push([text, seq]);
        if (slow) await new Promise<void>((r) => release.push(r));
      },
    });

  beforeEach(() => {
    vi.useFakeTimers();
    emitted = [];
    release = [];
  });
  afterEach(() => vi.useRealTimers());

  it("sends the first text at once", () => {
    const c = make();
    c.push("Ho ");
    expect(emitted).toEqual([["Ho ", 0]]);
  });

  it("holds later text until the time window closes", async () => {
    const c = make();
    c.push("Ho ");
    await vi.advanceTimersByTimeAsync(0);
    c.push("ho ");
    c.push("ho!");
    expect(emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(49);
    expect(emitted).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(emitted).toEqual([["Ho ", 0], ["ho ho!", 1]]);
  });

  it("sends as soon as the size window fills", async () => {
    const c = make();
    c.push("a");
    await vi.advanceTimersByTimeAsync(0);
    c.push("12345");
    c.push("67890");
    await vi.advanceTimersByTimeAsync(0);
    expect(emitted).toEqual([["a", 0], ["1234567890", 1]]);
  });

  it("never overlaps emits: text arriving meanwhile goes out next, in order", async () => {
    const c = make(true);
    c.push("one ");
    c.push("two ");
    await vi.advanceTimersByTimeAsync(100);
    c.push("three");
    expect(emitted).toEqual([["one ", 0]]);
    release.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(emitted).toEqual([["one ", 0], ["two three", 1]]);
    release.shift()!();
    const done = c.end();
    await vi.advanceTimersByTimeAsync(0);
    await done;
    expect(c.chunks).toBe(2);
  });

  it("flushes what is left on end, and discards it when the reply failed", async () => {
    const c = make();
    c.push("a");
    c.push("b");
    await c.end();
    expect(emitted).toEqual([["a", 0], ["b", 1]]);

    emitted = [];
    const d = make();
    d.push("x");
    d.push("y");
    d.discard();
    await vi.advanceTimersByTimeAsync(100);
    expect(emitted).toEqual([["x", 0]]);
  });

  it("surfaces a failed emit", async () => {
    const c = new ChunkCoalescer({ maxChars: 10, maxDelayMs: 5, emit: () => Promise.reject(new Error("kinesis down")) });
    c.push("a");
    await vi.advanceTimersByTimeAsync(0);
    expect(() => c.push("b")).toThrow("kinesis down");
    await expect(c.end()).rejects.toThrow("kinesis down");
  });

  it("drains: waits for the emit under way and hands back the rest as the last chunk", async () => {
    const c = make(true);
    c.push("one ");
    c.push("two");
    const drained = c.drain();
    await vi.advanceTimersByTimeAsync(100);
    expect(emitted).toEqual([["one ", 0]]);
    release.shift()!();
    expect(await drained).toEqual({ text: "two", seq: 1 });
    expect(emitted).toEqual([["one ", 0]]);
    expect(c.chunks).toBe(2);
    expect(await c.drain()).toBeUndefined();
  });
});
