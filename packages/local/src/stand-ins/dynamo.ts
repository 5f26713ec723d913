// DynamoDB offline: dynalite on a thread of its own with its data on disk, the tables created
// from the wiring.
import {
  CreateTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  waitUntilTableExists,
  type AttributeDefinition,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
} from "@aws-sdk/client-dynamodb";
import type { KeyDef, TableDef } from "@kringle/core";
import { standInClientConfig } from "./local-client-config.js";
import type { RunCredentials } from "./run-credentials.js";
import { startStandInThread } from "./stand-in-thread.js";

export interface DynamoStandIn {
  endpoint: string;
  client: DynamoDBClient;
  /** how many calls it has been sent since it started, by operation */
  calls(): Promise<Record<string, number>>;
  /** the same calls by operation and table, keyed `PutItem transcripts` */
  callsByTable(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

const keySchema = (pk: KeyDef, sk?: KeyDef): KeySchemaElement[] => [
  { AttributeName: pk.name, KeyType: "HASH" },
  ...(sk ? [{ AttributeName: sk.name, KeyType: "RANGE" as const }] : []),
];

/** The CreateTable input a wired table needs (on-demand, its indexes projecting everything). */
export function createTableInput(name: string, table: TableDef) {
  const attributes = new Map<string, AttributeDefinition>();
  const add = (k?: KeyDef) => k && attributes.set(k.name, { AttributeName: k.name, AttributeType: k.type === "string" ? "S" : "N" });
  add(table.partitionKey);
  add(table.sortKey);
  const indexes: GlobalSecondaryIndex[] = Object.entries(table.indexes).map(([IndexName, index]) => {
    add(index.partitionKey);
    add(index.sortKey);
    return { IndexName, KeySchema: keySchema(index.partitionKey, index.sortKey), Projection: { ProjectionType: "ALL" } };
  });
  return {
    TableName: name,
    BillingMode: "PAY_PER_REQUEST" as const,
    KeySchema: keySchema(table.partitionKey, table.sortKey),
    AttributeDefinitions: [...attributes.values()],
    ...(indexes.length ? { GlobalSecondaryIndexes: indexes } : {}),
  };
}

export async function startDynamo(options: { path: string; credentials: RunCredentials; acceptedKeyIds: readonly string[]; tables: Record<string, TableDef> }): Promise<DynamoStandIn> {
  const thread = await startStandInThread("dynamo", options.path, options.acceptedKeyIds);
  const { endpoint } = thread;
  const client = new DynamoDBClient(standInClientConfig(endpoint, options.credentials));
  for (const [name, table] of Object.entries(options.tables)) {
    try {
      await client.send(new CreateTableCommand(createTableInput(name, table)));
    } catch (err) {
      if (!(err instanceof ResourceInUseException)) throw err;
    }
    await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: name });
  }
  return {
    endpoint,
    client,
    calls: () => thread.calls(),
    callsByTable: () => thread.callsByTable(),
    close: async () => {
      client.destroy();
      await thread.close();
    },
  };
}
