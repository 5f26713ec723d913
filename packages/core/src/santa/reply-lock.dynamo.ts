// Santa's reply lock on the guards table: one item per conversation, taken with a single
// conditional write: free, already ours, held by the reply the claimer's transcript shows ended,
// or past its time. A reply that ends leaves the item (the next claim replaces it; TTL removes it on
// AWS); a reaction that failed deletes it, only if it still holds it.
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { ReplyLock } from "./reply-lock.js";

const isConditionFailure = (err: unknown) =>
  err instanceof ConditionalCheckFailedException || (err as { name?: string }).name === "ConditionalCheckFailedException";

export class DynamoReplyLock implements ReplyLock {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(conversationId: string, replyId: string, forMs: number, ended?: string): Promise<boolean> {
    const now = this.now();
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { id: `reply#${conversationId}`, holder: replyId, until: now + forMs, expiresAt: Math.ceil((now + forMs) / 1000) + 3600 },
          ConditionExpression: `attribute_not_exists(id) OR holder = :me OR #until < :now${ended === undefined ? "" : " OR holder = :ended"}`,
          ExpressionAttributeNames: { "#until": "until" },
          ExpressionAttributeValues: { ":me": replyId, ":now": now, ...(ended === undefined ? {} : { ":ended": ended }) },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  async release(conversationId: string, replyId: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.table,
          Key: { id: `reply#${conversationId}` },
          ConditionExpression: "holder = :me",
          ExpressionAttributeValues: { ":me": replyId },
        }),
      );
    } catch (err) {
      // taken over after its time: the new holder's now
      if (!isConditionFailure(err)) throw err;
    }
  }
}
