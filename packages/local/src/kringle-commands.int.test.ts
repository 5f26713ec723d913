// The replay, export, import and rebuild commands against a running kringle's stand-ins (as a
// second terminal uses them while `npm start` runs) and against a data dir nobody runs on.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { GetRecordsCommand, GetShardIteratorCommand } from "@aws-sdk/client-kinesis";
import { DynamoArchive, documentClient, KinesisEventLog, wiring, type KringleEvent } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { rebuildCommand } from "./commands/rebuild.js";
import { replayCommand } from "./commands/replay.js";
import { canonical, scanTable } from "./rebuild.js";
import { runCommand } from "./testing/command-io.js";
import { startTestKringle, tempDataDir, type TestKringle } from "./testing/test-kringle.js";
import type { TestClient } from "./testing/ws-client.js";

let k: TestKringle;
const scratch = mkdtempSync(join(tmpdir(), "kringle-commands-"));
const chats: Record<string, string[]> = {
  c_cmd_mia: ["Hi Santa, I'm Mia!", "I would love a red bike and a puppy", "actually not the puppy, a kitten"],
  c_cmd_tom: ["hello", "can i have lego and a drone pls"],
  c_cmd_ana: ["My name is Ana", "I want a book about dinosaurs"],
};
let watching: { child: TestClient; elf: TestClient };

beforeAll(async () => {
  k = await startTestKringle();
  for (const [conversationId, texts] of Object.entries(chats)) {
    const child = await k.child(conversationId);
    for (const [i, text] of texts.entries()) {
      child.send({ action: "sendMessage", conversationId, messageId: `m_${i}`, text });
      await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed" && f.change.position === 2 * i + 2, `reply ${i}`);
    }
    child.close();
  }
  // a child and an elf still online: a replay must push them nothing
  const child = await k.child("c_cmd_mia");
  const elf = await k.elf();
  elf.send({ action: "watchGifts" });
  await elf.waitFor((f) => f.type === "gifts.snapshot" && f.complete);
  watching = { child, elf };
  await k.whenCaughtUp();
});

afterAll(async () => {
  watching?.child.close();
  watching?.elf.close();
  await k?.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

/** Every table's items and every record of every shard, as bytes. */
async function everything(): Promise<string> {
  const tables = (await k.dynamo.client.send(new ListTablesCommand({}))).TableNames ?? [];
  const items: Record<string, string[]> = {};
  for (const t of tables) items[t] = (await scanTable(k.dynamo.client, t)).map(canonical).sort();
  const records: string[] = [];
  for (const shardId of k.kinesis.shardIds) {
    let iterator = (await k.kinesis.client.send(new GetShardIteratorCommand({ StreamName: wiring.stream.name, ShardId: shardId, ShardIteratorType: "TRIM_HORIZON" }))).ShardIterator;
    for (;;) {
      const page = await k.kinesis.client.send(new GetRecordsCommand({ ShardIterator: iterator }));
      records.push(...(page.Records ?? []).map((r) => `${shardId}/${r.SequenceNumber}/${Buffer.from(r.Data!).toString("base64")}`));
      if (!page.Records?.length) break;
      iterator = page.NextShardIterator;
    }
  }
  return JSON.stringify({ tables, items, records });
}

describe("kringle replay", () => {
  it("appends nothing to the stream, writes nothing to any table and pushes nothing, while kringle runs", async () => {
    const before = await everything();
    const framesBefore = [watching.child.frames.length, watching.elf.frames.length];
    const out = join(scratch, "replays");
    const run = await runCommand(replayCommand, ["--prompt", "v2", "--run", "iso", "--out", out], { dataDir: k.config.dataDir });
    expect(run.stderr.filter((l) => !l.startsWith("replay:"))).toEqual([]);
    expect(run.code).toBe(0);
    await k.whenCaughtUp();
    expect(await everything()).toBe(before);
    expect([watching.child.frames.length, watching.elf.frames.length]).toEqual(framesBefore);

    const report = JSON.parse(readFileSync(join(out, "iso", "report.json"), "utf8"));
    expect(report.conversations.map((c: { conversationId: string }) => c.conversationId)).toEqual(["c_cmd_ana", "c_cmd_mia", "c_cmd_tom"]);
    expect(report.summary.replies).toBe(7);
    expect(readFileSync(join(out, "iso", "report.html"), "utf8")).toContain("only replies that differ");
  });

  it("stops on an unknown prompt or an empty range, writing nothing", async () => {
    const out = join(scratch, "nothing");
    const unknown = await runCommand(replayCommand, ["--prompt", "v99", "--out", out], { dataDir: k.config.dataDir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.join("\n")).toMatch(/no prompt v99/);
    const empty = await runCommand(replayCommand, ["--prompt", "v2", "--since", "2099-01-01", "--out", out], { dataDir: k.config.dataDir });
    expect(empty.code).toBe(1);
    expect(empty.stderr.join("\n")).toMatch(/no child's message to replay.*nothing written/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("the replays at /elves/replays", () => {
  it("lists a run written to the data dir and opens its report, for elves only", async () => {
    const run = await runCommand(replayCommand, ["--prompt", "v2", "--run", "listed", "--limit", "1"], { dataDir: k.config.dataDir });
    expect(run.code).toBe(0);
    const get = (path: string) => fetch(`${k.url}${path}`);
    const list = await get("/elves/replays?token=elf-token");
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain('href="/elves/replays/listed/report.html?token=elf-token"');
    const page = await get("/elves/replays/listed/report.html?token=elf-token");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("only replies that differ");
    expect((await get("/elves/replays/listed/report.json?token=elf-token")).status).toBe(200);
    // children's messages are in there: no token, or a child's, gets nothing
    for (const path of ["/elves/replays", "/elves/replays?token=child-token", "/elves/replays/listed/report.html?token=child-token"]) expect((await get(path)).status).toBe(403);
    expect((await get("/elves/replays/..%2Ftokens.json/report.json?token=elf-token")).status).toBe(404);
    expect((await get("/elves/replays/nope/report.html?token=elf-token")).status).toBe(404);
  });
});

describe("kringle export and import", () => {
  const lines = (text: string) => text.split("\n").filter(Boolean).sort();

  it("round-trips the archive losslessly into a data dir nobody runs on, and importing again changes nothing", async () => {
    const file = join(scratch, "archive.jsonl");
    const exported = await runCommand(exportCommand, ["--out", file], { dataDir: k.config.dataDir });
    expect(exported.code).toBe(0);
    const original = lines(readFileSync(file, "utf8"));
    expect(original.length).toBe((await k.archived()).length);

    const fresh = tempDataDir();
    try {
      expect((await runCommand(importCommand, [file], { dataDir: fresh })).code).toBe(0);
      expect((await runCommand(importCommand, ["-"], { dataDir: fresh, stdin: readFileSync(file, "utf8") })).code).toBe(0);
      const again = await runCommand(exportCommand, [], { dataDir: fresh });
      expect(lines(again.written)).toEqual(original);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });

  it("reads a deployed events table named by KRINGLE_TABLE_EVENTS through the SDK's own configuration", async () => {
    // as an operator would against AWS (AWS_PROFILE, AWS_REGION…); here the endpoint and keys point
    // the SDK's default chain at the running stand-in, and the data dir is one nobody runs on
    const elsewhere = tempDataDir();
    try {
      const env = {
        KRINGLE_TABLE_EVENTS: "events",
        AWS_ENDPOINT_URL_DYNAMODB: k.dynamo.endpoint,
        AWS_ACCESS_KEY_ID: k.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: k.credentials.secretAccessKey,
        AWS_REGION: "us-east-1",
      };
      const fromAws = await runCommand(exportCommand, [], { dataDir: elsewhere, env });
      expect(fromAws.code).toBe(0);
      expect(fromAws.stderr.join("\n")).toContain("the deployed table events");
      const offline = await runCommand(exportCommand, [], { dataDir: k.config.dataDir });
      expect(lines(fromAws.written)).toEqual(lines(offline.written));
      // nothing was started in the unused data dir: the command never touched it
      expect(existsSync(join(elsewhere, "dynamodb"))).toBe(false);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it("names a bad line's number and imports nothing from that file", async () => {
    const good = readFileSync(join(scratch, "archive.jsonl"), "utf8").split("\n").filter(Boolean);
    const bad = join(scratch, "bad.jsonl");
    const broken = JSON.parse(good[1]!);
    broken.event.type = "message.shouted";
    writeFileSync(bad, [good[0], JSON.stringify(broken), good[2], "{not json"].join("\n") + "\n");
    const fresh = tempDataDir();
    try {
      const run = await runCommand(importCommand, [bad], { dataDir: fresh });
      expect(run.code).toBe(1);
      expect(run.stderr.join("\n")).toMatch(/2 bad lines; nothing imported[\s\S]*line 2: [\s\S]*line 4: not JSON/);
      expect((await runCommand(exportCommand, [], { dataDir: fresh })).written).toBe("");
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

/** A small seeded generator: the same shuffle every run, printed so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe("kringle rebuild", () => {
  it("after duplicate and out-of-order redelivery, folds the archive into tables equal to the live ones", async () => {
    const seed = 20261224;
    const rand = random(seed);
    const archive = new DynamoArchive(documentClient(k.dynamo.client), "events");
    const entries: { sequenceNumber: string; event: KringleEvent }[] = [];
    for await (const page of archive.all()) entries.push(...page.map((a) => ({ sequenceNumber: a.position, event: a.event })));
    // the archive projector handed the same records again, a third of them twice, shuffled
    const again = [...entries, ...entries.filter(() => rand() < 0.33)].sort(() => rand() - 0.5);
    for (let i = 0; i < again.length; i += 7) await archive.put(again.slice(i, i + 7));
    // and a handler retried after a crash appended some events again (new sequence numbers)
    const log = new KinesisEventLog(k.kinesis.client, { streamName: wiring.stream.name });
    await log.append(entries.filter(() => rand() < 0.25).map((e) => e.event).filter((e) => e.type !== "connection.opened"));
    await k.whenCaughtUp();

    const run = await runCommand(rebuildCommand, [], { dataDir: k.config.dataDir });
    expect(run.stderr.filter((l) => !l.startsWith("rebuild:"))).toEqual([]);
    expect(run.code).toBe(0);
    const identical = run.stdout.filter((l) => l.endsWith("(identical)"));
    console.log(`rebuild after redelivery (seed ${seed}, ${again.length} records again):\n${run.stdout.join("\n")}`);
    expect(identical).toHaveLength(3);
    const tables = (await k.dynamo.client.send(new ListTablesCommand({}))).TableNames ?? [];
    expect(tables.filter((t) => t.includes("_rebuild_")).sort()).toEqual(["connections_rebuild_1", "gifts_rebuild_1", "transcripts_rebuild_1"]);
    const reports = readdirSync(join(k.config.dataDir, "rebuilds"));
    expect(reports).toHaveLength(1);
  });

  it("refuses --swap while kringle runs on the data dir", async () => {
    const run = await runCommand(rebuildCommand, ["--swap", "--projection", "gifts"], { dataDir: k.config.dataDir });
    expect(run.code).toBe(2);
    expect(run.stderr.join("\n")).toMatch(/--swap needs kringle stopped/);
  });
});

describe("kringle rebuild --swap", () => {
  it("with kringle stopped, makes the rebuilt table the one the next start reads and writes", async () => {
    const dataDir = tempDataDir();
    let other: TestKringle | undefined;
    try {
      other = await startTestKringle({ dataDir });
      const child = await other.child("c_swap");
      child.send({ action: "sendMessage", conversationId: "c_swap", messageId: "m_0", text: "Hello Santa, I'm Ada" });
      await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed", "the first reply");
      child.close();
      await other.whenCaughtUp();
      await other.stopKeepingData();

      const run = await runCommand(rebuildCommand, ["--projection", "transcripts", "--swap"], { dataDir });
      expect(run.code).toBe(0);
      expect(run.stdout.join("\n")).toMatch(/transcripts_rebuild_1 vs transcripts: .*\(identical\)[\s\S]*swapped: transcripts → transcripts_rebuild_1/);
      expect(JSON.parse(readFileSync(join(dataDir, "tables.json"), "utf8"))).toEqual({ transcripts: "transcripts_rebuild_1" });

      other = await startTestKringle({ dataDir });
      const before = await other.scan("transcripts");
      const again = await other.child("c_swap");
      again.send({ action: "sendMessage", conversationId: "c_swap", messageId: "m_1", text: "I would like a kite" });
      await again.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed" && f.change.position === 4, "the second reply");
      again.send({ action: "sync", conversationId: "c_swap", after: 0 });
      const synced = await again.waitFor((f) => f.type === "transcript.snapshot" && f.complete, "the synced transcript");
      again.close();
      await other.whenCaughtUp();
      // the rebuilt table has the whole conversation; the old one was not written
      expect(synced.type === "transcript.snapshot" && synced.entries.map((e) => e.position)).toEqual([1, 2, 3, 4]);
      expect((await other.scan("transcripts_rebuild_1")).filter((i) => i.kind).length).toBe(4);
      expect(await other.scan("transcripts")).toEqual(before);
    } finally {
      await other?.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
