// The Kinesis event log against the stand-in: appends made at the same moment share calls and
// keep each conversation's order; a record too large fails only its own append.
import { rmSync } from "node:fs";
import { GetRecordsCommand, GetShardIteratorCommand } from "@aws-sdk/client-kinesis";
import { decodeEvent, EventLogError, KinesisEventLog, makeEvent, type KringleEvent } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDataDir } from "../testing/test-kringle.js";
import { startKinesis, type KinesisStandIn } from "./kinesis.js";
import { makeRunCredentials } from "./run-credentials.js";

let dir: string;
let kinesis: KinesisStandIn;

beforeAll(async () => {
  dir = tempDataDir();
  const credentials = makeRunCredentials();
  kinesis = await startKinesis({ path: dir, streamName: "events", shards: 2, credentials, acceptedKeyIds: [credentials.accessKeyId] });
});
afterAll(async () => {
  await kinesis.close();
  rmSync(dir, { recursive: true, force: true });
});

async function readAll(): Promise<KringleEvent[]> {
  const events: KringleEvent[] = [];
  for (const ShardId of kinesis.shardIds) {
    const it = await kinesis.client.send(new GetShardIteratorCommand({ StreamName: "events", ShardId, ShardIteratorType: "TRIM_HORIZON" }));
    const out = await kinesis.client.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator, Limit: 10_000 }));
    for (const r of out.Records ?? []) {
      const decoded = decodeEvent(r.Data!);
      if (decoded.ok) events.push(decoded.event);
    }
  }
  return events;
}

const chunk = (conversationId: string, seq: number) => makeEvent("reply.chunk", conversationId, { replyId: `r_${conversationId}`, seq, text: `${seq} ` });

describe("the Kinesis event log", () => {
  it("sends appends made while a call is under way together, each conversation in the order appended", async () => {
    const log = new KinesisEventLog(kinesis.client, { streamName: "events" });
    const before = (await kinesis.calls()).PutRecords ?? 0;
    const conversations = ["c_group_a", "c_group_b", "c_group_c", "c_group_d", "c_group_e"];
    // 5 replies streaming at once, 20 chunks each, every chunk its own append
    await Promise.all(Array.from({ length: 100 }, (_, i) => log.append([chunk(conversations[i % 5]!, Math.floor(i / 5))])));
    const calls = ((await kinesis.calls()).PutRecords ?? 0) - before;
    const events = (await readAll()).filter((e) => e.conversationId.startsWith("c_group_"));
    expect(events).toHaveLength(100);
    for (const c of conversations) {
      const seqs = events.filter((e) => e.conversationId === c).map((e) => (e.type === "reply.chunk" ? e.data.seq : -1));
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i));
    }
    console.log(`group commit: 100 appends at once took ${calls} PutRecords call(s)`);
    expect(calls).toBeLessThan(100);
  });

  it("fails only the append whose record is too large", async () => {
    const log = new KinesisEventLog(kinesis.client, { streamName: "events" });
    const huge = makeEvent("reply.chunk", "c_huge", { replyId: "r_huge", seq: 0, text: "x".repeat(1024 * 1024) });
    const results = await Promise.allSettled([log.append([chunk("c_ok", 0)]), log.append([huge]), log.append([chunk("c_ok", 1)])]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(EventLogError);
    expect((await readAll()).filter((e) => e.conversationId === "c_ok")).toHaveLength(2);
  });
});
