// kringle's one wiring definition (ARCHITECTURE.md §4): every route, stream consumer, bus rule and
// table is named here once. `stacks/` deploys it with SST; `packages/local` runs it offline.
import type { ConsumerDef, FunctionDef, Wiring } from "./types.js";

const fn = (file: string, description: string, rest: Omit<FunctionDef, "file" | "export" | "description">): FunctionDef => ({
  file: `packages/functions/src/${file}`,
  export: "handler",
  description,
  ...rest,
});

const projector = (
  fnName: string,
  description: string,
  extra: Partial<ConsumerDef> = {},
): ConsumerDef => ({
  function: fnName,
  description,
  batchSize: 100,
  startingPosition: "TRIM_HORIZON",
  maxBatchingWindowSeconds: 0,
  retryAttempts: 5,
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  enhancedFanOut: false,
  ...extra,
});

export const wiring = {
  stream: { name: "events", partitionKey: "conversationId", retentionHours: 24, localShards: 4 },
  bus: { name: "kringle", source: "kringle" },

  tables: {
    connections: {
      partitionKey: { name: "connectionId", type: "string" },
      indexes: {
        byConversation: { partitionKey: { name: "conversationId", type: "string" }, sortKey: { name: "connectedAt", type: "string" } },
        // sparse: only elves' open connections carry `openRole`
        byRole: { partitionKey: { name: "openRole", type: "string" }, sortKey: { name: "connectedAt", type: "string" } },
      },
    },
    transcripts: {
      partitionKey: { name: "conversationId", type: "string" },
      sortKey: { name: "position", type: "number" },
      indexes: {},
    },
    // one card per child: a child is a conversation (two Mias are two children)
    gifts: {
      partitionKey: { name: "conversationId", type: "string" },
      indexes: {},
    },
    events: {
      partitionKey: { name: "conversationId", type: "string" },
      sortKey: { name: "position", type: "string" },
      indexes: {},
    },
    deadletters: {
      partitionKey: { name: "source", type: "string" },
      sortKey: { name: "id", type: "string" },
      indexes: {},
    },
    idempotency: {
      partitionKey: { name: "id", type: "string" },
      indexes: {},
      timeToLiveAttribute: "expiration",
    },
    // rate buckets, message fingerprints and legacy conversations' claimed keys (access/dynamo-guards.ts),
    // and Santa's reply lock per conversation (santa/reply-lock.dynamo.ts)
    guards: {
      partitionKey: { name: "id", type: "string" },
      indexes: {},
      timeToLiveAttribute: "expiresAt",
    },
  },

  functions: {
    authorize: fn("ws/authorize", "checks the token and the conversation's key on $connect and names the caller's role and conversation", {
      // reads and claims only for a keyless rejoin of a conversation from before keys
      permissions: { tables: { transcripts: "read", guards: "readwrite" }, secrets: true },
      timeoutSeconds: 5,
    }),
    connectCheck: fn("http/connect-check", "answers whether a link may connect, as the $connect authorizer decides, recording nothing", {
      // reads only for a keyless rejoin of a conversation from before keys, and claims nothing
      permissions: { tables: { transcripts: "read", guards: "read" }, secrets: true },
      timeoutSeconds: 5,
      memoryMb: 128,
    }),
    connect: fn("ws/connect", "appends connection.opened", { permissions: { streamWrite: true }, timeoutSeconds: 10 }),
    disconnect: fn("ws/disconnect", "appends connection.closed", { permissions: { streamWrite: true }, timeoutSeconds: 10 }),
    sendMessage: fn("ws/send-message", "validates a child's message, checks its rate limits and appends message.sent", {
      permissions: { streamWrite: true, manageConnections: true, tables: { guards: "readwrite" } },
      timeoutSeconds: 10,
    }),
    sync: fn("ws/sync", "answers with the transcript after a position", {
      permissions: { tables: { transcripts: "read" }, manageConnections: true },
      timeoutSeconds: 10,
    }),
    defaultRoute: fn("ws/default-route", "answers a frame with no known action with an error", {
      permissions: { manageConnections: true },
      timeoutSeconds: 5,
    }),
    connectionsProjector: fn("stream/connections-projector", "folds connection events into the connections table", {
      permissions: { tables: { connections: "readwrite", deadletters: "write" } },
      timeoutSeconds: 60,
    }),
    transcriptProjector: fn("stream/transcript-projector", "folds messages and replies into transcripts and pushes deltas", {
      permissions: { tables: { transcripts: "readwrite", deadletters: "write" }, manageConnections: true, streamWrite: true },
      timeoutSeconds: 60,
    }),
    giftsProjector: fn("stream/gifts-projector", "folds gift and safety events into each child's card and pushes it to the elves", {
      permissions: { tables: { gifts: "readwrite", connections: "read", deadletters: "write" }, manageConnections: true, streamWrite: true },
      timeoutSeconds: 60,
    }),
    watchGifts: fn("ws/watch-gifts", "answers an elf with every child's card", {
      permissions: { tables: { gifts: "scan" }, manageConnections: true },
      timeoutSeconds: 10,
    }),
    giftExtractor: fn("bus/gift-extractor", "finds the wishes a child's message adds or takes back", {
      // idempotency: a model's extraction is kept per message event, so a redelivery cannot word a wish anew
      permissions: { streamWrite: true, bedrock: true, tables: { transcripts: "read", idempotency: "readwrite" } },
      timeoutSeconds: 60,
      // deterministic ids: a retried extraction appends the very same events (a model's: its first run's)
      async: { retryAttempts: 2, maximumEventAgeSeconds: 3600 },
    }),
    archiveProjector: fn("stream/archive-projector", "keeps every event in the events table, past stream retention", {
      // reads its markers, so an event appended again after a crash is kept once
      permissions: { tables: { events: "readwrite", deadletters: "write" } },
      timeoutSeconds: 60,
    }),
    publisher: fn("stream/publisher", "publishes business events (not chunks) to the bus", {
      permissions: { busPut: true, tables: { deadletters: "write" } },
      timeoutSeconds: 60,
    }),
    santa: fn("bus/santa", "replies to a child's message, streaming through the log", {
      // guards: the reply lock, one reply at a time per conversation (santa/reply-lock.dynamo.ts)
      permissions: { streamWrite: true, bedrock: true, tables: { transcripts: "read", idempotency: "readwrite", guards: "readwrite" } },
      timeoutSeconds: 120,
      memoryMb: 512,
      // a reply cut off by a crash stays "in progress" (idempotency) until the timeout has passed;
      // Lambda's retries come a minute and then two later, which outlasts it
      async: { retryAttempts: 2, maximumEventAgeSeconds: 3600 },
    }),
  },

  routeSelectionExpression: "$request.body.action",
  routes: {
    $connect: { function: "connect", authorizer: { function: "authorize", identitySource: "route.request.querystring.token" } },
    $disconnect: { function: "disconnect" },
    $default: { function: "defaultRoute" },
    sendMessage: {
      function: "sendMessage",
      // a child types: five at once, then one every two seconds, per connection and per conversation
      rateLimit: { burst: 5, everyMs: 2000, per: ["connection", "conversation"] },
      throttle: { burstLimit: 1000, ratePerSecond: 500 },
    },
    sync: { function: "sync" },
    watchGifts: { function: "watchGifts" },
  },

  httpRoutes: {
    // asked by the page after a failed connect, since a browser cannot see a refused handshake's
    // status; the ceiling keeps it cheap, and it answers no more than $connect itself would
    "GET /connect-check": { function: "connectCheck", throttle: { burstLimit: 50, ratePerSecond: 20 } },
  },

  consumers: {
    connections: projector("connectionsProjector", "who is connected to what", {
      // no batching window: the gifts projector finds the elves to push to in this table, and an
      // elf who just opened the dashboard should get the next change
      filters: [{ data: { type: [{ prefix: "connection." }] } }],
    }),
    transcript: projector("transcriptProjector", "messages and replies, pushed live", {
      // the latency-critical path: every reply chunk reaches the child through here
      enhancedFanOut: true,
      filters: [{ data: { type: [{ prefix: "connection." }, { prefix: "reply." }, "message.sent"] } }],
    }),
    gifts: projector("giftsProjector", "gifts by child, pushed live to the elves", {
      filters: [{ data: { type: [{ prefix: "gift." }, "safety.flagged"] } }],
    }),
    archive: projector("archiveProjector", "every event, kept past the stream's retention", {
      batchSize: 500,
      maxBatchingWindowSeconds: 1,
    }),
    publisher: projector("publisher", "stream to bus, chunks excluded", {
      // every reply waits on this hop (message.sent → bus → Santa): polled, it would add up to a
      // second on AWS, where Lambda reads a shard about once a second
      enhancedFanOut: true,
      filters: [{ data: { type: [{ "anything-but": ["reply.chunk"] }] } }],
    }),
  },

  rules: {
    santaReplies: {
      description: "Santa answers every message a child sends",
      eventPattern: { source: ["kringle"], "detail-type": ["message.sent"] },
      target: "santa",
      retryAttempts: 20,
      maximumEventAgeSeconds: 3600,
    },
    giftExtraction: {
      description: "the gift extractor reads every message a child sends",
      eventPattern: { source: ["kringle"], "detail-type": ["message.sent"] },
      target: "giftExtractor",
      retryAttempts: 20,
      maximumEventAgeSeconds: 3600,
    },
  },
} satisfies Wiring;

export type FunctionName = keyof typeof wiring.functions;
export type ConsumerName = keyof typeof wiring.consumers;
export type RuleName = keyof typeof wiring.rules;
