// The DynamoDB stand-in counts the calls it is sent by operation and by table: the bench's census
// of where the writes go ("PutItem transcripts 0.54 per event").
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BatchWriteItemCommand, GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { callsSince } from "../bench/event-sourced.js";
import { startDynamo } from "./dynamo.js";
import { makeRunCredentials } from "./run-credentials.js";

describe("the DynamoDB stand-in's call counts", () => {
  it("counts each call once by operation, and by operation and table, batch writes by their table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kringle-dynamo-calls-"));
    const credentials = makeRunCredentials();
    const table = { partitionKey: { name: "id", type: "string" as const }, indexes: {} };
    const dynamo = await startDynamo({ path: join(dir, "d"), credentials, acceptedKeyIds: [credentials.accessKeyId], tables: { alpha: table, "beta-2": table } });
    try {
      const [ops, byTable] = await Promise.all([dynamo.calls(), dynamo.callsByTable()]);
      const put = (TableName: string, id: string) => dynamo.client.send(new PutItemCommand({ TableName, Item: { id: { S: id }, text: { S: "x".repeat(2000) } } }));
      await put("alpha", "1");
      await put("alpha", "2");
      await put("beta-2", "1");
      await dynamo.client.send(new GetItemCommand({ TableName: "beta-2", Key: { id: { S: "1" } } }));
      await dynamo.client.send(new BatchWriteItemCommand({ RequestItems: { alpha: [{ PutRequest: { Item: { id: { S: "3" } } } }] } }));
      expect(callsSince(byTable, await dynamo.callsByTable())).toEqual({ "PutItem alpha": 2, "PutItem beta-2": 1, "GetItem beta-2": 1, "BatchWriteItem alpha": 1 });
      expect(callsSince(ops, await dynamo.calls())).toEqual({ PutItem: 3, GetItem: 1, BatchWriteItem: 1 });
    } finally {
      await dynamo.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
