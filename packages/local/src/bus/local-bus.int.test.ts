// The offline bus through the real EventBridge client: PutEvents, rules by pattern, delivery
// with retries, the dead letter, and delivery of what a stopped bus had accepted.
import { join } from "node:path";
import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { documentClient, DynamoDeadLetters, wiring, type RuleDef } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDynamo, type DynamoStandIn } from "../stand-ins/dynamo.js";
import { standInClientConfig } from "../stand-ins/local-client-config.js";
import { tempDataDir } from "../testing/test-kringle.js";
import { waitUntil } from "../testing/wait-until.js";
import { LocalBus, type BusEvent } from "./local-bus.js";
import { makeRunCredentials } from "../stand-ins/run-credentials.js";

const credentials = makeRunCredentials();

let dir: string;
let dynamo: DynamoStandIn;
let deadLetters: DynamoDeadLetters;

beforeAll(async () => {
  dir = tempDataDir();
  dynamo = await startDynamo({ path: join(dir, "dynamo"), tables: { deadletters: wiring.tables.deadletters }, credentials, acceptedKeyIds: [credentials.accessKeyId] });
  deadLetters = new DynamoDeadLetters(documentClient(dynamo.client), "deadletters");
});
afterAll(() => dynamo.close());

const rule = (eventPattern: Record<string, unknown>, extra: Partial<RuleDef> = {}): RuleDef => ({
  description: "test",
  eventPattern,
  target: "target",
  retryAttempts: 2,
  maximumEventAgeSeconds: 60,
  ...extra,
});

async function bus(
  rules: Record<string, RuleDef>,
  invoke: (target: string, event: BusEvent) => Promise<unknown>,
  dataDir = tempDataDir(),
  retryAttempts = 2,
) {
  const retriesOf = () => ({ retryAttempts, maximumEventAgeSeconds: 60 });
  const b = new LocalBus({ busName: "kringle", acceptedKeyIds: [credentials.accessKeyId], region: "us-east-1", rules, invoke, retriesOf, deadLetters, dataDir, retryBaseMs: 1, onError: () => undefined });
  const endpoint = await b.start();
  b.resume();
  return { b, client: new EventBridgeClient(standInClientConfig(endpoint, credentials)), dataDir };
}

const entry = (detailType: string, detail: unknown = { amount: 5 }) => ({
  EventBusName: "kringle",
  Source: "kringle",
  DetailType: detailType,
  Detail: JSON.stringify(detail),
});

describe("the local bus", () => {
  it("delivers an accepted event to the target of every rule it matches", async () => {
    const got: [string, BusEvent][] = [];
    const { b, client } = await bus(
      {
        messages: rule({ source: ["kringle"], "detail-type": ["message.sent"] }),
        big: rule({ detail: { amount: [{ numeric: [">", 3] }] } }, { target: "other" }),
      },
      async (target, event) => void got.push([target, event]),
    );
    const out = await client.send(new PutEventsCommand({ Entries: [entry("message.sent"), entry("reply.completed", { amount: 1 })] }));
    expect(out.FailedEntryCount).toBe(0);
    await waitUntil(() => b.idle && got.length === 2);
    expect(got.map(([t, e]) => [t, e["detail-type"]]).sort()).toEqual([
      ["other", "message.sent"],
      ["target", "message.sent"],
    ]);
    const [, event] = got[0]!;
    expect(event).toMatchObject({ version: "0", source: "kringle", account: "000000000000", region: "us-east-1", detail: { amount: 5 } });
    expect(event.id).toBe(out.Entries![0]!.EventId);
    // what the bench counts: one call carrying two events
    expect(b.calls()).toEqual({ PutEvents: 1, entries: 2 });
    await b.stop();
  });

  it("answers bad entries per entry and a bad request as a whole", async () => {
    const { b, client } = await bus({}, async () => undefined);
    const out = await client.send(
      new PutEventsCommand({
        Entries: [entry("ok"), { ...entry("x"), Detail: "not json" }, { ...entry("x"), Detail: "[1]" }, { ...entry("x"), EventBusName: "nope" }],
      }),
    );
    expect(out.FailedEntryCount).toBe(3);
    expect(out.Entries!.map((e) => e.ErrorCode ?? "ok")).toEqual(["ok", "MalformedDetail", "MalformedDetail", "InvalidArgument"]);
    await expect(client.send(new PutEventsCommand({ Entries: Array.from({ length: 11 }, () => entry("x")) }))).rejects.toMatchObject({
      name: "ValidationException",
    });
    await b.stop();
  });

  it("retries a failing target as its async settings say, then dead-letters the event", async () => {
    let attempts = 0;
    const failing = async () => {
      attempts++;
      throw new Error("santa is out");
    };
    const { b, client } = await bus({ failing: rule({ source: ["kringle"] }) }, failing, tempDataDir(), 3);
    const out = await client.send(new PutEventsCommand({ Entries: [entry("message.sent")] }));
    await waitUntil(() => b.idle && attempts === 4);
    const letters = await deadLetters.list("rule:failing");
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ id: out.Entries![0]!.EventId, reason: "Error: santa is out" });
    await b.stop();
  });

  it("delivers after a restart what it had accepted but not delivered", async () => {
    let release!: () => void;
    const blocked = new Promise<void>((r) => (release = r));
    const first = await bus({ r: rule({ source: ["kringle"] }) }, () => blocked);
    await first.client.send(new PutEventsCommand({ Entries: [entry("message.sent", { n: 1 })] }));
    await waitUntil(() => !first.b.idle);
    await first.b.stop({ abandon: true });

    const got: BusEvent[] = [];
    const second = await bus({ r: rule({ source: ["kringle"] }) }, async (_t, e) => void got.push(e), first.dataDir);
    await waitUntil(() => second.b.idle && got.length === 1);
    expect(got[0]!.detail).toEqual({ n: 1 });
    release();
    await second.b.stop();

    const third = await bus({ r: rule({ source: ["kringle"] }) }, async (_t, e) => void got.push(e), first.dataDir);
    await third.b.stop();
    expect(got).toHaveLength(1);
  });
});
