// Parked records in the deadletters table, keyed by who gave up and the record's own id, so
// parking the same record twice keeps one letter.
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { DeadLetter, DeadLetters } from "../ports/index.js";

export class DynamoDeadLetters implements DeadLetters {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async park(letter: DeadLetter): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.table, Item: { ...letter } }));
  }

  async list(source: string): Promise<DeadLetter[]> {
    const out = await this.client.send(
      new QueryCommand({ TableName: this.table, KeyConditionExpression: "#s = :s", ExpressionAttributeNames: { "#s": "source" }, ExpressionAttributeValues: { ":s": source } }),
    );
    return (out.Items ?? []) as DeadLetter[];
  }
}
