// kringle offline: the stand-ins, the gateway, the bus and the emulated event-source mappings,
// all built from the one wiring definition, with every function invoked in-process.
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DescribeStreamSummaryCommand } from "@aws-sdk/client-kinesis";
import { DynamoDeadLetters, RATE_LIMIT_ENV, documentClient, santaModel, santaPrompt, tableEnvVar, wiring, type TableKey } from "@kringle/core";
import { LocalBus } from "./bus/local-bus.js";
import { loadConfig, type LocalConfig } from "./config.js";
import { WebSocketGateway, type HealthReport } from "./gateway/websocket-gateway.js";
import { Checkpoints } from "./lambda/checkpoints.js";
import { lockDataDir } from "./data-dir-lock.js";
import { publishEndpoints } from "./running-stand-ins.js";
import { tablesInUse } from "./tables-in-use.js";
import { LocalFunctions, repoRoot } from "./lambda/functions.js";
import { releaseInterruptedInvocations } from "./lambda/interrupted-invocations.js";
import { ShardPoller } from "./lambda/kinesis-event-source.js";
import { startDynamo, type DynamoStandIn } from "./stand-ins/dynamo.js";
import { startKinesis, type KinesisStandIn } from "./stand-ins/kinesis.js";
import { makeRunCredentials, RUN_KEY_PREFIX, type RunCredentials } from "./stand-ins/run-credentials.js";

export interface RuntimeOptions extends Partial<LocalConfig> {
  /** a consumer's idle poll interval (an append wakes it at once) */
  idlePollMs?: number;
  /** first retry delay of event-source mappings and bus deliveries */
  retryBaseMs?: number;
  webRoot?: string;
  /** collect per-consumer lag figures (the benchmark reads them from `stats`) */
  collectStats?: boolean;
  /** where errors are reported; stderr by default */
  onError?: (message: string, error: unknown) => void;
  env?: NodeJS.ProcessEnv;
}

export interface Kringle {
  config: LocalConfig;
  url: string;
  chatUrl: string;
  elvesUrl: string;
  wsUrl: string;
  kinesis: KinesisStandIn;
  dynamo: DynamoStandIn;
  /** this run's own AWS credentials: the only ones (besides the caller's real ones) the stand-ins answer */
  credentials: RunCredentials;
  gateway: WebSocketGateway;
  bus: LocalBus;
  deadLetters: DynamoDeadLetters;
  /** with `collectStats`: per consumer, how long each record waited from the stream to being processed */
  stats: { lagsMs: Record<string, number[]>; invocations: Record<string, number> };
  /** resolves once every consumer has read to the end of its shards and nothing is under way */
  whenCaughtUp(timeoutMs?: number): Promise<void>;
  /** each stand-in's state, as `GET /health` answers it */
  health(): Promise<HealthReport>;
  /**
   * stops; by default lets bus deliveries under way (Santa's replies) finish first and pushes
   * them to the browsers still connected, turning new connections away meanwhile
   */
  stop(options?: { abandon?: boolean }): Promise<void>;
}

/** how long a graceful stop waits for replies under way to finish streaming to the browsers */
const SHUTDOWN_GRACE_MS = 15_000;

/** Whether the SDK's credential chain has something to find: variables, a profile, shared files. */
function hasAwsCredentials(env: NodeJS.ProcessEnv): boolean {
  if (env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return true;
  const aws = join(homedir(), ".aws");
  return [env.AWS_SHARED_CREDENTIALS_FILE ?? join(aws, "credentials"), env.AWS_CONFIG_FILE ?? join(aws, "config")].some((f) => existsSync(f));
}

/** Real credentials in the environment, not the ones an earlier run in this process put there. */
const hasRealCredentials = (env: NodeJS.ProcessEnv) => hasAwsCredentials(env) && !env.AWS_ACCESS_KEY_ID?.startsWith(RUN_KEY_PREFIX);

/**
 * The key ids the stand-ins accept: this run's own, and the caller's real one when the functions
 * sign with it (real credentials are left to the SDK's chain: Bedrock needs them).
 */
async function acceptedKeyIds(run: RunCredentials, env: NodeJS.ProcessEnv): Promise<string[]> {
  if (!hasRealCredentials(env)) return [run.accessKeyId];
  try {
    const real = await new DynamoDBClient({ region: env.AWS_REGION ?? "us-east-1" }).config.credentials();
    return [run.accessKeyId, real.accessKeyId];
  } catch {
    return [run.accessKeyId];
  }
}

/** The environment the in-process functions see: what the stacks set on AWS. */
function functionEnvironment(config: LocalConfig, run: RunCredentials, endpoints: Record<string, string>, env: NodeJS.ProcessEnv): void {
  env.AWS_REGION ??= "us-east-1";
  if (!hasRealCredentials(env)) {
    env.AWS_ACCESS_KEY_ID = run.accessKeyId;
    env.AWS_SECRET_ACCESS_KEY = run.secretAccessKey;
    delete env.AWS_SESSION_TOKEN;
  }
  Object.assign(env, endpoints);
  env.KRINGLE_ACCESS_TOKEN = config.accessToken;
  env.KRINGLE_ELF_TOKEN = config.elfToken;
  env.KRINGLE_CONVERSATION_SECRET = config.conversationSecret;
  env[RATE_LIMIT_ENV.burst] = String(config.sendMessageRateLimit.burst);
  env[RATE_LIMIT_ENV.everyMs] = String(config.sendMessageRateLimit.everyMs);
  env.KRINGLE_MODEL = config.model;
  env.KRINGLE_OFFLINE_WORD_MS = String(config.offlineWordMs);
  env.POWERTOOLS_LOG_LEVEL ??= config.logLevel;
  env.POWERTOOLS_METRICS_DISABLED ??= "true";
  env.POWERTOOLS_SERVICE_NAME ??= "kringle";
  for (const key of Object.keys(wiring.tables) as TableKey[]) delete env[tableEnvVar(key)];
  // read models rebuilt and swapped in (kringle rebuild --swap)
  for (const [key, table] of Object.entries(tablesInUse(config.dataDir))) env[tableEnvVar(key as TableKey)] = table;
  delete env.KRINGLE_STREAM;
  delete env.KRINGLE_BUS;
}

export async function startKringle(options: RuntimeOptions = {}): Promise<Kringle> {
  const env = options.env ?? process.env;
  // the SDK's notice that Node 22 will be needed in 2027; Lambda runs nodejs22.x already
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const { idlePollMs = 25, retryBaseMs = 100, webRoot, onError: reportError, env: _env, collectStats, ...overrides } = options;
  const config = loadConfig(env, overrides);
  // a model or prompt that cannot be had is said now, not when the first child writes
  const santaEnv = { ...env, KRINGLE_MODEL: config.model, KRINGLE_OFFLINE_WORD_MS: String(config.offlineWordMs) };
  santaModel(santaEnv);
  santaPrompt(santaEnv);
  const onError = reportError ?? ((message: string, error: unknown) => console.error(`kringle: ${message}:`, error));

  const unlock = lockDataDir(config.dataDir);
  const credentials = makeRunCredentials();
  const accepted = await acceptedKeyIds(credentials, env);
  const [kinesis, dynamo] = await Promise.all([
    startKinesis({ path: join(config.dataDir, "kinesis"), streamName: wiring.stream.name, shards: wiring.stream.localShards, credentials, acceptedKeyIds: accepted }),
    startDynamo({ path: join(config.dataDir, "dynamodb"), tables: wiring.tables, credentials, acceptedKeyIds: accepted }),
  ]);
  // `kringle replay`, `export`… in another terminal use these rather than the locked databases
  const unpublish = publishEndpoints(config.dataDir, { kinesis: kinesis.endpoint, dynamodb: dynamo.endpoint, credentials });
  // a function the bus invokes (Santa, streaming a model's reply) gets a thread of its own
  const functions = new LocalFunctions(wiring.functions, (_name, def) => def.async !== undefined);
  const deadLetters = new DynamoDeadLetters(documentClient(dynamo.client), "deadletters");

  const bus = new LocalBus({
    busName: wiring.bus.name,
    acceptedKeyIds: accepted,
    region: env.AWS_REGION ?? "us-east-1",
    rules: wiring.rules,
    invoke: (target, event) => functions.invoke(target, event),
    // Lambda's defaults for an asynchronous invocation unless the wiring says otherwise
    retriesOf: (target) => wiring.functions[target as keyof typeof wiring.functions]?.async ?? { retryAttempts: 2, maximumEventAgeSeconds: 21_600 },
    deadLetters,
    dataDir: config.dataDir,
    archiveRetentionDays: config.busArchiveRetentionDays,
    retryBaseMs,
    onError,
  });
  const gateway = new WebSocketGateway({
    host: config.host,
    port: config.port,
    webRoot: resolve(webRoot ?? join(repoRoot, "packages/web/dist")),
    routes: wiring.routes,
    httpRoutes: wiring.httpRoutes,
    // the wired limits with this run's values: the gateway checks them before invoking a route
    rateLimits: { sendMessage: { ...wiring.routes.sendMessage.rateLimit, ...config.sendMessageRateLimit } },
    invoke: (fn, event) => functions.invoke(fn, event),
    acceptedKeyIds: accepted,
    idleTimeoutMs: config.idleTimeoutMs,
    maxConnectionMs: config.maxConnectionMs,
    onError,
    health: () => health(),
    replays: { dir: join(config.dataDir, "replays"), elfToken: config.elfToken },
  });
  const url = await gateway.start();
  functionEnvironment(
    config,
    credentials,
    {
      AWS_ENDPOINT_URL_KINESIS: kinesis.endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI: gateway.connectionsEndpoint,
      AWS_ENDPOINT_URL_EVENTBRIDGE: await bus.start(),
    },
    env,
  );
  await releaseInterruptedInvocations(dynamo.client, "idempotency");
  await functions.warm();
  // now that functions can reach everything, what the bus had not delivered goes out
  bus.resume();

  const summary = await kinesis.client.send(new DescribeStreamSummaryCommand({ StreamName: wiring.stream.name }));
  const checkpoints = new Checkpoints(config.dataDir);
  const stats = { lagsMs: {} as Record<string, number[]>, invocations: {} as Record<string, number> };
  const onProcessed = collectStats
    ? (consumer: string, lags: number[]) => {
        (stats.lagsMs[consumer] ??= []).push(...lags);
        stats.invocations[consumer] = (stats.invocations[consumer] ?? 0) + 1;
      }
    : undefined;
  const pollers: ShardPoller[] = [];
  for (const [name, def] of Object.entries(wiring.consumers)) {
    for (const shardId of kinesis.shardIds) {
      pollers.push(
        new ShardPoller({
          name,
          def,
          kinesis: kinesis.client,
          streamName: wiring.stream.name,
          streamArn: summary.StreamDescriptionSummary!.StreamARN!,
          region: env.AWS_REGION ?? "us-east-1",
          shardId,
          invoke: (event) => functions.invoke(def.function, event),
          checkpoints,
          deadLetters,
          idlePollMs,
          retryBaseMs,
          onError,
          onProcessed,
        }),
      );
    }
  }
  // a consumer is woken by the records it will be handed (and pushed them with enhanced fan-out)
  kinesis.onAppend((records) => {
    for (const poller of pollers) {
      const own = records.filter((r) => r.shardId === poller.shardId);
      if (own.length) poller.announce(own);
    }
  });
  pollers.forEach((p) => p.start());

  const wsUrl = url.replace(/^http/, "ws");
  const settled = () => pollers.every((p) => p.caughtUp) && bus.idle && gateway.idle;
  /** a stand-in's state: "up", or "down" with why, asked with a short deadline */
  const probe = async (ask: (signal: AbortSignal) => Promise<Record<string, unknown>>) => {
    try {
      return { state: "up", ...(await ask(AbortSignal.timeout(2000))) };
    } catch (err) {
      return { state: "down", error: err instanceof Error ? err.message : String(err) };
    }
  };
  const health = async (): Promise<HealthReport> => {
    const [kinesisState, dynamoState] = await Promise.all([
      probe(async (abortSignal) => {
        const out = await kinesis.client.send(new DescribeStreamSummaryCommand({ StreamName: wiring.stream.name }), { abortSignal });
        return { stream: wiring.stream.name, status: out.StreamDescriptionSummary?.StreamStatus };
      }),
      probe(async (abortSignal) => ({ tables: (await dynamo.client.send(new ListTablesCommand({}), { abortSignal })).TableNames?.length ?? 0 })),
    ]);
    const consumers = { state: "up", shardReaders: pollers.length, caughtUp: pollers.filter((p) => p.caughtUp).length };
    const busState = { state: "up", deliveriesInFlight: bus.deliveriesInFlight };
    return { ok: kinesisState.state === "up" && dynamoState.state === "up", kinesis: kinesisState, dynamodb: dynamoState, bus: busState, consumers };
  };
  /** waits, up to a deadline, for what is under way to be delivered, read and pushed to the browsers */
  const drained = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!settled() && Date.now() < deadline) await new Promise((r) => setTimeout(r, idlePollMs));
  };
  return {
    config,
    url,
    wsUrl,
    chatUrl: `${url}/?token=${encodeURIComponent(config.accessToken)}`,
    elvesUrl: `${url}/elves?token=${encodeURIComponent(config.elfToken)}`,
    kinesis,
    dynamo,
    credentials,
    gateway,
    bus,
    deadLetters,
    stats,
    health,
    async whenCaughtUp(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let quietSince: number | undefined;
      for (;;) {
        if (settled()) {
          quietSince ??= Date.now();
          // settled across two idle polls: nothing was appended in between
          if (Date.now() - quietSince >= idlePollMs * 2 + 10) return;
        } else {
          quietSince = undefined;
        }
        if (Date.now() > deadline) {
          const behind = pollers.filter((p) => !p.caughtUp).length;
          throw new Error(`kringle did not catch up in ${timeoutMs} ms: ${behind} shard reader(s) behind, bus ${bus.idle ? "idle" : "busy"}, gateway ${gateway.idle ? "idle" : "busy"}`);
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    async stop(stopOptions = {}) {
      unpublish();
      // Santa's replies under way finish and reach the children still connected before they are let go
      gateway.drain();
      if (!stopOptions.abandon) await drained(SHUTDOWN_GRACE_MS);
      await bus.stop(stopOptions);
      await gateway.stop();
      await Promise.all(pollers.map((p) => p.stop()));
      checkpoints.flush();
      await functions.close();
      await Promise.all([kinesis.close(), dynamo.close()]);
      unlock();
    },
  };
}
