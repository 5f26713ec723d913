import { describe, expect, it } from "vitest";
import { bucketsToTake } from "./message-intake.js";
import { admit, configuredRateLimit, type RateLimit } from "./rate-limit.js";

const limit: RateLimit = { burst: 5, everyMs: 2000 };

/** Runs arrivals at the given times through one bucket; what each was answered. */
function arrivals(times: number[]): (true | number)[] {
  let tat: number | undefined;
  return times.map((t) => {
    const a = admit(tat, t, limit);
    if (!a.allowed) return a.retryAfterMs;
    tat = a.tatMs;
    return true;
  });
}

describe("admit (GCRA)", () => {
  it("given a quiet bucket, when six arrive at once, then five pass and the sixth waits one interval", () => {
    expect(arrivals([0, 0, 0, 0, 0, 0])).toEqual([true, true, true, true, true, 2000]);
  });

  it("given a spent burst, when one arrives an interval later, then it passes and the next waits", () => {
    expect(arrivals([0, 0, 0, 0, 0, 2000, 2000])).toEqual([true, true, true, true, true, true, 2000]);
  });

  it("given a steady sender at the rate, then every message passes", () => {
    expect(arrivals(Array.from({ length: 20 }, (_, i) => i * 2000))).toEqual(Array(20).fill(true));
  });

  it("given a refused arrival, then it takes nothing: retrying after retryAfterMs passes", () => {
    const out = arrivals([0, 0, 0, 0, 0, 500, 2000]);
    expect(out).toEqual([true, true, true, true, true, 1500, true]);
  });

  it("given a long quiet spell, then the whole burst is back, no more", () => {
    expect(arrivals([0, 0, 0, 0, 0, 60_000, 60_000, 60_000, 60_000, 60_000, 60_000])).toEqual([
      ...Array(10).fill(true),
      2000,
    ]);
  });
});

describe("configuredRateLimit", () => {
  it("takes KRINGLE_RATE_BURST and KRINGLE_RATE_EVERY_MS over the wiring's", () => {
    expect(configuredRateLimit(limit, {})).toEqual(limit);
    expect(configuredRateLimit(limit, { KRINGLE_RATE_BURST: "10", KRINGLE_RATE_EVERY_MS: "500" })).toEqual({ burst: 10, everyMs: 500 });
  });

  it("refuses a value that is not a positive integer, naming the variable", () => {
    expect(() => configuredRateLimit(limit, { KRINGLE_RATE_BURST: "0" })).toThrow(/KRINGLE_RATE_BURST/);
    expect(() => configuredRateLimit(limit, { KRINGLE_RATE_EVERY_MS: "fast" })).toThrow(/KRINGLE_RATE_EVERY_MS/);
  });
});

describe("a conversation's bucket keeps its connections' limit (why the intake takes it alone)", () => {
  it("given random arrivals from three connections of one conversation, every message the conversation admits its connection's bucket admits too", () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      let t = 0;
      const sent = Array.from({ length: 40 }, () => ({ at: (t += Math.floor(random() * 1500)), connection: Math.floor(random() * 3) }));
      let conversation: number | undefined;
      const admitted = sent.filter(({ at }) => {
        const a = admit(conversation, at, limit);
        if (a.allowed) conversation = a.tatMs;
        return a.allowed;
      });
      for (const c of [0, 1, 2]) expect(arrivals(admitted.filter((m) => m.connection === c).map((m) => m.at)).every((a) => a === true)).toBe(true);
    }
  });

  it("takes the conversation's bucket alone where both are named, and a connection's where only it is", () => {
    expect(bucketsToTake(["connection", "conversation"])).toEqual(["conversation"]);
    expect(bucketsToTake(["connection"])).toEqual(["connection"]);
    expect(bucketsToTake([])).toEqual([]);
  });
});
