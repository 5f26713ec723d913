// Least-privilege IAM from the wiring's `permissions`: each function reaches only the tables,
// stream, bus, API connections and Bedrock models it declares, with the narrowest actions.
import { wiring, type Access, type Permissions, type TableKey } from "@kringle/core/wiring";
import { Stack } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { IEventBus } from "aws-cdk-lib/aws-events";
import { Effect, PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IStream } from "aws-cdk-lib/aws-kinesis";
import type { IFunction } from "aws-cdk-lib/aws-lambda";

/** The deployed resources a function's permissions can name. */
export interface WiredResources {
  tables: Record<TableKey, ITable>;
  stream: IStream;
  bus: IEventBus;
  /** `execute-api` ARN of this API's @connections on this stage */
  connectionsArn: string;
  /** the Bedrock model (or inference profile) functions with `bedrock` may invoke */
  bedrockModelId: string;
}

/** Actions Bedrock checks for Converse / InvokeModel and ConverseStream / InvokeModelWithResponseStream. */
export const BEDROCK_ACTIONS = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"] as const;

const INFERENCE_PROFILE = /^(us|eu|apac|jp|au|ca|us-gov|global)\.(.+)$/;

/**
 * What invoking `modelId` needs. A foundation model id is one ARN in this Region; a cross-Region
 * inference profile needs the profile and the foundation model in whichever Region the profile
 * routes to, the latter only when called through that profile.
 */
export function bedrockStatements(scope: Stack, modelId: string): PolicyStatement[] {
  const { partition, region, account } = scope;
  const profile = INFERENCE_PROFILE.exec(modelId);
  if (!profile) {
    return [
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: [...BEDROCK_ACTIONS],
        resources: [`arn:${partition}:bedrock:${region}::foundation-model/${modelId}`],
      }),
    ];
  }
  const profileArn = `arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`;
  const foundationModel = profile[2]!;
  return [
    new PolicyStatement({ effect: Effect.ALLOW, actions: [...BEDROCK_ACTIONS], resources: [profileArn] }),
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: [...BEDROCK_ACTIONS],
      resources: [
        `arn:${partition}:bedrock:*::foundation-model/${foundationModel}`,
        // global profiles name the model without a Region
        ...(profile[1] === "global" ? [`arn:${partition}:bedrock:::foundation-model/${foundationModel}`] : []),
      ],
      conditions: { StringEquals: { "bedrock:InferenceProfileArn": profileArn } },
    }),
  ];
}

/** `execute-api:ManageConnections` on one API's one stage: PostToConnection, GetConnection, DeleteConnection. */
export function connectionsArn(scope: Stack, apiId: string, stageName: string): string {
  return scope.formatArn({ service: "execute-api", resource: apiId, resourceName: `${stageName}/*/@connections/*` });
}

/** The item operations kringle's stores and Powertools' idempotency layer call; Scan only where declared; no streams. */
export const TABLE_ACTIONS: Record<Access, readonly string[]> = {
  read: ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query"],
  write: ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem"],
  scan: ["dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan"],
  readwrite: [
    "dynamodb:GetItem",
    "dynamodb:BatchGetItem",
    "dynamodb:Query",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
    "dynamodb:BatchWriteItem",
  ],
};

/** Appending to the event log is PutRecords (PutRecord for single events); nothing else. */
export const STREAM_WRITE_ACTIONS = ["kinesis:PutRecord", "kinesis:PutRecords"] as const;

function grantTable(key: TableKey, table: ITable, fn: IFunction, access: Access): void {
  // reads may query the table's indexes; writes go to the table only
  const indexed = access !== "write" && Object.keys(wiring.tables[key].indexes).length > 0;
  fn.addToRolePolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: [...TABLE_ACTIONS[access]],
      resources: [table.tableArn, ...(indexed ? [`${table.tableArn}/index/*`] : [])],
    }),
  );
}

/** Grants `fn` exactly what `permissions` declares, and nothing when it declares nothing. */
export function grantWired(fn: IFunction, permissions: Permissions, to: WiredResources): void {
  for (const [key, access] of Object.entries(permissions.tables ?? {}) as [TableKey, Access][]) {
    grantTable(key, to.tables[key], fn, access);
  }
  if (permissions.streamWrite) {
    fn.addToRolePolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: [...STREAM_WRITE_ACTIONS], resources: [to.stream.streamArn] }));
  }
  if (permissions.busPut) to.bus.grantPutEventsTo(fn);
  if (permissions.manageConnections) {
    fn.addToRolePolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ["execute-api:ManageConnections"], resources: [to.connectionsArn] }),
    );
  }
  if (permissions.bedrock) {
    for (const statement of bedrockStatements(Stack.of(fn), to.bedrockModelId)) fn.addToRolePolicy(statement);
  }
}
