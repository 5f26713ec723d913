// What one service call costs on this machine, client and stand-in together: the real SDK clients
// against dynalite and kinesalite on their own threads, as the runtime runs them, with CPU counted
// over every thread of the process. The pipeline's CPU per event is, nearly all of it, its calls
// per event times these figures (bench/README.md, "Where the time goes").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { PutRecordsCommand } from "@aws-sdk/client-kinesis";
import { startDynamo } from "../stand-ins/dynamo.js";
import { startKinesis } from "../stand-ins/kinesis.js";
import { makeRunCredentials } from "../stand-ins/run-credentials.js";

export interface CallCost {
  call: string;
  /** calls made at the same moment */
  concurrency: number;
  calls: number;
  /** calls of that operation the stand-in counted while these ran, warm-up included */
  served: number;
  callsPerSecond: number;
  /** CPU of every thread of the process per call, in ms */
  cpuMsPerCall: number;
}

/** Runs `calls` calls of `send`, `concurrency` at a time, after `warmUp` unmeasured ones. */
async function measure(
  call: string,
  concurrency: number,
  calls: number,
  send: (i: number) => Promise<unknown>,
  served: () => Promise<number>,
  warmUp: number,
): Promise<CallCost> {
  const before = await served();
  const drive = async (n: number) => {
    let next = 0;
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < n) await send(next++);
    }));
  };
  await drive(warmUp);
  const cpu = process.cpuUsage();
  const started = performance.now();
  await drive(calls);
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  return { call, concurrency, calls, served: (await served()) - before, callsPerSecond: (calls / ms) * 1000, cpuMsPerCall: (used.user + used.system) / 1000 / calls };
}

const TABLE = "call-cost";
const STREAM = "call-cost";

export async function measureCallCosts(calls = 1000, warmUp = 200): Promise<CallCost[]> {
  const dir = mkdtempSync(join(tmpdir(), "kringle-call-cost-"));
  const credentials = makeRunCredentials();
  const accepted = [credentials.accessKeyId];
  const [dynamo, kinesis] = await Promise.all([
    startDynamo({ path: join(dir, "dynamodb"), credentials, acceptedKeyIds: accepted, tables: { [TABLE]: { partitionKey: { name: "id", type: "string" }, indexes: {} } } }),
    startKinesis({ path: join(dir, "kinesis"), credentials, acceptedKeyIds: accepted, streamName: STREAM, shards: 1 }),
  ]);
  // items and records the size of a transcript meta item and of a chunk event
  const text = "Ho ho ho! ".repeat(40);
  const record = Buffer.from(JSON.stringify({ type: "reply.chunk", text: text.slice(0, 60), pad: "x".repeat(250) }));
  try {
    const put = (i: number) =>
      dynamo.client.send(new PutItemCommand({ TableName: TABLE, Item: { id: { S: `c${i % 50}` }, text: { S: text } }, ConditionExpression: "attribute_not_exists(version) OR version <> :v", ExpressionAttributeValues: { ":v": { N: "-1" } } }));
    const get = (i: number) => dynamo.client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: `c${i % 50}` } }, ConsistentRead: true }));
    const append = (i: number) => kinesis.client.send(new PutRecordsCommand({ StreamName: STREAM, Records: [{ PartitionKey: `c${i % 50}`, Data: record }] }));
    const count = (standIn: { calls(): Promise<Record<string, number>> }, operation: string) => async () => (await standIn.calls())[operation] ?? 0;
    const out: CallCost[] = [];
    for (const concurrency of [1, 10]) {
      out.push(await measure("DynamoDB PutItem (conditional, 400 B)", concurrency, calls, put, count(dynamo, "PutItem"), warmUp));
      out.push(await measure("DynamoDB GetItem (consistent)", concurrency, calls, get, count(dynamo, "GetItem"), warmUp));
      out.push(await measure("Kinesis PutRecords (1 record)", concurrency, calls, append, count(kinesis, "PutRecords"), warmUp));
    }
    return out;
  } finally {
    await Promise.all([dynamo.close(), kinesis.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatCallCosts(costs: readonly CallCost[]): string {
  return costs
    .map((c) => `  ${c.call.padEnd(40)} ${String(c.concurrency).padStart(2)} at once: ${c.callsPerSecond.toFixed(0).padStart(5)} calls/s, ${c.cpuMsPerCall.toFixed(2)} ms CPU per call`)
    .join("\n");
}
