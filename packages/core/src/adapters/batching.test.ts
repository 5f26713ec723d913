import type { PutEventsRequestEntry } from "@aws-sdk/client-eventbridge";
import { describe, expect, it } from "vitest";
import { batchBusEntries, BusPublishError, entrySize } from "./eventbridge-publisher.js";
import { batchEntries, EventLogError, retryInOrder } from "./kinesis-event-log.js";

const record = (bytes: number) => ({ Data: new Uint8Array(bytes), PartitionKey: "c" });

describe("PutRecords batches", () => {
  it("hold at most 500 records", () => {
    const batches = batchEntries(Array.from({ length: 1201 }, () => record(10)));
    expect(batches.map((b) => b.length)).toEqual([500, 500, 201]);
  });

  it("hold at most 5 MB", () => {
    const batches = batchEntries(Array.from({ length: 12 }, () => record(1000 * 1000)));
    expect(batches.map((b) => b.length)).toEqual([5, 5, 2]);
  });

  it("refuse a record over 1 MB", () => {
    expect(() => batchEntries([record(1024 * 1024)])).toThrow(EventLogError);
  });
});

describe("PutEvents batches", () => {
  const entry = (detailBytes: number): PutEventsRequestEntry => ({ Source: "kringle", DetailType: "message.sent", Detail: "x".repeat(detailBytes) });

  it("hold at most 10 entries", () => {
    expect(batchBusEntries(Array.from({ length: 23 }, () => entry(10))).map((b) => b.length)).toEqual([10, 10, 3]);
  });

  it("hold at most 256 KB as EventBridge counts it", () => {
    const big = entry(100 * 1024);
    expect(entrySize(big)).toBe(100 * 1024 + "kringle".length + "message.sent".length);
    expect(batchBusEntries([big, big, big]).map((b) => b.length)).toEqual([2, 1]);
  });

  it("refuse an event over 256 KB", () => {
    expect(() => batchBusEntries([entry(256 * 1024)])).toThrow(BusPublishError);
  });
});

describe("retrying a partly failed PutRecords", () => {
  it("sends each failed record again with every later record of its conversation, keeping their order", () => {
    const entry = (key: string, n: number) => ({ Data: new Uint8Array([n]), PartitionKey: key });
    const sent = [entry("a", 0), entry("b", 1), entry("a", 2), entry("b", 3), entry("c", 4), entry("a", 5)];
    const again = retryInOrder(sent, [false, true, false, false, false, false]);
    expect(again.map((e) => e.Data?.[0])).toEqual([1, 3]);
    expect(retryInOrder(sent, [false, false, true, false, true, false]).map((e) => e.Data?.[0])).toEqual([2, 4, 5]);
    expect(retryInOrder(sent, sent.map(() => false))).toEqual([]);
  });
});
