// The bench's per-call figure counts calls the stand-ins really served, and CPU that was really used.
import { describe, expect, it } from "vitest";
import { formatCallCosts, measureCallCosts } from "./call-cost.js";

describe("the cost of one service call", () => {
  it("is measured for each call, one and ten at a time, over calls the stand-ins answered", async () => {
    const costs = await measureCallCosts(100, 20);
    console.log(formatCallCosts(costs));
    // 20 warm-up calls before each measured 100, every one served
    expect(costs.map((c) => [c.call, c.concurrency, c.calls, c.served])).toEqual([
      ["DynamoDB PutItem (conditional, 400 B)", 1, 100, 120],
      ["DynamoDB GetItem (consistent)", 1, 100, 120],
      ["Kinesis PutRecords (1 record)", 1, 100, 120],
      ["DynamoDB PutItem (conditional, 400 B)", 10, 100, 120],
      ["DynamoDB GetItem (consistent)", 10, 100, 120],
      ["Kinesis PutRecords (1 record)", 10, 100, 120],
      ["PutItem, SDK client + bare server", 1, 100, 120],
      ["PutItem, plain HTTP + dynalite", 1, 100, 120],
      ["PutItem, SDK client + bare server", 10, 100, 120],
      ["PutItem, plain HTTP + dynalite", 10, 100, 120],
    ]);
    for (const c of costs) {
      expect(c.cpuMsPerCall).toBeGreaterThan(0);
      expect(c.callsPerSecond).toBeGreaterThan(0);
    }
  });
});
