import { describe, expect, it } from "vitest";
import { GroupCommit } from "./group-commit.js";

/** A writer that records each write and finishes it only when told. */
function gatedWriter() {
  const writes: number[][] = [];
  const open: (() => void)[] = [];
  let failNext: Error | undefined;
  const write = (items: number[]) =>
    new Promise<void>((resolve, reject) => {
      writes.push(items);
      const err = failNext;
      failNext = undefined;
      open.push(() => (err ? reject(err) : resolve()));
    });
  return { write, writes, finish: () => open.shift()?.(), fail: (e: Error) => (failNext = e) };
}

const settle = () => new Promise((r) => setImmediate(r));

describe("group commit", () => {
  it("writes what is handed in during one tick together", async () => {
    const w = gatedWriter();
    const group = new GroupCommit(w.write);
    const all = Promise.all([group.add([1]), group.add([2, 3]), group.add([4])]);
    await settle();
    w.finish();
    await all;
    expect(w.writes).toEqual([[1, 2, 3, 4]]);
  });

  it("writes what timers falling due in the same turn of the event loop hand in together", async () => {
    const w = gatedWriter();
    const group = new GroupCommit(w.write);
    // each timer's callback runs with its own microtasks: the chunks of three replies at once
    const handed = [1, 2, 3].map((n) => new Promise<void>((r) => setTimeout(() => r(group.add([n])), 0)));
    await new Promise((r) => setTimeout(r, 5));
    await settle();
    expect(w.writes).toEqual([[1, 2, 3]]);
    w.finish();
    await Promise.all(handed);
  });

  it("gathers what comes while a write is under way into the next one, in order, one write at a time", async () => {
    const w = gatedWriter();
    const group = new GroupCommit(w.write);
    const first = group.add([1]);
    await settle();
    const later = [group.add([2]), group.add([3])];
    await settle();
    // still one write under way: the others wait for it
    expect(w.writes).toEqual([[1]]);
    w.finish();
    await first;
    await settle();
    expect(w.writes).toEqual([[1], [2, 3]]);
    w.finish();
    await Promise.all(later);
  });

  it("fails the callers of a failed write and goes on with the next group", async () => {
    const w = gatedWriter();
    const group = new GroupCommit(w.write);
    w.fail(new Error("throttled"));
    const failed = [group.add([1]), group.add([2])];
    await settle();
    const next = group.add([3]);
    w.finish();
    await expect(Promise.all(failed)).rejects.toThrow("throttled");
    await settle();
    w.finish();
    await next;
    expect(w.writes).toEqual([[1, 2], [3]]);
  });
});
