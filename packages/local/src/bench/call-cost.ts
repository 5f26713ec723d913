// What one service call costs on this machine, client and stand-in together: the real SDK clients
// against dynalite and kinesalite on their own threads, as the runtime runs them, with CPU counted
// over every thread of the process. The pipeline's CPU per event is, nearly all of it, its calls
// per event times these figures (bench/README.md, "Where the time goes").
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DynamoDBClient, GetItemCommand, PutItemCommand, type PutItemCommandInput } from "@aws-sdk/client-dynamodb";
import { PutRecordsCommand } from "@aws-sdk/client-kinesis";
import { startDynamo } from "../stand-ins/dynamo.js";
import { startKinesis } from "../stand-ins/kinesis.js";
import { standInClientConfig } from "../stand-ins/local-client-config.js";
import { makeRunCredentials, type RunCredentials } from "../stand-ins/run-credentials.js";

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
    const putInput = (i: number): PutItemCommandInput => ({ TableName: TABLE, Item: { id: { S: `c${i % 50}` }, text: { S: text } }, ConditionExpression: "attribute_not_exists(version) OR version <> :v", ExpressionAttributeValues: { ":v": { N: "-1" } } });
    const put = (i: number) => dynamo.client.send(new PutItemCommand(putInput(i)));
    const get = (i: number) => dynamo.client.send(new GetItemCommand({ TableName: TABLE, Key: { id: { S: `c${i % 50}` } }, ConsistentRead: true }));
    const append = (i: number) => kinesis.client.send(new PutRecordsCommand({ StreamName: STREAM, Records: [{ PartitionKey: `c${i % 50}`, Data: record }] }));
    const count = (standIn: { calls(): Promise<Record<string, number>> }, operation: string) => async () => (await standIn.calls())[operation] ?? 0;
    const out: CallCost[] = [];
    for (const concurrency of [1, 10]) {
      out.push(await measure("DynamoDB PutItem (conditional, 400 B)", concurrency, calls, put, count(dynamo, "PutItem"), warmUp));
      out.push(await measure("DynamoDB GetItem (consistent)", concurrency, calls, get, count(dynamo, "GetItem"), warmUp));
      out.push(await measure("Kinesis PutRecords (1 record)", concurrency, calls, append, count(kinesis, "PutRecords"), warmUp));
    }
    out.push(...(await splitPutItem(dynamo.endpoint, credentials, putInput, calls, warmUp)));
    return out;
  } finally {
    await Promise.all([dynamo.close(), kinesis.close()]);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same conditional PutItem taken apart: the real SDK client against a server that answers `{}`
 * at once (the client's share, and a bare HTTP server's), and the same request body sent as plain
 * HTTP to dynalite (the stand-in's share, and a bare HTTP client's). Where a call's CPU goes decides
 * whether a cheaper call is within reach (bench/README.md, "What one call costs").
 */
async function splitPutItem(dynamoEndpoint: string, credentials: RunCredentials, input: (i: number) => PutItemCommandInput, calls: number, warmUp: number): Promise<CallCost[]> {
  let answered = 0;
  const bare = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      answered++;
      res.writeHead(200, { "content-type": "application/x-amz-json-1.0" });
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const client = new DynamoDBClient(standInClientConfig(`http://127.0.0.1:${(bare.address() as AddressInfo).port}`, credentials));
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(dynamoEndpoint);
  // dynalite does not check signatures; the stand-in's thread lets only the run's key id through
  const authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/20261224/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0`;
  let stored = 0;
  const plain = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify(input(i));
      const headers = { "content-type": "application/x-amz-json-1.0", "x-amz-target": "DynamoDB_20120810.PutItem", "x-amz-date": "20261224T000000Z", authorization, "content-length": Buffer.byteLength(body) };
      const req = request({ host: target.hostname, port: target.port, method: "POST", path: "/", agent, headers }, (res) => {
        let answer = "";
        res.on("data", (chunk: Buffer) => (answer += chunk.toString()));
        res.on("end", () => (res.statusCode === 200 ? (stored++, resolve()) : reject(new Error(`dynalite answered ${res.statusCode}: ${answer}`))));
      });
      req.on("error", reject);
      req.end(body);
    });
  try {
    const out: CallCost[] = [];
    for (const concurrency of [1, 10]) {
      out.push(await measure("PutItem, SDK client + bare server", concurrency, calls, (i) => client.send(new PutItemCommand(input(i))), async () => answered, warmUp));
      out.push(await measure("PutItem, plain HTTP + dynalite", concurrency, calls, plain, async () => stored, warmUp));
    }
    return out;
  } finally {
    client.destroy();
    agent.destroy();
    await new Promise((resolve) => bare.close(resolve));
  }
}

export function formatCallCosts(costs: readonly CallCost[]): string {
  return costs
    .map((c) => `  ${c.call.padEnd(40)} ${String(c.concurrency).padStart(2)} at once: ${c.callsPerSecond.toFixed(0).padStart(5)} calls/s, ${c.cpuMsPerCall.toFixed(2)} ms CPU per call`)
    .join("\n");
}
