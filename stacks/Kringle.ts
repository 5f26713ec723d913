// kringle on AWS, derived from the wiring definition (ARCHITECTURE.md §4): every table, function,
// route, stream consumer and bus rule below comes from iterating `wiring`; nothing is named twice.
import { contentSecurityPolicy } from "@kringle/core/page-policy";
import { RATE_LIMIT_ENV } from "@kringle/core/rate-limit";
import { tableEnvVar, wiring, type ConsumerDef, type FunctionDef, type HttpRouteDef, type RouteDef, type RuleDef, type TableDef, type TableKey } from "@kringle/core/wiring";
import { Duration, type Stack } from "aws-cdk-lib";
import { CfnStage, CorsHttpMethod, HttpApi, HttpMethod, WebSocketApi, WebSocketStage } from "aws-cdk-lib/aws-apigatewayv2";
import { WebSocketLambdaAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration, WebSocketLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import { HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy } from "aws-cdk-lib/aws-cloudfront";
import { Rule, type EventPattern, type IEventBus } from "aws-cdk-lib/aws-events";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { LambdaFunction } from "aws-cdk-lib/aws-events-targets";
import { StreamConsumer, StreamEncryption, StreamMode, type StreamProps } from "aws-cdk-lib/aws-kinesis";
import { FilterCriteria, StartingPosition } from "aws-cdk-lib/aws-lambda";
import {
  KinesisConsumerEventSource,
  KinesisEventSource,
  SqsDlq,
  type KinesisEventSourceProps,
} from "aws-cdk-lib/aws-lambda-event-sources";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import {
  Config,
  EventBus,
  Function as SstFunction,
  KinesisStream,
  StaticSite,
  Table,
  type App,
  type StackContext,
} from "sst/constructs";
import { kringleAlarms } from "./alarms.js";
import { deployConfig, type DeployConfig } from "./deploy-config.js";
import { connectionsArn, grantWired, type WiredResources } from "./iam.js";

/**
 * The secrets the $connect authorizer checks with (the tokens, and the secret conversation keys are
 * an HMAC under); SST keeps them in SSM Parameter Store.
 */
export const SECRET_NAMES = ["KRINGLE_ACCESS_TOKEN", "KRINGLE_ELF_TOKEN", "KRINGLE_CONVERSATION_SECRET"] as const;

/** Where a function's bundle keeps Santa's prompt files (`copyFiles` puts them at the bundle root). */
export const PROMPTS_DIR = "/var/task/prompts";

/** Memory for a function whose wiring says none: enough for the SDK clients, cheap on arm64. */
export const DEFAULT_MEMORY_MB = 256;

/** The same name as the offline runtime's, prefixed by stage and app: "prod-kringle-events". */
const named = (app: App, name: string) => app.logicalPrefixedName(name);

/** The event stream: on demand unless a provisioned shard count is configured. */
export function eventStreamProps(config: Pick<DeployConfig, "shardCount">): StreamProps {
  return {
    streamMode: config.shardCount === undefined ? StreamMode.ON_DEMAND : StreamMode.PROVISIONED,
    ...(config.shardCount === undefined ? {} : { shardCount: config.shardCount }),
    retentionPeriod: Duration.hours(wiring.stream.retentionHours),
    encryption: StreamEncryption.MANAGED,
  };
}

function table(stack: Stack, app: App, key: TableKey, def: TableDef): Table {
  const keys = [def.partitionKey, def.sortKey, ...Object.values(def.indexes).flatMap((i) => [i.partitionKey, i.sortKey])];
  const fields = Object.fromEntries(keys.flatMap((k) => (k ? [[k.name, k.type]] : [])));
  return new Table(stack, `${key}Table`, {
    fields,
    primaryIndex: { partitionKey: def.partitionKey.name, ...(def.sortKey ? { sortKey: def.sortKey.name } : {}) },
    globalIndexes: Object.fromEntries(
      Object.entries(def.indexes).map(([name, index]) => [
        name,
        { partitionKey: index.partitionKey.name, ...(index.sortKey ? { sortKey: index.sortKey.name } : {}) },
      ]),
    ),
    ...(def.timeToLiveAttribute ? { timeToLiveAttribute: def.timeToLiveAttribute } : {}),
    // SST defaults to on-demand billing and point-in-time recovery; the name is the wiring's
    cdk: { table: { tableName: named(app, key) } },
  });
}

/** EventBridge's own field names ("detail-type", "source", …) pass through CDK's rendering unchanged. */
const eventPattern = (pattern: RuleDef["eventPattern"]) => pattern as EventPattern;

function streamSource(stack: Stack, app: App, stream: KinesisStream, name: string, def: ConsumerDef, dlq: Queue) {
  const props: KinesisEventSourceProps = {
    batchSize: def.batchSize,
    startingPosition: StartingPosition[def.startingPosition],
    maxBatchingWindow: Duration.seconds(def.maxBatchingWindowSeconds),
    retryAttempts: def.retryAttempts,
    bisectBatchOnError: def.bisectBatchOnError,
    reportBatchItemFailures: def.reportBatchItemFailures,
    onFailure: new SqsDlq(dlq),
    // Lambda event filtering: each wired pattern over the record's JSON `data` becomes one FilterCriteria entry
    ...(def.filters ? { filters: def.filters.map((pattern) => FilterCriteria.filter(pattern)) } : {}),
  };
  if (!def.enhancedFanOut) return new KinesisEventSource(stream.cdk.stream, props);
  // a dedicated 2 MB/s per shard, pushed over HTTP/2 (~70 ms) instead of shared polling (~1 s)
  const consumer = new StreamConsumer(stack, `${name}StreamConsumer`, {
    stream: stream.cdk.stream,
    streamConsumerName: named(app, name),
  });
  return new KinesisConsumerEventSource(consumer, props);
}

export function Kringle({ stack, app }: StackContext) {
  const config = deployConfig();

  const tables = Object.fromEntries(
    (Object.entries(wiring.tables) as [TableKey, TableDef][]).map(([key, def]) => [key, table(stack, app, key, def)]),
  ) as Record<TableKey, Table>;

  const stream = new KinesisStream(stack, "Stream", {
    cdk: { stream: { streamName: named(app, wiring.stream.name), ...eventStreamProps(config) } },
  });

  const bus = new EventBus(stack, "Bus", { cdk: { eventBus: { eventBusName: named(app, wiring.bus.name) } } });
  const eventBus: IEventBus = bus.cdk.eventBus;
  // every kringle event the publisher puts on the bus, for replay
  const archive = eventBus.archive("Archive", {
    archiveName: named(app, wiring.bus.name),
    description: "every kringle event published to the bus, for replay",
    eventPattern: { source: [wiring.bus.source] },
    ...(config.archiveRetentionDays > 0 ? { retention: Duration.days(config.archiveRetentionDays) } : {}),
  });

  const api = new WebSocketApi(stack, "Api", {
    apiName: named(app, "ws"),
    routeSelectionExpression: wiring.routeSelectionExpression,
  });
  const wsStage = new WebSocketStage(stack, "ApiStage", { webSocketApi: api, stageName: app.stage, autoDeploy: true });
  // API Gateway's route throttling, as wired: a ceiling over all clients of a route (each client's
  // own limit is its handler's check, on the guards table)
  const routeSettings = Object.fromEntries(
    Object.entries(wiring.routes as Record<string, RouteDef>).flatMap(([routeKey, def]) =>
      def.throttle ? [[routeKey, { ThrottlingBurstLimit: def.throttle.burstLimit, ThrottlingRateLimit: def.throttle.ratePerSecond }]] : [],
    ),
  );
  (wsStage.node.defaultChild as CfnStage).routeSettings = routeSettings;

  const resources: WiredResources = {
    tables: Object.fromEntries(Object.entries(tables).map(([key, t]) => [key, t.cdk.table])) as WiredResources["tables"],
    stream: stream.cdk.stream,
    bus: eventBus,
    connectionsArn: connectionsArn(stack, api.apiId, app.stage),
    bedrockModelId: config.bedrockModelId,
  };

  /** the functions that host a rate-limited route: they read the limit's values */
  const rateLimited = new Set(
    Object.values(wiring.routes as Record<string, RouteDef>).flatMap((route) => (route.rateLimit ? [route.function] : [])),
  );
  const environment = (name: string, def: FunctionDef): Record<string, string> => {
    const p = def.permissions;
    return {
      POWERTOOLS_SERVICE_NAME: "kringle",
      POWERTOOLS_METRICS_NAMESPACE: "kringle",
      POWERTOOLS_LOG_LEVEL: config.logLevel,
      // the names core's tableName() reads
      ...Object.fromEntries(
        (Object.keys(p.tables ?? {}) as TableKey[]).map((key) => [tableEnvVar(key), tables[key].tableName]),
      ),
      ...(p.streamWrite ? { KRINGLE_STREAM: stream.streamName } : {}),
      ...(p.busPut ? { KRINGLE_BUS: eventBus.eventBusName } : {}),
      // the standard variable the @connections client reads: this API's https management endpoint
      ...(p.manageConnections ? { AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI: wsStage.callbackUrl } : {}),
      ...(p.bedrock
        ? { KRINGLE_MODEL: "bedrock", KRINGLE_BEDROCK_MODEL_ID: config.bedrockModelId, KRINGLE_PROMPTS_DIR: PROMPTS_DIR }
        : {}),
      ...(rateLimited.has(name)
        ? {
            [RATE_LIMIT_ENV.burst]: String(config.sendMessageRateLimit.burst),
            [RATE_LIMIT_ENV.everyMs]: String(config.sendMessageRateLimit.everyMs),
          }
        : {}),
    };
  };

  const functions = Object.fromEntries(
    Object.entries(wiring.functions as Record<string, FunctionDef>).map(([name, def]) => {
      const fn = new SstFunction(stack, name, {
        handler: `${def.file}.${def.export}`,
        description: def.description,
        runtime: "nodejs22.x",
        architecture: "arm_64",
        timeout: def.timeoutSeconds,
        memorySize: def.memoryMb ?? DEFAULT_MEMORY_MB,
        logRetention: "one_month",
        // the code has no X-Ray tracer, so active tracing would bill a trace per invocation for
        // Lambda's own segments only; the JSON logs, metrics and alarms are the observability
        tracing: "disabled",
        environment: environment(name, def),
        // the model's system prompts are files read at run time
        ...(def.permissions.bedrock ? { copyFiles: [{ from: "packages/core/prompts", to: "prompts" }] } : {}),
      });
      grantWired(fn, def.permissions, resources);
      return [name, fn];
    }),
  ) as Record<string, SstFunction>;
  const fnNamed = (name: string): SstFunction => {
    const fn = functions[name];
    if (!fn) throw new Error(`the wiring names a function "${name}" it does not define`);
    return fn;
  };

  // bound to the functions that check links (the authorizer, the connect check) and to no other
  const secrets = Config.Secret.create(stack, ...SECRET_NAMES);
  for (const [name, def] of Object.entries(wiring.functions as Record<string, FunctionDef>)) {
    if (def.permissions.secrets) fnNamed(name).bind(Object.values(secrets));
  }
  for (const [routeKey, def] of Object.entries(wiring.routes as Record<string, RouteDef>)) {
    let authorizer: WebSocketLambdaAuthorizer | undefined;
    if (def.authorizer) {
      // API Gateway runs WebSocket authorizers on $connect only; the context it returns reaches every later route
      if (routeKey !== "$connect") throw new Error(`route ${routeKey}: WebSocket authorizers only run on $connect`);
      const authorizerFn = fnNamed(def.authorizer.function);
      authorizer = new WebSocketLambdaAuthorizer(`${def.authorizer.function}Authorizer`, authorizerFn, {
        authorizerName: def.authorizer.function,
        identitySource: [def.authorizer.identitySource],
      });
    }
    api.addRoute(routeKey, {
      integration: new WebSocketLambdaIntegration(`${def.function}Integration`, fnNamed(def.function)),
      ...(authorizer ? { authorizer } : {}),
    });
  }

  // The wired HTTP routes (`GET /connect-check`): an HTTP API rather than a function URL, for its
  // route throttling (a flood is answered 429 by API Gateway, no function runs; a function URL can
  // only cap concurrency) and its CORS; the page, served from CloudFront, asks it across origins.
  // Any origin may: it answers no more than $connect, which no browser origin rule guards either.
  const httpApi = new HttpApi(stack, "HttpApi", {
    apiName: named(app, "http"),
    corsPreflight: { allowOrigins: ["*"], allowMethods: [CorsHttpMethod.GET] },
  });
  const httpRoutes = Object.entries(wiring.httpRoutes as Record<string, HttpRouteDef>);
  for (const [routeKey, def] of httpRoutes) {
    const [method, path] = routeKey.split(" ") as [keyof typeof HttpMethod, string];
    httpApi.addRoutes({ path, methods: [HttpMethod[method]], integration: new HttpLambdaIntegration(`${def.function}HttpIntegration`, fnNamed(def.function)) });
  }
  (httpApi.defaultStage!.node.defaultChild as CfnStage).routeSettings = Object.fromEntries(
    httpRoutes.map(([routeKey, def]) => [routeKey, { ThrottlingBurstLimit: def.throttle.burstLimit, ThrottlingRateLimit: def.throttle.ratePerSecond }]),
  );
  const connectCheckUrl = `${httpApi.apiEndpoint}/connect-check`;

  const deadLetters: Record<string, Queue> = {};
  const deadLetterQueue = (id: string) =>
    (deadLetters[id] = new Queue(stack, `${id}DeadLetters`, {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
    }));

  const consumerFunctions: Record<string, SstFunction> = {};
  for (const [name, def] of Object.entries(wiring.consumers as Record<string, ConsumerDef>)) {
    const fn = fnNamed(def.function);
    fn.addEventSource(streamSource(stack, app, stream, name, def, deadLetterQueue(`${name}Consumer`)));
    consumerFunctions[name] = fn;
  }

  // a function the bus invokes is retried by Lambda as wired, then its event goes to a dead letter
  for (const [name, def] of Object.entries(wiring.functions as Record<string, FunctionDef>)) {
    if (!def.async) continue;
    fnNamed(name).configureAsyncInvoke({
      retryAttempts: def.async.retryAttempts,
      maxEventAge: Duration.seconds(def.async.maximumEventAgeSeconds),
      onFailure: new SqsDestination(deadLetterQueue(`${name}Invocation`)),
    });
  }

  for (const [name, def] of Object.entries(wiring.rules as Record<string, RuleDef>)) {
    new Rule(stack, `${name}Rule`, {
      eventBus,
      description: def.description,
      eventPattern: eventPattern(def.eventPattern),
      targets: [
        new LambdaFunction(fnNamed(def.target), {
          retryAttempts: def.retryAttempts,
          maxEventAge: Duration.seconds(def.maximumEventAgeSeconds),
          deadLetterQueue: deadLetterQueue(`${name}Rule`),
        }),
      ],
    });
  }

  // the page's link carries the child's token and conversation key: never a Referer, no inline
  // script, and it talks only to the WebSocket and the connect-check (the offline server's headers too)
  const pageHeaders = new ResponseHeadersPolicy(stack, "WebHeaders", {
    comment: "kringle web app: content security policy, no referrer",
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy([wsStage.url, connectCheckUrl]), override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
    },
  });
  const site = new StaticSite(stack, "Web", {
    path: "packages/web",
    // a folder of its own, so a deploy (or the synth tests) never replaces the offline build
    buildCommand: "npx vite build --outDir dist-deploy --emptyOutDir",
    buildOutput: "dist-deploy",
    // the chat at /, the elves at /elves: one index.html answers every path
    errorPage: "redirect_to_index_page",
    // only the two URLs reach the bundle; the tokens travel in the chat and elves' links
    environment: { VITE_WS_URL: wsStage.url, VITE_CONNECT_CHECK_URL: connectCheckUrl },
    // SST would write src/sst-env.d.ts into the web package; the app declares VITE_WS_URL itself
    vite: { types: "../../.sst/web-env.d.ts" },
    cdk: { distribution: { defaultBehavior: { responseHeadersPolicy: pageHeaders } } },
  });

  kringleAlarms(stack, {
    functions,
    consumers: consumerFunctions,
    deadLetters,
    iteratorAgeMs: config.iteratorAgeAlarmMs,
    email: config.alarmEmail,
    prefix: `${app.stage}-${app.name}`,
  });

  const siteUrl = site.customDomainUrl ?? site.url ?? "";
  stack.addOutputs({
    ChatUrl: siteUrl,
    ElvesUrl: `${siteUrl}/elves`,
    WebSocketUrl: wsStage.url,
    ConnectCheckUrl: connectCheckUrl,
    EventArchive: archive.archiveName,
  });

  return { api, wsStage, httpApi, functions, tables, stream, bus, site };
}
