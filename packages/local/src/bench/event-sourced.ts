// The event-sourced pipeline under load: kringle offline, every message and chunk through
// Kinesis, projectors, the bus and Santa.
import { rmSync } from "node:fs";
import { replyProbe, wiring, type FirstToken } from "@kringle/core";
import { startKringle } from "../runtime.js";
import { tempDataDir } from "../testing/test-kringle.js";
import { runChatLoadApart, type ReplyTiming } from "./chat-load.js";
import { watchGifts } from "./gift-watch.js";

export interface ScenarioOptions {
  clients: number;
  messages: number;
  wordMs: number;
  thinkMs: number;
  rampMs: number;
  model?: string;
}

export interface ScenarioResult {
  timings: ReplyTiming[];
  firstTokens: Map<string, number>;
  /** by message: when the model's stream finished */
  lastTokens?: Map<string, number>;
  durationMs: number;
  eventsByType: Record<string, number>;
  conversations: number;
  lagsMs: Record<string, number[]>;
  invocations: Record<string, number>;
  deadLetters: number;
  /** CPU time of kringle's process (every thread) from the first client to caught up, in ms */
  cpuMs?: number;
  /**
   * calls made over the same span: to the Kinesis and DynamoDB stand-ins by operation (and DynamoDB
   * by operation and table), to the gateway's @connections by method, to the bus (PutEvents)
   */
  calls?: {
    kinesis: Record<string, number>;
    dynamodb: Record<string, number>;
    dynamodbByTable?: Record<string, number>;
    connections?: Record<string, number>;
    bus?: Record<string, number>;
  };
  /** each wish: its message sent → the elves' dashboard shows it (gifts.delta), in ms */
  giftLatenciesMs: number[];
}

export const callsSince = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.entries(after).map(([op, n]) => [op, n - (before[op] ?? 0)]).filter(([, n]) => (n as number) > 0));

export async function runEventSourced(o: ScenarioOptions): Promise<ScenarioResult> {
  const dataDir = tempDataDir();
  const kringle = await startKringle({
    dataDir,
    port: 0,
    offlineWordMs: o.wordMs,
    logLevel: "ERROR",
    collectStats: true,
    ...(o.model ? { model: o.model } : {}),
  });
  const firstTokens = new Map<string, number>();
  const lastTokens = new Map<string, number>();
  const stopFirst = replyProbe.onFirstToken((e: FirstToken) => firstTokens.set(e.inReplyTo, e.at));
  const stopLast = replyProbe.onLastToken((e: FirstToken) => lastTokens.set(e.inReplyTo, e.at));
  const stop = () => (stopFirst(), stopLast());
  try {
    const elves = await watchGifts(`${kringle.wsUrl}/?token=${kringle.config.elfToken}`);
    const census = async () => {
      const [kinesis, dynamodb, dynamodbByTable] = await Promise.all([kringle.kinesis.calls(), kringle.dynamo.calls(), kringle.dynamo.callsByTable()]);
      return { kinesis, dynamodb, dynamodbByTable, connections: kringle.gateway.managementCalls(), bus: kringle.bus.calls() };
    };
    const before = await census();
    const cpuBefore = process.cpuUsage();
    const load = await runChatLoadApart({
      urlPrefix: `${kringle.wsUrl}/?token=${kringle.config.accessToken}&conversationId=`,
      conversationSecret: kringle.config.conversationSecret,
      clients: o.clients,
      messages: o.messages,
      replyTimeoutMs: 30_000,
      thinkMs: o.thinkMs,
      rampMs: o.rampMs,
      runId: "es",
    });
    await kringle.whenCaughtUp(60_000);
    const cpu = process.cpuUsage(cpuBefore);
    const giftLatenciesMs = elves.latencies(load.timings);
    elves.close();
    const after = await census();
    const calls = {
      kinesis: callsSince(before.kinesis, after.kinesis),
      dynamodb: callsSince(before.dynamodb, after.dynamodb),
      dynamodbByTable: callsSince(before.dynamodbByTable, after.dynamodbByTable),
      connections: callsSince(before.connections, after.connections),
      bus: callsSince(before.bus, after.bus),
    };
    const eventsByType: Record<string, number> = {};
    const { ScanCommand } = await import("@aws-sdk/client-dynamodb");
    let start: Record<string, import("@aws-sdk/client-dynamodb").AttributeValue> | undefined;
    do {
      const page = await kringle.dynamo.client.send(new ScanCommand({ TableName: "events", ProjectionExpression: "#t", ExpressionAttributeNames: { "#t": "type" }, ExclusiveStartKey: start }));
      // the archive's id markers carry no type
      for (const item of page.Items ?? []) if (item.type?.S) eventsByType[item.type.S] = (eventsByType[item.type.S] ?? 0) + 1;
      start = page.LastEvaluatedKey;
    } while (start);
    const deadLetters = (await Promise.all([...Object.keys(wiring.consumers).map((c) => `consumer:${c}`), ...Object.keys(wiring.rules).map((r) => `rule:${r}`)].map((s) => kringle.deadLetters.list(s)))).flat().length;
    return { ...load, firstTokens, lastTokens, eventsByType, conversations: o.clients, lagsMs: kringle.stats.lagsMs, invocations: kringle.stats.invocations, deadLetters, cpuMs: (cpu.user + cpu.system) / 1000, calls, giftLatenciesMs };
  } finally {
    stop();
    await kringle.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
