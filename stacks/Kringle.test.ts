// What `sst deploy` would create, proven offline: the app is loaded and synthesized the way the SST
// CLI does (functions bundled, the web app built), then every wired route, function, consumer, rule
// and table is looked up in the template by iterating the wiring, and the IAM is checked.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { conversationKey, tableEnvVar } from "@kringle/core";
import { wiring, type Access, type ConsumerDef, type FunctionDef, type HttpRouteDef, type RouteDef, type RuleDef, type TableDef, type TableKey } from "@kringle/core/wiring";
import { Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { SSTConfig } from "sst";
import { App } from "sst/constructs";
import { initProject, useProject } from "sst/project.js";
import { load } from "sst/stacks/build.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deployConfig } from "./deploy-config.js";
import { BEDROCK_ACTIONS, bedrockStatements, STREAM_WRITE_ACTIONS, TABLE_ACTIONS } from "./iam.js";
import { DEFAULT_MEMORY_MB, PROMPTS_DIR, SECRET_NAMES } from "./Kringle.js";

/** CloudFormation JSON, which these tests walk untyped. */
type Json = any;
interface Resource {
  Type: string;
  Properties: Json;
}

const STAGE = "test";
/** the deploy settings this synthesis ran with (defaults unless the shell sets KRINGLE_* deploy variables) */
const config = deployConfig();
const ACCOUNT = "123456789012";
/** What an engineer's shell might hold while deploying: neither may reach the web bundle or the template. */
const ACCESS_TOKEN = `access-${randomUUID()}`;
const ELF_TOKEN = `elf-${randomUUID()}`;
const CONVERSATION_SECRET = `secret-${randomUUID()}`;

let stack: Stack;
let template: Json;
let resources: Record<string, Resource>;
const savedEnv = {
  access: process.env.KRINGLE_ACCESS_TOKEN,
  elf: process.env.KRINGLE_ELF_TOKEN,
  conversation: process.env.KRINGLE_CONVERSATION_SECRET,
};

beforeAll(async () => {
  process.env.KRINGLE_ACCESS_TOKEN = ACCESS_TOKEN;
  process.env.KRINGLE_ELF_TOKEN = ELF_TOKEN;
  process.env.KRINGLE_CONVERSATION_SECRET = CONVERSATION_SECRET;
  await initProject({ stage: STAGE });
  const project = useProject();
  // as `sst deploy` does: bundle sst.config.ts with SST's loader, then run its stacks on a fresh App
  const [, sstConfig] = (await load(project.paths.config)) as readonly [unknown, SSTConfig];
  const app = new App({ mode: "deploy", stage: STAGE, name: project.config.name, region: project.config.region, account: ACCOUNT });
  await sstConfig.stacks(app);
  await app.finish();
  const stacks = app.node.children.filter((c): c is Stack => c instanceof Stack);
  expect(stacks).toHaveLength(1);
  stack = stacks[0]!;
  template = Template.fromStack(stack).toJSON();
  resources = template.Resources;
});

afterAll(() => {
  for (const [name, value] of [
    ["KRINGLE_ACCESS_TOKEN", savedEnv.access],
    ["KRINGLE_ELF_TOKEN", savedEnv.elf],
    ["KRINGLE_CONVERSATION_SECRET", savedEnv.conversation],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

// ---- looking things up in the template -------------------------------------------------------

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

/** Logical ids a value refers to through Ref or Fn::GetAtt. */
function refs(value: Json, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refs(v, into);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "Ref" && typeof v === "string" && !v.startsWith("AWS::")) into.add(v);
      else if (k === "Fn::GetAtt" && Array.isArray(v)) into.add(String(v[0]));
      else refs(v, into);
    }
  }
  return into;
}
const refersTo = (value: Json, logicalId: string) => refs(value).has(logicalId);
const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

const functions = Object.entries(wiring.functions as Record<string, FunctionDef>);
const routes = Object.entries(wiring.routes as Record<string, RouteDef>);
const consumers = Object.entries(wiring.consumers as Record<string, ConsumerDef>);
const rules = Object.entries(wiring.rules as Record<string, RuleDef>);
const tables = Object.entries(wiring.tables) as [TableKey, TableDef][];

/** The one Lambda function deployed for a wired function, by its handler. */
function fnId(name: string): string {
  const def = (wiring.functions as Record<string, FunctionDef>)[name]!;
  const found = ofType("AWS::Lambda::Function").filter(([, r]) => r.Properties.Handler === `${def.file}.${def.export}`);
  expect(found, `function ${name}`).toHaveLength(1);
  return found[0]![0];
}

function tableId(key: TableKey): string {
  const found = ofType("AWS::DynamoDB::Table").filter(([, r]) => r.Properties.TableName === `${STAGE}-kringle-${key}`);
  expect(found, `table ${key}`).toHaveLength(1);
  return found[0]![0];
}

const only = (type: string): [string, Resource] => {
  const found = ofType(type);
  expect(found, type).toHaveLength(1);
  return found[0]!;
};

/** The one API of a protocol (the WebSocket API, or the HTTP API of the wired HTTP routes). */
const apiOf = (protocol: "WEBSOCKET" | "HTTP"): [string, Resource] => {
  const found = ofType("AWS::ApiGatewayV2::Api").filter(([, r]) => r.Properties.ProtocolType === protocol);
  expect(found, protocol).toHaveLength(1);
  return found[0]!;
};
/** What belongs to an API (its routes, stages, integrations), by the ApiId it names. */
const ofApi = (type: string, apiId: string) => ofType(type).filter(([, r]) => refersTo(r.Properties.ApiId, apiId));

/** Every statement of the policies attached to a function's role. */
function statementsOf(functionId: string): Json[] {
  const roleId = [...refs(resources[functionId]!.Properties.Role)][0]!;
  return ofType("AWS::IAM::Policy")
    .filter(([, p]) => p.Properties.Roles.some((r: Json) => r.Ref === roleId))
    .flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
}
const actionsOf = (statement: Json): string[] => list(statement.Action);

function allStatements(): Json[] {
  const fromPolicies = ofType("AWS::IAM::Policy").flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
  const inline = ofType("AWS::IAM::Role").flatMap(([, r]) => (r.Properties.Policies ?? []).flatMap((p: Json) => p.PolicyDocument.Statement));
  return [...fromPolicies, ...inline];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

// ---- the wiring, resource by resource ------------------------------------------------------------

describe("functions", () => {
  it("deploys every wired function once, on nodejs22.x, with its timeout, memory and description", () => {
    const ours = ofType("AWS::Lambda::Function").filter(([, r]) => String(r.Properties.Handler).startsWith("packages/"));
    expect(ours).toHaveLength(functions.length);
    for (const [name, def] of functions) {
      const props = resources[fnId(name)]!.Properties;
      expect(props, name).toMatchObject({
        Runtime: "nodejs22.x",
        Timeout: def.timeoutSeconds,
        MemorySize: def.memoryMb ?? DEFAULT_MEMORY_MB,
        Description: def.description,
        Architectures: ["arm64"],
      });
    }
  });

  it("gives each function exactly the names its permissions need, and structured-log settings", () => {
    for (const [name, def] of functions) {
      const env: Record<string, Json> = resources[fnId(name)]!.Properties.Environment.Variables;
      const p = def.permissions;
      const expected = [
        ...Object.keys(p.tables ?? {}).map((k) => tableEnvVar(k as TableKey)),
        ...(p.streamWrite ? ["KRINGLE_STREAM"] : []),
        ...(p.busPut ? ["KRINGLE_BUS"] : []),
        ...(p.manageConnections ? ["AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI"] : []),
        ...(p.bedrock ? ["KRINGLE_MODEL", "KRINGLE_BEDROCK_MODEL_ID", "KRINGLE_PROMPTS_DIR"] : []),
        ...(routes.some(([, r]) => r.function === name && r.rateLimit) ? ["KRINGLE_RATE_BURST", "KRINGLE_RATE_EVERY_MS"] : []),
      ].sort();
      const wired = Object.keys(env).filter((k) => k.startsWith("KRINGLE_") || k.startsWith("AWS_ENDPOINT_URL"));
      expect(wired.sort(), name).toEqual(expected);
      for (const key of Object.keys(p.tables ?? {}) as TableKey[]) expect(refersTo(env[tableEnvVar(key)], tableId(key)), `${name} ${key}`).toBe(true);
      if (p.streamWrite) expect(refersTo(env.KRINGLE_STREAM, only("AWS::Kinesis::Stream")[0])).toBe(true);
      if (p.busPut) expect(refersTo(env.KRINGLE_BUS, only("AWS::Events::EventBus")[0])).toBe(true);
      if (p.manageConnections) {
        const endpoint = JSON.stringify(env.AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI);
        expect(endpoint).toMatch(/^\{"Fn::Join":\["",\["https:\/\/",/);
        expect(endpoint).toContain(`/${STAGE}"`);
        expect(refersTo(env.AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI, apiOf("WEBSOCKET")[0])).toBe(true);
      }
      if (p.bedrock) {
        expect(env).toMatchObject({ KRINGLE_MODEL: "bedrock", KRINGLE_BEDROCK_MODEL_ID: config.bedrockModelId, KRINGLE_PROMPTS_DIR: PROMPTS_DIR });
      }
      expect(env, name).toMatchObject({ POWERTOOLS_SERVICE_NAME: "kringle", POWERTOOLS_LOG_LEVEL: config.logLevel });
    }
  });

  it("bundles Santa's prompts into every function that talks to a model", () => {
    const modelUsers = functions.filter(([, d]) => d.permissions.bedrock);
    expect(modelUsers.length).toBeGreaterThan(0);
    for (const [name] of modelUsers) {
      const fn = stack.node.findChild(name);
      const bundled = join(useProject().paths.artifacts, fn.node.addr, "prompts", "santa");
      expect(existsSync(join(bundled, "v1.md")), `${name}: ${bundled}`).toBe(true);
    }
  });
});

describe("WebSocket API", () => {
  it("selects routes as wired and deploys every wired route once, integrated with its function", () => {
    const [apiId, api] = apiOf("WEBSOCKET");
    expect(api.Properties).toMatchObject({ ProtocolType: "WEBSOCKET", RouteSelectionExpression: wiring.routeSelectionExpression });
    expect(ofApi("AWS::ApiGatewayV2::Route", apiId)).toHaveLength(routes.length);
    for (const [routeKey, def] of routes) {
      const found = ofApi("AWS::ApiGatewayV2::Route", apiId).filter(([, r]) => r.Properties.RouteKey === routeKey);
      expect(found, routeKey).toHaveLength(1);
      const route = found[0]![1].Properties;
      expect(refersTo(route.ApiId, apiId)).toBe(true);
      const integrationId = [...refs(route.Target)][0]!;
      expect(refersTo(resources[integrationId]!.Properties.IntegrationUri, fnId(def.function)), routeKey).toBe(true);
    }
  });

  it("checks the token on $connect with the wired REQUEST authorizer, and nowhere else", () => {
    const authorized = routes.filter(([, def]) => def.authorizer);
    expect(ofType("AWS::ApiGatewayV2::Authorizer")).toHaveLength(authorized.length);
    for (const [routeKey, def] of routes) {
      const route = ofType("AWS::ApiGatewayV2::Route").find(([, r]) => r.Properties.RouteKey === routeKey)![1].Properties;
      if (!def.authorizer) {
        expect(route.AuthorizerId, routeKey).toBeUndefined();
        continue;
      }
      expect(route.AuthorizationType).toBe("CUSTOM");
      const authorizer = resources[[...refs(route.AuthorizerId)][0]!]!.Properties;
      expect(authorizer).toMatchObject({ AuthorizerType: "REQUEST", IdentitySource: [def.authorizer.identitySource] });
      expect(refersTo(authorizer.AuthorizerUri, fnId(def.authorizer.function))).toBe(true);
    }
  });
});

describe("event stream", () => {
  it("is one encrypted stream, on demand unless shards are configured, with the wiring's retention", () => {
    expect(only("AWS::Kinesis::Stream")[1].Properties).toMatchObject({
      Name: `${STAGE}-kringle-${wiring.stream.name}`,
      StreamModeDetails: { StreamMode: config.shardCount === undefined ? "ON_DEMAND" : "PROVISIONED" },
      RetentionPeriodHours: wiring.stream.retentionHours,
      StreamEncryption: { EncryptionType: "KMS", KeyId: "alias/aws/kinesis" },
    });
  });

  it("maps every wired consumer once, with its batching, retries, bisect, partial failures, filters and a dead letter", () => {
    const streamId = only("AWS::Kinesis::Stream")[0];
    const mappings = ofType("AWS::Lambda::EventSourceMapping");
    expect(mappings).toHaveLength(consumers.length);
    expect(ofType("AWS::Kinesis::StreamConsumer")).toHaveLength(consumers.filter(([, c]) => c.enhancedFanOut).length);
    for (const [name, def] of consumers) {
      const found = mappings.filter(([, m]) => refersTo(m.Properties.FunctionName, fnId(def.function)));
      expect(found, name).toHaveLength(1);
      const mapping = found[0]![1].Properties;
      expect(mapping, name).toMatchObject({
        BatchSize: def.batchSize,
        StartingPosition: def.startingPosition,
        MaximumBatchingWindowInSeconds: def.maxBatchingWindowSeconds,
        MaximumRetryAttempts: def.retryAttempts,
        BisectBatchOnFunctionError: def.bisectBatchOnError,
        FunctionResponseTypes: ["ReportBatchItemFailures"],
      });
      expect(mapping.FilterCriteria, name).toEqual(def.filters ? { Filters: def.filters.map((f) => ({ Pattern: JSON.stringify(f) })) } : undefined);
      const queueId = [...refs(mapping.DestinationConfig.OnFailure.Destination)][0]!;
      expect(resources[queueId]!.Type, name).toBe("AWS::SQS::Queue");
      const sourceId = [...refs(mapping.EventSourceArn)][0]!;
      if (def.enhancedFanOut) {
        // enhanced fan-out: the mapping reads from its own registered consumer of the stream
        expect(mapping.EventSourceArn, name).toEqual({ "Fn::GetAtt": [sourceId, "ConsumerARN"] });
        expect(resources[sourceId]!.Type).toBe("AWS::Kinesis::StreamConsumer");
        expect(refersTo(resources[sourceId]!.Properties.StreamARN, streamId)).toBe(true);
      } else {
        expect(sourceId, name).toBe(streamId);
      }
    }
  });
});

describe("event bus", () => {
  it("deploys every wired rule once on the kringle bus, with its pattern, retries, event age and a dead letter", () => {
    const [busId, bus] = only("AWS::Events::EventBus");
    expect(bus.Properties.Name).toBe(`${STAGE}-kringle-${wiring.bus.name}`);
    const onBus = ofType("AWS::Events::Rule").filter(([, r]) => refersTo(r.Properties.EventBusName, busId));
    expect(onBus).toHaveLength(rules.length);
    for (const [name, def] of rules) {
      // rules may share a pattern (Santa and the gift extractor both read message.sent): one per target
      const found = onBus.filter(
        ([, r]) => JSON.stringify(r.Properties.EventPattern) === JSON.stringify(def.eventPattern) && r.Properties.Targets.some((t: { Arn: unknown }) => refersTo(t.Arn, fnId(def.target))),
      );
      expect(found, name).toHaveLength(1);
      const rule = found[0]![1].Properties;
      expect(rule.Description).toBe(def.description);
      expect(rule.Targets, name).toHaveLength(1);
      const [target] = rule.Targets;
      expect(refersTo(target.Arn, fnId(def.target)), name).toBe(true);
      expect(target.RetryPolicy).toEqual({ MaximumRetryAttempts: def.retryAttempts, MaximumEventAgeInSeconds: def.maximumEventAgeSeconds });
      expect(resources[[...refs(target.DeadLetterConfig.Arn)][0]!]!.Type).toBe("AWS::SQS::Queue");
    }
  });

  it("retries a function the bus invokes as wired, then sends its event to a dead letter", () => {
    const configs = ofType("AWS::Lambda::EventInvokeConfig");
    const wired = functions.filter(([, def]) => def.async);
    expect(wired.length).toBeGreaterThan(0);
    expect(configs).toHaveLength(wired.length);
    for (const [name, def] of wired) {
      const found = configs.filter(([, c]) => refersTo(c.Properties.FunctionName, fnId(name)));
      expect(found, name).toHaveLength(1);
      const config = found[0]![1].Properties;
      expect(config.MaximumRetryAttempts).toBe(def.async!.retryAttempts);
      expect(config.MaximumEventAgeInSeconds).toBe(def.async!.maximumEventAgeSeconds);
      expect(resources[[...refs(config.DestinationConfig.OnFailure.Destination)][0]!]!.Type).toBe("AWS::SQS::Queue");
    }
  });

  it("archives every kringle event for the configured retention, for replay", () => {
    const [busId] = only("AWS::Events::EventBus");
    const archive = only("AWS::Events::Archive")[1].Properties;
    expect(archive).toMatchObject({ EventPattern: { source: [wiring.bus.source] } });
    expect(archive.RetentionDays).toBe(config.archiveRetentionDays > 0 ? config.archiveRetentionDays : undefined);
    expect(refersTo(archive.SourceArn, busId)).toBe(true);
  });
});

describe("tables", () => {
  it("deploys every wired table once: on demand, point-in-time recovery, its keys, indexes and TTL", () => {
    expect(ofType("AWS::DynamoDB::Table")).toHaveLength(tables.length);
    const keySchema = (pk: { name: string }, sk?: { name: string }) => [
      { AttributeName: pk.name, KeyType: "HASH" },
      ...(sk ? [{ AttributeName: sk.name, KeyType: "RANGE" }] : []),
    ];
    for (const [key, def] of tables) {
      const props = resources[tableId(key)]!.Properties;
      expect(props, key).toMatchObject({
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        KeySchema: keySchema(def.partitionKey, def.sortKey),
      });
      const indexes = Object.fromEntries((props.GlobalSecondaryIndexes ?? []).map((i: Json) => [i.IndexName, i.KeySchema]));
      expect(indexes, key).toEqual(Object.fromEntries(Object.entries(def.indexes).map(([n, i]) => [n, keySchema(i.partitionKey, i.sortKey)])));
      const keys = [def.partitionKey, def.sortKey, ...Object.values(def.indexes).flatMap((i) => [i.partitionKey, i.sortKey])].filter((k) => k !== undefined);
      for (const k of keys) {
        expect(props.AttributeDefinitions, `${key}.${k.name}`).toContainEqual({ AttributeName: k.name, AttributeType: k.type === "string" ? "S" : "N" });
      }
      expect(props.TimeToLiveSpecification, key).toEqual(def.timeToLiveAttribute ? { AttributeName: def.timeToLiveAttribute, Enabled: true } : undefined);
    }
  });
});

describe("least privilege", () => {
  const DATA_SERVICES = /^(bedrock|dynamodb|kinesis):/;

  it("has no '*' action, no service-wide data action and no '*' resource for Bedrock, DynamoDB or Kinesis", () => {
    const statements = allStatements();
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const actions = actionsOf(s);
      expect(actions, JSON.stringify(s)).not.toContain("*");
      for (const a of actions) expect(a, JSON.stringify(s)).not.toMatch(/^(bedrock|dynamodb|kinesis|events|execute-api):\*$/);
      if (actions.some((a) => DATA_SERVICES.test(a))) expect(list(s.Resource), JSON.stringify(s)).not.toContain("*");
    }
  });

  it("lets each function reach only the tables, stream, bus, connections and models its permissions name", () => {
    const busId = only("AWS::Events::EventBus")[0];
    const apiId = apiOf("WEBSOCKET")[0];
    const consumerFunctions = new Set(consumers.map(([, c]) => c.function));
    for (const [name, def] of functions) {
      const p = def.permissions;
      const statements = statementsOf(fnId(name));
      const withAction = (prefix: string) => statements.filter((s) => actionsOf(s).some((a) => a.startsWith(prefix)));

      const tableStatements = withAction("dynamodb:");
      const granted = Object.fromEntries(
        tableStatements.map((s) => {
          const ids = [...refs(s.Resource)];
          expect(ids, `${name}: one table per statement`).toHaveLength(1);
          return [ids[0], actionsOf(s)];
        }),
      );
      const declared = Object.fromEntries(
        (Object.entries(p.tables ?? {}) as [TableKey, Access][]).map(([key, access]) => [tableId(key), [...TABLE_ACTIONS[access]]]),
      );
      expect(granted, `${name} tables`).toEqual(declared);

      const writes = statements.filter((s) => actionsOf(s).includes("kinesis:PutRecords"));
      expect(writes.length > 0, `${name} streamWrite`).toBe(Boolean(p.streamWrite));
      for (const s of writes) expect(actionsOf(s)).toEqual([...STREAM_WRITE_ACTIONS]);
      const reads = statements.filter((s) => actionsOf(s).includes("kinesis:GetRecords"));
      expect(reads.length > 0, `${name} reads the stream`).toBe(consumerFunctions.has(name));

      const puts = withAction("events:");
      expect(puts.length > 0, `${name} busPut`).toBe(Boolean(p.busPut));
      for (const s of puts) {
        expect(actionsOf(s)).toEqual(["events:PutEvents"]);
        expect([...refs(s.Resource)]).toEqual([busId]);
      }

      const manage = withAction("execute-api:");
      expect(manage.length > 0, `${name} manageConnections`).toBe(Boolean(p.manageConnections));
      for (const s of manage) {
        expect(actionsOf(s)).toEqual(["execute-api:ManageConnections"]);
        expect([...refs(s.Resource)]).toEqual([apiId]);
        expect(JSON.stringify(s.Resource)).toContain(`/${STAGE}/*/@connections/*`);
      }

      const bedrock = withAction("bedrock:");
      expect(bedrock.length > 0, `${name} bedrock`).toBe(Boolean(p.bedrock));
      for (const s of bedrock) expect(actionsOf(s)).toEqual([...BEDROCK_ACTIONS]);
    }
  });

  it("limits Bedrock to the configured model (for a profile: the profile, and the model only through it)", () => {
    const bedrock = allStatements().filter((s) => actionsOf(s).some((a) => a.startsWith("bedrock:")));
    // the same statements for every function that may think with Bedrock (Santa, the gift extractor)
    const thinkers = functions.filter(([, def]) => def.permissions.bedrock);
    const expected = thinkers.flatMap(() => bedrockStatements(stack, config.bedrockModelId).map((s) => stack.resolve(s.toStatementJson())));
    expect(thinkers.length).toBeGreaterThan(1);
    expect(bedrock).toEqual(expected);
    expect(JSON.stringify(bedrock)).toContain(config.bedrockModelId);
  });
});

describe("secrets", () => {
  it("are SST Config secrets bound to the functions that check links only (the $connect authorizer, the connect check), read from SSM at run time", () => {
    const authorizers = new Set(functions.flatMap(([name, def]) => (def.permissions.secrets ? [name] : [])));
    for (const [, r] of routes) if (r.authorizer) expect(authorizers.has(r.authorizer.function)).toBe(true);
    for (const [, r] of Object.entries(wiring.httpRoutes)) expect(authorizers.has(r.function)).toBe(true);
    for (const [name] of functions) {
      const env = resources[fnId(name)]!.Properties.Environment.Variables;
      const statements = statementsOf(fnId(name));
      for (const secret of SECRET_NAMES) {
        expect(env[`SST_Secret_value_${secret}`], `${name} ${secret}`).toBe(authorizers.has(name) ? "__FETCH_FROM_SSM__" : undefined);
      }
      const ssm = statements.filter((s) => actionsOf(s).includes("ssm:GetParameters"));
      expect(ssm.length > 0, name).toBe(authorizers.has(name));
      for (const s of ssm) for (const r of list(s.Resource)) expect(JSON.stringify(r)).toMatch(/:parameter\/sst\/kringle\/(test|\.fallback)\/Secret\/KRINGLE_(ACCESS_TOKEN|ELF_TOKEN|CONVERSATION_SECRET)\/value/);
    }
  });

  /** Runs a function's deployed bundle as Lambda would, with a stand-in for SSM holding this stage's secrets (unlike the shell's). */
  async function runWithStoredSecrets(name: string, script: (bundleUrl: string) => string): Promise<{ output: Json; asked: string[] }> {
    const def = (wiring.functions as Record<string, FunctionDef>)[name]!;
    const bundle = join(useProject().paths.artifacts, stack.node.findChild(name).node.addr, `${def.file}.mjs`);
    expect(existsSync(bundle), `${name} bundle ${bundle}`).toBe(true);
    const stored: Record<string, string> = {
      [`/sst/kringle/${STAGE}/Secret/KRINGLE_ACCESS_TOKEN/value`]: "stored-access",
      [`/sst/kringle/${STAGE}/Secret/KRINGLE_ELF_TOKEN/value`]: "stored-elf",
      [`/sst/kringle/${STAGE}/Secret/KRINGLE_CONVERSATION_SECRET/value`]: "stored-conversation-secret",
    };
    const asked: string[] = [];
    const ssm = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        const { Names } = JSON.parse(body) as { Names: string[] };
        asked.push(`${req.headers["x-amz-target"]} ${Names.join(",")}`);
        res.setHeader("content-type", "application/x-amz-json-1.1");
        res.end(
          JSON.stringify({
            Parameters: Names.filter((n) => stored[n]).map((n) => ({ Name: n, Value: stored[n], Type: "SecureString" })),
            InvalidParameters: Names.filter((n) => !stored[n]),
          }),
        );
      });
    });
    await new Promise<void>((resolve) => ssm.listen(0, "127.0.0.1", resolve));
    try {
      const env = resources[fnId(name)]!.Properties.Environment.Variables as Record<string, Json>;
      const plain = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === "string"));
      const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", script(pathToFileURL(bundle).href)], {
        env: {
          PATH: process.env.PATH,
          ...plain,
          AWS_REGION: "us-east-1",
          AWS_ACCESS_KEY_ID: "test",
          AWS_SECRET_ACCESS_KEY: "test",
          AWS_ENDPOINT_URL_SSM: `http://127.0.0.1:${(ssm.address() as AddressInfo).port}`,
          SHELL_TOKEN: ACCESS_TOKEN,
          KEY_UNDER_STORED: conversationKey("stored-conversation-secret", "s_AAAAAAAAAAAAAAAAAAAAAA"),
          KEY_UNDER_SHELL: conversationKey(CONVERSATION_SECRET, "s_AAAAAAAAAAAAAAAAAAAAAA"),
        },
      });
      return { output: JSON.parse(stdout.trim().split("\n").at(-1)!), asked };
    } finally {
      ssm.close();
    }
  }

  /** The same six links for both bundles: stored tokens, the shell's token, none, a key under the stored secret and one under the shell's. */
  const LINKS = `[
    { token: "stored-access" },
    { token: "stored-elf" },
    { token: process.env.SHELL_TOKEN },
    { token: "" },
    { token: "stored-access", conversationId: "s_AAAAAAAAAAAAAAAAAAAAAA", key: process.env.KEY_UNDER_STORED },
    { token: "stored-access", conversationId: "s_AAAAAAAAAAAAAAAAAAAAAA", key: process.env.KEY_UNDER_SHELL },
  ]`;

  it("reach the deployed authorizer from SSM: its bundle, run as Lambda runs it, admits the stored tokens only and keys conversations with the stored secret", async () => {
    const name = routes.find(([, r]) => r.authorizer)![1].authorizer!.function;
    const { output, asked } = await runWithStoredSecrets(
      name,
      (bundle) => `
        const { handler } = await import(${JSON.stringify(bundle)});
        const ask = (query) => handler({ queryStringParameters: query, requestContext: { connectionId: "x" }, methodArn: "arn:test" })
          .then((r) => [r.policyDocument.Statement[0].Effect, r.context], (e) => e.message);
        console.log(JSON.stringify(await Promise.all(${LINKS}.map(ask))));`,
    );
    const [started, elf, shellToken, noToken, rejoined, shellKey] = output;
    expect(started[0]).toBe("Allow");
    expect(started[1]).toMatchObject({ role: "child", conversationId: expect.stringMatching(/^s_/) });
    expect(started[1].startedKey).toBe(conversationKey("stored-conversation-secret", started[1].conversationId));
    expect(elf).toEqual(["Allow", { role: "elf", conversationId: "elves" }]);
    expect([shellToken, noToken]).toEqual(["Unauthorized", "Unauthorized"]);
    expect(rejoined).toEqual(["Allow", { role: "child", conversationId: "s_AAAAAAAAAAAAAAAAAAAAAA" }]);
    expect(shellKey).toEqual(["Deny", { reason: "the key does not open this conversation" }]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain("AmazonSSM.GetParameters");
  });

  it("reach the deployed connect check from SSM: its bundle answers the same links as the authorizer decides them", async () => {
    const name = wiring.httpRoutes["GET /connect-check"].function;
    const { output, asked } = await runWithStoredSecrets(
      name,
      (bundle) => `
        const { handler } = await import(${JSON.stringify(bundle)});
        const ask = (query) => handler({ queryStringParameters: query }).then((r) => [r.statusCode, JSON.parse(r.body).code]);
        console.log(JSON.stringify(await Promise.all(${LINKS}.map(ask))));`,
    );
    expect(output).toEqual([
      [200, "ok"],
      [200, "ok"],
      [401, "unauthorized"],
      [401, "unauthorized"],
      [200, "ok"],
      [403, "forbidden"],
    ]);
    expect(asked).toHaveLength(1);
  });

  it("never appear in the template", () => {
    const text = JSON.stringify(template);
    expect(text).not.toContain(ACCESS_TOKEN);
    expect(text).not.toContain(ELF_TOKEN);
    expect(text).not.toContain(CONVERSATION_SECRET);
  });
});

describe("HTTP API", () => {
  const httpRoutes = Object.entries(wiring.httpRoutes as Record<string, HttpRouteDef>);

  it("deploys every wired HTTP route once, integrated with its function, open to the page's GET from any origin", () => {
    const [apiId, api] = apiOf("HTTP");
    expect(api.Properties.CorsConfiguration).toMatchObject({ AllowOrigins: ["*"], AllowMethods: ["GET"] });
    expect(ofApi("AWS::ApiGatewayV2::Route", apiId)).toHaveLength(httpRoutes.length);
    for (const [routeKey, def] of httpRoutes) {
      const found = ofApi("AWS::ApiGatewayV2::Route", apiId).filter(([, r]) => r.Properties.RouteKey === routeKey);
      expect(found, routeKey).toHaveLength(1);
      const route = found[0]![1].Properties;
      expect(route.AuthorizationType ?? "NONE").toBe("NONE");
      const integration = resources[[...refs(route.Target)][0]!]!.Properties;
      expect(integration).toMatchObject({ IntegrationType: "AWS_PROXY", PayloadFormatVersion: "2.0" });
      expect(refersTo(integration.IntegrationUri, fnId(def.function)), routeKey).toBe(true);
      // API Gateway may invoke it, from this API only
      const invokers = ofType("AWS::Lambda::Permission").filter(([, p]) => refersTo(p.Properties.FunctionName, fnId(def.function)));
      expect(invokers.length).toBeGreaterThan(0);
      for (const [, p] of invokers) expect(refersTo(p.Properties.SourceArn, apiId)).toBe(true);
    }
  });

  it("throttles each wired HTTP route on its stage as wired: a flood is answered 429 before any function runs", () => {
    const stages = ofApi("AWS::ApiGatewayV2::Stage", apiOf("HTTP")[0]);
    expect(stages).toHaveLength(1);
    const [, stage] = stages[0]!;
    expect(stage.Properties).toMatchObject({ StageName: "$default", AutoDeploy: true });
    expect(stage.Properties.RouteSettings).toEqual(
      Object.fromEntries(httpRoutes.map(([key, def]) => [key, { ThrottlingBurstLimit: def.throttle.burstLimit, ThrottlingRateLimit: def.throttle.ratePerSecond }])),
    );
  });

  it("gives the connect check the tables its lookups read, read-only", () => {
    const name = wiring.httpRoutes["GET /connect-check"].function;
    const statements = statementsOf(fnId(name));
    const writes = statements.filter((st) => actionsOf(st).some((a) => /^dynamodb:(Put|Update|Delete|BatchWrite)/.test(a)));
    expect(writes).toEqual([]);
    const env = resources[fnId(name)]!.Properties.Environment.Variables;
    expect(refersTo(env[tableEnvVar("guards")], tableId("guards"))).toBe(true);
    expect(refersTo(env[tableEnvVar("transcripts")], tableId("transcripts"))).toBe(true);
  });
});

describe("rate limits", () => {
  it("deploy each wired route throttle as API Gateway route throttling on the stage", () => {
    const stages = ofApi("AWS::ApiGatewayV2::Stage", apiOf("WEBSOCKET")[0]);
    expect(stages).toHaveLength(1);
    const [, stage] = stages[0]!;
    const throttled = routes.filter(([, def]) => def.throttle);
    expect(throttled.length).toBeGreaterThan(0);
    expect(Object.keys(stage.Properties.RouteSettings)).toEqual(throttled.map(([key]) => key));
    for (const [key, def] of throttled) {
      expect(stage.Properties.RouteSettings[key]).toEqual({
        ThrottlingBurstLimit: def.throttle!.burstLimit,
        ThrottlingRateLimit: def.throttle!.ratePerSecond,
      });
    }
  });

  it("give each rate-limited route's handler the limit's values and the guards table", () => {
    const limited = routes.filter(([, def]) => def.rateLimit);
    expect(limited.map(([key]) => key)).toEqual(["sendMessage"]);
    for (const [, def] of limited) {
      const env = resources[fnId(def.function)]!.Properties.Environment.Variables;
      expect(env).toMatchObject({
        KRINGLE_RATE_BURST: String(config.sendMessageRateLimit.burst),
        KRINGLE_RATE_EVERY_MS: String(config.sendMessageRateLimit.everyMs),
      });
      expect(refersTo(env[tableEnvVar("guards")], tableId("guards"))).toBe(true);
    }
    const [, guards] = [tableId("guards"), resources[tableId("guards")]!];
    expect(guards.Properties.TimeToLiveSpecification).toEqual({ AttributeName: "expiresAt", Enabled: true });
  });
});

describe("web app", () => {
  const dist = join(process.cwd(), "packages", "web", "dist-deploy");

  it("is built with the WebSocket URL as VITE_WS_URL, which the deploy fills in with this API's URL", () => {
    const scripts = filesUnder(dist).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((f) => readFileSync(f, "utf8").includes("{{ VITE_WS_URL }}"))).toBe(true);
    const [, uploader] = only("Custom::S3Uploader");
    const replacements = uploader.Properties.replaceValues.filter((r: Json) => r.search === "{{ VITE_WS_URL }}");
    expect(replacements.length).toBeGreaterThan(0);
    for (const r of replacements) {
      expect(JSON.stringify(r.replace)).toMatch(/^\{"Fn::Join":\["",\["wss:\/\/",/);
      expect(refersTo(r.replace, apiOf("WEBSOCKET")[0])).toBe(true);
    }
  });

  it("is built with the connect check's URL as VITE_CONNECT_CHECK_URL, which the deploy fills in with the HTTP API's URL", () => {
    const scripts = filesUnder(dist).filter((f) => f.endsWith(".js"));
    expect(scripts.some((f) => readFileSync(f, "utf8").includes("{{ VITE_CONNECT_CHECK_URL }}"))).toBe(true);
    const [, uploader] = only("Custom::S3Uploader");
    const replacements = uploader.Properties.replaceValues.filter((r: Json) => r.search === "{{ VITE_CONNECT_CHECK_URL }}");
    expect(replacements.length).toBeGreaterThan(0);
    for (const r of replacements) {
      expect(refersTo(r.replace, apiOf("HTTP")[0])).toBe(true);
      expect(JSON.stringify(r.replace)).toContain("/connect-check");
    }
  });

  it("contains neither token", () => {
    for (const file of filesUnder(dist)) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toContain(ACCESS_TOKEN);
      expect(text, file).not.toContain(ELF_TOKEN);
    }
  });
});

describe("operations", () => {
  const alarms = () => ofType("AWS::CloudWatch::Alarm").map(([, a]) => a.Properties);

  it("alarms on every consumer's iterator age, every dead letter queue and every function's errors", () => {
    const [topicId] = only("AWS::SNS::Topic");
    for (const a of alarms()) expect(refersTo(a.AlarmActions, topicId)).toBe(true);
    const on = (metric: string, id: string) => alarms().filter((a) => a.MetricName === metric && refersTo(a.Dimensions, id));
    for (const [name, def] of consumers) expect(on("IteratorAge", fnId(def.function)), name).toHaveLength(1);
    for (const [id] of ofType("AWS::SQS::Queue")) expect(on("ApproximateNumberOfMessagesVisible", id), id).toHaveLength(1);
    for (const [name] of functions) expect(on("Errors", fnId(name)), name).toHaveLength(1);
    expect(alarms().filter((a) => a.Namespace === "kringle" && a.MetricName === "recordsParked")).toHaveLength(1);
  });

  it("serves the web app with its content security policy and no referrer, talking only to the WebSocket and the connect check", () => {
    const [distribution] = only("AWS::CloudFront::Distribution");
    const [policyId, policy] = only("AWS::CloudFront::ResponseHeadersPolicy");
    const behavior = (resources[distribution]!.Properties as { DistributionConfig: { DefaultCacheBehavior: Json } }).DistributionConfig.DefaultCacheBehavior;
    expect(refersTo(behavior, policyId)).toBe(true);
    const security = (policy.Properties as { ResponseHeadersPolicyConfig: { SecurityHeadersConfig: Record<string, Record<string, Json>> } }).ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(security.ReferrerPolicy).toEqual({ ReferrerPolicy: "no-referrer", Override: true });
    expect(security.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    const csp = security.ContentSecurityPolicy!.ContentSecurityPolicy!;
    expect(JSON.stringify(csp)).toContain("script-src 'self';");
    expect(JSON.stringify(csp)).toContain("/connect-check");
    expect(refersTo(csp, apiOf("WEBSOCKET")[0])).toBe(true);
    expect(refersTo(csp, apiOf("HTTP")[0])).toBe(true);
  });

  it("prints the chat, the elves', the WebSocket and the connect check's URLs", () => {
    const outputs = template.Outputs;
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(["ChatUrl", "ElvesUrl", "WebSocketUrl", "ConnectCheckUrl"]));
    expect(refersTo(outputs.ChatUrl.Value, only("AWS::CloudFront::Distribution")[0])).toBe(true);
    expect(JSON.stringify(outputs.ElvesUrl.Value)).toContain("/elves");
    expect(refersTo(outputs.WebSocketUrl.Value, apiOf("WEBSOCKET")[0])).toBe(true);
    expect(refersTo(outputs.ConnectCheckUrl.Value, apiOf("HTTP")[0])).toBe(true);
    expect(JSON.stringify(outputs.ConnectCheckUrl.Value)).toContain("/connect-check");
  });
});
