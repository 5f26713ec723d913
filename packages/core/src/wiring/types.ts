// The shape of kringle's one wiring definition, read by the SST stacks and the offline runtime alike.

/** A Lambda handler: a module path from the repository root (no extension) and its export. */
export interface FunctionRef {
  /** e.g. "packages/functions/src/ws/connect" */
  file: string;
  /** the exported handler, e.g. "handler" */
  export: string;
}

export type TableKey = "connections" | "transcripts" | "gifts" | "events" | "deadletters" | "idempotency" | "guards";
/** "scan": read, and read the whole table (the elves' snapshot of every child) */
export type Access = "read" | "write" | "readwrite" | "scan";

/** What a function may touch; the stacks turn this into least-privilege IAM. */
export interface Permissions {
  tables?: Partial<Record<TableKey, Access>>;
  /** append to the event stream */
  streamWrite?: boolean;
  /** publish to the bus */
  busPut?: boolean;
  /** PostToConnection / DeleteConnection / GetConnection on this API */
  manageConnections?: boolean;
  /** invoke the configured Bedrock models */
  bedrock?: boolean;
  /** read the tokens and the conversation secret (SST Config secrets on AWS, bound to it alone) */
  secrets?: boolean;
}

export interface FunctionDef extends FunctionRef {
  description: string;
  permissions: Permissions;
  /** seconds; API Gateway integrations are cut at 29 s whatever this says */
  timeoutSeconds: number;
  memoryMb?: number;
  /**
   * for a function the bus invokes (asynchronously): Lambda's own retries of a failed
   * invocation, after which the event goes to the function's dead letter
   */
  async?: { retryAttempts: number; maximumEventAgeSeconds: number };
}

export type AttributeType = "string" | "number";
export interface KeyDef {
  name: string;
  type: AttributeType;
}
export interface IndexDef {
  partitionKey: KeyDef;
  sortKey?: KeyDef;
}
export interface TableDef {
  partitionKey: KeyDef;
  sortKey?: KeyDef;
  indexes: Record<string, IndexDef>;
  /** attribute holding an expiry in epoch seconds (TTL on AWS; ignored offline, where dynalite has none) */
  timeToLiveAttribute?: string;
}

/** A client's limit on a route: a burst, then one every `everyMs` (overridable by environment, see rate-limit.ts). */
export interface RouteRateLimit {
  burst: number;
  everyMs: number;
  /** the buckets a frame is taken from: each connection's and each conversation's (across its connections) */
  per: readonly ("connection" | "conversation")[];
}

export interface RouteDef {
  function: string;
  /** on $connect only: a REQUEST authorizer whose context reaches every later route */
  authorizer?: { function: string; identitySource: string };
  /**
   * each client's limit: checked by the route's handler against the guards table, and offline
   * also by the gateway before the handler is invoked
   */
  rateLimit?: RouteRateLimit;
  /**
   * API Gateway's route throttling, for the whole stage: a ceiling that protects the backend from
   * all clients together (API Gateway has no per-client WebSocket throttling)
   */
  throttle?: { burstLimit: number; ratePerSecond: number };
}

/**
 * A plain HTTP route beside the WebSocket (keyed "GET /path"): an HTTP API route on AWS, served by
 * the offline gateway on the same port as the WebSocket. Public, so always throttled.
 */
export interface HttpRouteDef {
  function: string;
  /** API Gateway's route throttling for the whole stage (the offline gateway has none) */
  throttle: { burstLimit: number; ratePerSecond: number };
}

/** A Lambda event pattern over a Kinesis record's `data` (Lambda event filtering). */
export type FilterPattern = Record<string, unknown>;

export interface ConsumerDef {
  function: string;
  description: string;
  batchSize: number;
  startingPosition: "TRIM_HORIZON" | "LATEST";
  maxBatchingWindowSeconds: number;
  /** attempts after the first failure before the records go to the dead letter */
  retryAttempts: number;
  bisectBatchOnError: boolean;
  reportBatchItemFailures: true;
  /** the records this consumer receives; all when absent */
  filters?: FilterPattern[];
  /** read with enhanced fan-out on AWS (~70 ms instead of ~1 s polling); offline every consumer polls */
  enhancedFanOut: boolean;
}

export interface RuleDef {
  description: string;
  eventPattern: Record<string, unknown>;
  target: string;
  /**
   * EventBridge's attempts to hand the event to the target (a throttled invoke, say) after the
   * first, before it goes to the rule's dead letter; a failure of the function itself is retried
   * as its `async` settings say
   */
  retryAttempts: number;
  maximumEventAgeSeconds: number;
}

export interface Wiring {
  stream: { name: string; partitionKey: "conversationId"; retentionHours: number; localShards: number };
  bus: { name: string; source: string };
  tables: Record<TableKey, TableDef>;
  functions: Record<string, FunctionDef>;
  routes: Record<string, RouteDef>;
  routeSelectionExpression: string;
  httpRoutes: Record<string, HttpRouteDef>;
  consumers: Record<string, ConsumerDef>;
  rules: Record<string, RuleDef>;
}
