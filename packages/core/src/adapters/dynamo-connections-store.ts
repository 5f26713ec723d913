// The connections table: single-item writes conditional on the version that was read.
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { ConnectionItem } from "../connections/connections.projection.js";
import type { Role } from "../events/schemas.js";

export class ConnectionsStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(connectionId: string): Promise<ConnectionItem | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.table, Key: { connectionId }, ConsistentRead: true }));
    return out.Item as ConnectionItem | undefined;
  }

  async save(loadedVersion: number | undefined, item: ConnectionItem): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: item,
        ConditionExpression: loadedVersion === undefined ? "attribute_not_exists(connectionId)" : "version = :v",
        ExpressionAttributeValues: loadedVersion === undefined ? undefined : { ":v": loadedVersion },
      }),
    );
  }

  /** Open connections of a role, oldest first (the sparse by-role index). */
  async openByRole(role: Role): Promise<ConnectionItem[]> {
    const items: ConnectionItem[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: "byRole",
          KeyConditionExpression: "openRole = :r",
          ExpressionAttributeValues: { ":r": role },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...((out.Items ?? []) as ConnectionItem[]));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }
}
