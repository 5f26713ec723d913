// The functions' composition root: AWS clients and the stores built on them, created once per
// configuration. Keyed by the endpoint and name variables so the offline runtime can be restarted
// in one process (tests do) without functions holding clients to stand-ins that are gone.
import {
  allEntries,
  finishedEntries,
  ApiGatewayPusher,
  DynamoArchive,
  DynamoConnectionsStore,
  DynamoDeadLetters,
  EventBridgePublisher,
  KinesisEventLog,
  DynamoTranscriptStore,
  DynamoGiftsStore,
  GuardsStore,
  extractorFromEnv,
  busName,
  clientsConfigKey,
  configuredRateLimit,
  connectionsClient,
  documentClient,
  dynamoClient,
  eventBridgeClient,
  kinesisClient,
  streamName,
  tableName,
  historyTokens,
  DynamoReplyLock,
  santaModel,
  santaPrompt,
  wiring,
  type GiftExtractionPorts,
  type ReplierDeps,
  type GiftExtractor,
  type RouteRateLimit,
} from "@kringle/core";
import { logger } from "./observability.js";

function build() {
  const dynamo = dynamoClient();
  const docs = documentClient(dynamo);
  const log = new KinesisEventLog(kinesisClient(), { streamName: streamName() });
  const transcripts = new DynamoTranscriptStore(docs, tableName("transcripts"));
  const replyLock = new DynamoReplyLock(docs, tableName("guards"));
  // one per container: it remembers the rate buckets it wrote, so a warm handler writes once
  const guards = new GuardsStore(docs, tableName("guards"));
  let rateLimit: RouteRateLimit | undefined;
  let extractor: GiftExtractor | undefined;
  const pushers = new Map<string, ApiGatewayPusher>();
  const pusherFor = (key: string, make: () => ApiGatewayPusher) => {
    let pusher = pushers.get(key);
    if (!pusher) pushers.set(key, (pusher = make()));
    return pusher;
  };
  return {
    dynamo,
    docs,
    log,
    transcripts,
    guards,
    /** the sendMessage limit: the wired one with the environment's overrides (KRINGLE_RATE_*), read once; a bad value fails that route only */
    sendMessageRateLimit(): RouteRateLimit {
      const wired = wiring.routes.sendMessage.rateLimit;
      return (rateLimit ??= { ...wired, ...configuredRateLimit(wired, process.env) });
    },
    connections: new DynamoConnectionsStore(docs, tableName("connections")),
    archive: new DynamoArchive(docs, tableName("events")),
    deadLetters: new DynamoDeadLetters(docs, tableName("deadletters")),
    /** what Santa's reactor runs against: the log, the configured model and prompt, the transcript, the reply lock */
    santa(): ReplierDeps {
      return { log, model: santaModel(), prompt: santaPrompt(), historyTokens: historyTokens(), transcript: (id) => allEntries(transcripts, id), lock: replyLock };
    },
    gifts: new DynamoGiftsStore(docs, tableName("gifts")),
    /** what the gift extractor's reactor runs against; model output that fails validation is logged */
    gifting(): GiftExtractionPorts {
      extractor ??= extractorFromEnv(process.env, (reason, from) => logger.warn("gift extraction fell back to the offline rules", { reason, extractor: from }));
      return { log, extractor, transcript: (id) => finishedEntries(transcripts, id) };
    },
    publisher: new EventBridgePublisher(eventBridgeClient(), { busName: busName(), source: wiring.bus.source }),
    /** pushes to watchers (projectors): a connection found gone is recorded as closed */
    pusher(): ApiGatewayPusher {
      return pusherFor("projector", () => new ApiGatewayPusher(connectionsClient(), log));
    },
    /** answers the caller of a route, through the API that invoked it */
    answerer(fromEvent: { domainName?: string; stage?: string }): ApiGatewayPusher {
      return pusherFor(`${fromEvent.domainName ?? ""}/${fromEvent.stage ?? ""}`, () => new ApiGatewayPusher(connectionsClient(fromEvent)));
    },
  };
}

export type Deps = ReturnType<typeof build>;

let cached: { key: string; deps: Deps } | undefined;

export function deps(): Deps {
  const key = clientsConfigKey();
  if (cached?.key !== key) cached = { key, deps: build() };
  return cached.deps;
}
