import { describe, expect, it } from "vitest";
import { measureExtractorThroughput } from "./extractor-throughput.js";

describe("the offline extractor's throughput", () => {
  it("extracts the conversations asked for and reports a rate from the clock it is given", () => {
    let t = 0;
    const result = measureExtractorThroughput({ conversations: 12, now: () => (t += 6) });
    expect(result).toEqual({ conversations: 12, turns: 2 * (3 + 5 + 3 + 3 + 3 + 5), ms: 6, conversationsPerSecond: 2000 });
  });

  it("measures on the real clock", () => {
    const result = measureExtractorThroughput({ conversations: 300 });
    console.log(`offline extractor: ${Math.round(result.conversationsPerSecond)} conversations/s (${result.turns} turns in ${result.ms.toFixed(1)} ms)`);
    expect(result.conversationsPerSecond).toBeGreaterThan(0);
  });
});
