// `npm run bench:replay`: replay throughput (conversations/s, offline model at an unlimited token
// rate) and rebuild throughput (archived events/s), next to the DynamoDB stand-in's raw BatchWrite
// rate measured in the same run, which is the ceiling both are bounded by.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CreateTableCommand, waitUntilTableExists } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { DynamoArchive, documentClient, loadPrompt, NorthPoleModel, recordConversation, runReplay, wiring } from "@kringle/core";
import { PROJECTIONS, rebuild } from "../rebuild.js";
import { createTableInput, startDynamo } from "../stand-ins/dynamo.js";
import { makeRunCredentials } from "../stand-ins/run-credentials.js";

const { values } = parseArgs({
  options: {
    conversations: { type: "string", default: "300" },
    items: { type: "string", default: "10000" },
    concurrency: { type: "string", default: "8" },
  },
});
const conversations = Number(values.conversations);
const rawItems = Number(values.items);
const concurrency = Number(values.concurrency);

const CHILD = [
  ["Hi Santa, I'm Mia!", "I would love a red bike and a puppy", "actually not the puppy, a kitten"],
  ["hello", "can i have lego and a drone pls", "my name is tom"],
  ["My name is Ana", "I want a book about dinosaurs", "and a telescope, thank you Santa"],
];

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const dir = mkdtempSync(join(tmpdir(), "kringle-bench-replay-"));
  const credentials = makeRunCredentials();
  const dynamo = await startDynamo({ path: join(dir, "dynamodb"), tables: wiring.tables, credentials, acceptedKeyIds: [credentials.accessKeyId] });
  const docs = documentClient(dynamo.client);
  try {
    // the ceiling: items/s of plain BatchWriteItem calls, 25 items each, `concurrency` at once
    await dynamo.client.send(new CreateTableCommand(createTableInput("bench_raw", wiring.tables.gifts)));
    await waitUntilTableExists({ client: dynamo.client, maxWaitTime: 30, minDelay: 1 }, { TableName: "bench_raw" });
    const batches = Array.from({ length: Math.ceil(rawItems / 25) }, (_, b) =>
      Array.from({ length: 25 }, (_, i) => ({ PutRequest: { Item: { conversationId: `raw_${b}_${i}`, version: 1, body: "x".repeat(200) } } })),
    );
    let t = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < batches.length) await docs.send(new BatchWriteCommand({ RequestItems: { bench_raw: batches[next++]! } }));
      }),
    );
    const rawRate = (batches.length * 25) / ((performance.now() - t) / 1000);

    const archive = new DynamoArchive(docs, "events");
    let sequence = 0;
    let archived = 0;
    for (let c = 0; c < conversations; c++) {
      const events = await recordConversation(`c_bench_${String(c).padStart(5, "0")}`, new Date(Date.UTC(2026, 11, 1 + (c % 20), 10)), CHILD[c % CHILD.length]!);
      await archive.put(events.map((event) => ({ sequenceNumber: String(++sequence), event })));
      archived += events.length;
    }

    const rebuilt = await rebuild(dynamo.client, { projections: PROJECTIONS });
    // reading the archive and folding it; creating the fresh tables is a fixed cost, shown apart
    const rebuildRate = rebuilt.events / ((rebuilt.durationMs - rebuilt.tablesMs) / 1000);

    t = performance.now();
    const report = await runReplay({ runId: "bench", archive, model: new NorthPoleModel({ wordDelayMs: 0 }), prompt: loadPrompt("v2"), concurrency });
    const replaySeconds = (performance.now() - t) / 1000;
    const replayRate = report.summary.conversations / replaySeconds;

    console.log(`kringle bench: replay and rebuild over ${conversations} recorded conversations (${archived} archived events)

DynamoDB stand-in, raw BatchWrite:  ${rawRate.toFixed(0)} items/s   (${batches.length * 25} items, ${concurrency} calls at once)
rebuild (${PROJECTIONS.join(", ")}):  ${rebuildRate.toFixed(0)} events/s = ${((rebuildRate / rawRate) * 100).toFixed(0)} % of the raw rate   (target ≥ 50 %; creating the 3 tables took ${(rebuilt.tablesMs / 1000).toFixed(1)} s more)${rebuilt.errors.length ? `, ${rebuilt.errors.length} errors` : ""}
replay (offline model, no pause):  ${replayRate.toFixed(1)} conversations/s   (${report.summary.replies} replies in ${replaySeconds.toFixed(2)} s; target ≥ 50)
`);
  } finally {
    await dynamo.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
