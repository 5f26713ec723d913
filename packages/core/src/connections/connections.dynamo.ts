// The connections table: single-item writes conditional on the version that was read.
import { GetCommand, PutCommand, paginateQuery, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Connection } from "../ports/index.js";
import type { ConnectionsStore } from "./connections.port.js";
import type { ConnectionItem } from "./connections.projection.js";

export class DynamoConnectionsStore implements ConnectionsStore {
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

  /** The connections open now with `role`, from the sparse by-role index (eventually consistent on AWS). */
  /** The elves' open connections, from the sparse by-role index (only they are in it). */
  async openElves(): Promise<Connection[]> {
    const open: Connection[] = [];
    const pages = paginateQuery(
      { client: this.client },
      { TableName: this.table, IndexName: "byRole", KeyConditionExpression: "openRole = :r", ExpressionAttributeValues: { ":r": "elf" } },
    );
    for await (const page of pages) {
      for (const item of (page.Items ?? []) as ConnectionItem[]) open.push({ connectionId: item.connectionId, conversationId: item.conversationId });
    }
    return open;
  }
}
