// The emulated event-source mapping against kinesalite: order, checkpoints, partial batch
// failure, bisect on error, bounded retries then the dead letter, filters, restart.
import { join } from "node:path";
import { PutRecordsCommand } from "@aws-sdk/client-kinesis";
import { documentClient, DynamoDeadLetters, wiring, type ConsumerDef } from "@kringle/core";
import type { KinesisStreamBatchResponse, KinesisStreamRecord } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDynamo, type DynamoStandIn } from "../stand-ins/dynamo.js";
import { startKinesis, type KinesisStandIn } from "../stand-ins/kinesis.js";
import { tempDataDir } from "../testing/test-kringle.js";
import { waitUntil } from "../testing/wait-until.js";
import { Checkpoints } from "./checkpoints.js";
import { ShardPoller } from "./kinesis-event-source.js";
import { makeRunCredentials } from "../stand-ins/run-credentials.js";

const credentials = makeRunCredentials();
const access = { credentials, acceptedKeyIds: [credentials.accessKeyId] };

let dir: string;
let kinesis: KinesisStandIn;
let dynamo: DynamoStandIn;
let deadLetters: DynamoDeadLetters;
let stream = 0;

beforeAll(async () => {
  dir = tempDataDir();
  kinesis = await startKinesis({ path: join(dir, "kinesis"), streamName: "unused", shards: 1, ...access });
  dynamo = await startDynamo({ path: join(dir, "dynamo"), tables: { deadletters: wiring.tables.deadletters }, ...access });
  deadLetters = new DynamoDeadLetters(documentClient(dynamo.client), "deadletters");
});
afterAll(async () => {
  await kinesis.close();
  await dynamo.close();
});

const consumer = (extra: Partial<ConsumerDef> = {}): ConsumerDef => ({
  function: "test",
  description: "test",
  batchSize: 10,
  startingPosition: "TRIM_HORIZON",
  maxBatchingWindowSeconds: 0,
  retryAttempts: 2,
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  enhancedFanOut: false,
  ...extra,
});

const text = (r: KinesisStreamRecord) => Buffer.from(r.kinesis.data, "base64").toString();

/** A fresh one-shard stream holding `items`, and a poller over it. */
async function setUp(
  items: string[],
  def: ConsumerDef,
  invoke: (records: KinesisStreamRecord[]) => Promise<unknown>,
  name = `s${++stream}`,
  safetyReadMs?: number,
) {
  const own = await startKinesis({ path: join(dir, `k-${name}`), streamName: name, shards: 1, ...access });
  await own.client.send(new PutRecordsCommand({ StreamName: name, Records: items.map((t) => ({ Data: Buffer.from(t), PartitionKey: "p" })) }));
  const checkpoints = new Checkpoints(join(dir));
  const errors: string[] = [];
  const make = () =>
    new ShardPoller({
      name,
      def,
      kinesis: own.client,
      streamName: name,
      streamArn: `arn:aws:kinesis:us-east-1:000000000000:stream/${name}`,
      region: "us-east-1",
      shardId: own.shardIds[0]!,
      invoke: (event) => invoke(event.Records),
      checkpoints,
      deadLetters,
      idlePollMs: 10,
      retryBaseMs: 1,
      safetyReadMs,
      onError: (m) => errors.push(m),
    });
  const poller = make();
  own.onAppend((records) => poller.announce(records));
  poller.start();
  return { own, poller, make, checkpoints, errors, name };
}

describe("the Kinesis event-source mapping", () => {
  it("delivers every record once, in order, and checkpoints the last", async () => {
    const seen: string[] = [];
    let lastSequence = "";
    const items = Array.from({ length: 25 }, (_, i) => `r${i}`);
    const { own, poller, checkpoints, name } = await setUp(items, consumer(), async (records) => {
      seen.push(...records.map(text));
      lastSequence = records.at(-1)!.kinesis.sequenceNumber;
    });
    await waitUntil(() => poller.caughtUp && seen.length === 25);
    expect(seen).toEqual(items);
    expect(checkpoints.get(name, own.shardIds[0]!)).toBe(lastSequence);
    await poller.stop();
    await own.close();
  });

  it("retries from the first reported failure, keeping what succeeded before it", async () => {
    const calls: string[][] = [];
    let failedOnce = false;
    const { own, poller } = await setUp(["a", "b", "c", "d", "e"], consumer(), async (records): Promise<KinesisStreamBatchResponse> => {
      calls.push(records.map(text));
      const c = records.find((r) => text(r) === "c");
      if (c && !failedOnce) {
        failedOnce = true;
        return { batchItemFailures: [{ itemIdentifier: c.kinesis.sequenceNumber }] };
      }
      return { batchItemFailures: [] };
    });
    await waitUntil(() => poller.caughtUp && calls.length === 2);
    expect(calls).toEqual([["a", "b", "c", "d", "e"], ["c", "d", "e"]]);
    await poller.stop();
    await own.close();
  });

  it("bisects a failing batch down to the poison record, parks it after the retries and moves on", async () => {
    const processed: string[] = [];
    let poisonAttempts = 0;
    const items = ["a", "b", "c", "poison", "e", "f", "g", "h"];
    const { own, poller, name } = await setUp(items, consumer({ retryAttempts: 2 }), async (records) => {
      if (records.some((r) => text(r) === "poison")) {
        if (records.length === 1) poisonAttempts++;
        throw new Error("cannot digest");
      }
      processed.push(...records.map(text));
    });
    await waitUntil(() => poller.caughtUp && processed.length === 7, { what: "the healthy records" });
    expect(processed).toEqual(["a", "b", "c", "e", "f", "g", "h"]);
    expect(poisonAttempts).toBe(3);
    const letters = await deadLetters.list(`consumer:${name}`);
    expect(letters).toHaveLength(1);
    expect(Buffer.from(letters[0]!.payload, "base64").toString()).toBe("poison");
    expect(letters[0]!.reason).toMatch(/cannot digest.*after 3 attempts/);
    await poller.stop();
    await own.close();
  });

  it("without bisect, parks the whole failing batch after its retries", async () => {
    let attempts = 0;
    const { own, poller, name } = await setUp(["x", "y"], consumer({ retryAttempts: 1, bisectBatchOnError: false }), async () => {
      attempts++;
      throw new Error("down");
    });
    await waitUntil(async () => poller.caughtUp && (await deadLetters.list(`consumer:${name}`)).length === 2);
    expect(attempts).toBe(2);
    await poller.stop();
    await own.close();
  });

  it("delivers only the records its filter matches", async () => {
    const seen: string[] = [];
    const items = [{ type: "reply.chunk" }, { type: "message.sent" }, "not json", { type: "reply.completed" }].map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
    const { own, poller } = await setUp(items, consumer({ filters: [{ data: { type: [{ "anything-but": ["reply.chunk"] }] } }] }), async (records) => {
      seen.push(...records.map(text));
    });
    await waitUntil(() => poller.caughtUp && seen.length === 2);
    expect(seen.map((s) => JSON.parse(s).type)).toEqual(["message.sent", "reply.completed"]);
    await poller.stop();
    await own.close();
  });

  it("woken by an append, reads once: a read that reached the shard's end is not followed by one finding it empty", async () => {
    const seen: string[] = [];
    // no safety read during the test: every read is one an append asked for
    const { own, poller, name } = await setUp(["first"], consumer(), async (r) => void seen.push(...r.map(text)), undefined, 60_000);
    await waitUntil(() => poller.caughtUp && seen.length === 1);
    const reads = async () => (await own.calls()).GetRecords ?? 0;
    for (const item of ["second", "third"]) {
      const before = await reads();
      await own.client.send(new PutRecordsCommand({ StreamName: name, Records: [{ Data: Buffer.from(item), PartitionKey: "p" }] }));
      await waitUntil(() => poller.caughtUp && seen.at(-1) === item, { what: item });
      expect(await reads()).toBe(before + 1);
    }
    expect(seen).toEqual(["first", "second", "third"]);
    await poller.stop();
    await own.close();
  });

  it("with a filter, a shard busy only with records it does not want backs its safety reads off and still moves its checkpoint on", async () => {
    const seen: string[] = [];
    const chunk = JSON.stringify({ type: "reply.chunk" });
    const def = consumer({ batchSize: 1000, filters: [{ data: { type: ["message.sent"] } }] });
    const { own, poller, name, checkpoints } = await setUp([chunk], def, async (r) => void seen.push(...r.map(text)), undefined, 50);
    await waitUntil(() => poller.caughtUp);
    const readsAt: number[] = [];
    const send = own.client.send.bind(own.client);
    own.client.send = ((command: { constructor: { name: string } }) => {
      if (command.constructor.name === "GetRecordsCommand") readsAt.push(Date.now());
      return send(command as never);
    }) as typeof own.client.send;
    let last: string | undefined;
    while (readsAt.length < 5) {
      const out = await send(new PutRecordsCommand({ StreamName: name, Records: [{ Data: Buffer.from(chunk), PartitionKey: "p" }] }));
      last = out.Records?.[0]?.SequenceNumber;
      await new Promise((r) => setTimeout(r, 10));
    }
    // every read found unwanted records; none counts as traffic, so each wait doubles (50, 100,
    // 200, 400 ms), and none is followed at once by a read finding the shard empty
    const gaps = readsAt.slice(1).map((at, i) => at - readsAt[i]!);
    // (a wait runs from when a read starts; the calls are timed a few ms later, so allow 10 %)
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(0.9 * Math.min(50 * 2 ** (i + 1), 400)));
    await waitUntil(() => checkpoints.get(name, own.shardIds[0]!) === last, { what: "the checkpoint past the last chunk" });
    expect(seen).toEqual([]);
    await poller.stop();
    await own.close();
  });

  it("resumes after a restart from its checkpoint: nothing lost, nothing twice", async () => {
    const seen: string[] = [];
    const { own, poller, make, name, checkpoints } = await setUp(["1", "2", "3"], consumer(), async (records) => {
      seen.push(...records.map(text));
    });
    await waitUntil(() => poller.caughtUp && seen.length === 3);
    await poller.stop();
    checkpoints.flush();
    await own.client.send(new PutRecordsCommand({ StreamName: name, Records: ["4", "5"].map((t) => ({ Data: Buffer.from(t), PartitionKey: "p" })) }));
    const again = make();
    again.start();
    await waitUntil(() => again.caughtUp && seen.length >= 5);
    expect(seen).toEqual(["1", "2", "3", "4", "5"]);
    // a poller reading the checkpoint file afresh agrees
    await again.stop();
    checkpoints.flush();
    const reread = new Checkpoints(dir);
    expect(reread.get(name, own.shardIds[0]!)).toBe(checkpoints.get(name, own.shardIds[0]!));
    await own.close();
  });

  it("with enhanced fan-out, is pushed the records appended while it works: none lost, none twice, in order", async () => {
    const seen: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // no safety read during the test: every record after the first read must come pushed
    const gated = async (records: KinesisStreamRecord[]) => {
      seen.push(...records.map(text));
      await gate;
    };
    const { own, poller, name } = await setUp(["first"], consumer({ enhancedFanOut: true, batchSize: 5 }), gated, undefined, 60_000);
    await waitUntil(() => seen.length === 1);
    // watch what the poller asks the stream from here on
    const calls: string[] = [];
    const send = own.client.send.bind(own.client);
    own.client.send = ((command: { constructor: { name: string } }) => {
      calls.push(command.constructor.name);
      return send(command as never);
    }) as typeof own.client.send;
    // appended while the first batch is still being processed, in several calls
    for (let i = 0; i < 4; i++) {
      await own.client.send(
        new PutRecordsCommand({ StreamName: name, Records: [0, 1, 2].map((j) => ({ Data: Buffer.from(`r${i * 3 + j}`), PartitionKey: "p" })) }),
      );
    }
    release();
    await waitUntil(() => poller.caughtUp && seen.length === 13, { what: "all 13 records" });
    expect(seen).toEqual(["first", ...Array.from({ length: 12 }, (_, i) => `r${i}`)]);
    // and the next appends arrive without a poll: nothing waits for the once-a-second read
    await own.client.send(new PutRecordsCommand({ StreamName: name, Records: [{ Data: Buffer.from("late"), PartitionKey: "p" }] }));
    await waitUntil(() => seen.at(-1) === "late", { what: "the pushed record" });
    expect(seen.filter((s) => s === "late")).toHaveLength(1);
    expect(calls.filter((c) => c === "GetRecordsCommand")).toEqual([]);
    await poller.stop();
    await own.close();
  });
  it("with enhanced fan-out, an idle shard's safety reads reuse the iterator, and after pushes read on from the checkpoint", async () => {
    const seen: string[] = [];
    const { own, poller, name } = await setUp(["first"], consumer({ enhancedFanOut: true }), async (r) => void seen.push(...r.map(text)), undefined, 50);
    await waitUntil(() => poller.caughtUp && seen.length === 1);
    const count = async (op: string) => (await own.calls())[op] ?? 0;
    const [iterators, reads] = [await count("GetShardIterator"), await count("GetRecords")];
    // several safety reads on the idle shard: reads, but no new iterator
    await waitUntil(async () => (await count("GetRecords")) >= reads + 3, { what: "three safety reads" });
    expect(await count("GetShardIterator")).toBe(iterators);
    // a record pushed past the kept iterator: the safety reads after it must not deliver it again
    await own.client.send(new PutRecordsCommand({ StreamName: name, Records: [{ Data: Buffer.from("pushed"), PartitionKey: "p" }] }));
    await waitUntil(() => seen.includes("pushed"), { what: "the pushed record" });
    const readsAfter = await count("GetRecords");
    await waitUntil(async () => (await count("GetRecords")) >= readsAfter + 3, { what: "three safety reads after the push" });
    expect(seen).toEqual(["first", "pushed"]);
    await poller.stop();
    await own.close();
  });
});
