import { describe, expect, it } from "vitest";
import type { Entry } from "../protocol/frames.js";
import { snapshotFrames } from "./transcript.snapshot.js";

const message = (position: number, text: string): Entry => ({ kind: "message", position, messageId: `m_${position}`, text, at: "2026-12-24T20:00:00.000Z" });
async function* pages(...ps: Entry[][]) {
  yield* ps;
}
async function frames(maxBytes: number, ...ps: Entry[][]) {
  const out = [];
  for await (const f of snapshotFrames("c_1", pages(...ps), maxBytes)) out.push(f);
  return out;
}

describe("snapshot frames", () => {
  it("cut entries across pages into frames within the limit, in order, the last complete", async () => {
    const entries = Array.from({ length: 6 }, (_, i) => message(i + 1, "x".repeat(100)));
    const out = await frames(400, entries.slice(0, 4), entries.slice(4));
    expect(out.map((f) => f.complete)).toEqual([false, false, true]);
    expect(out.flatMap((f) => f.entries)).toEqual(entries);
    for (const f of out) expect(Buffer.byteLength(JSON.stringify(f.entries))).toBeLessThan(400 + 50);
  });

  it("answer an empty transcript with one complete, empty frame", async () => {
    expect(await frames(400)).toEqual([{ type: "transcript.snapshot", conversationId: "c_1", entries: [], complete: true }]);
  });

  it("put an entry larger than the limit in a frame of its own rather than drop it", async () => {
    const big = message(1, "y".repeat(1000));
    const out = await frames(400, [message(2, "a"), big]);
    expect(out.map((f) => f.entries.length)).toEqual([1, 1]);
  });
});
