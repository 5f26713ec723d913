// The guards table: what the WebSocket handlers check before anything is recorded. Rate buckets
// (one GCRA number each), message fingerprints (a reused messageId must carry the same text) and
// the keys claimed by conversations from before keys. Single-item conditional writes only (the
// offline DynamoDB has no transactions); items carry `expiresAt` for TTL on AWS.
import { createHash } from "node:crypto";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { admit, type Admission, type RateLimit } from "./rate-limit.js";

/** Concurrent takers of one bucket: attempts before giving up (each loses only to another's success). */
const BUCKET_ATTEMPTS = 8;
const DAY_S = 86_400;

const isConditionFailure = (err: unknown) =>
  err instanceof ConditionalCheckFailedException || (err as { name?: string }).name === "ConditionalCheckFailedException";

/** Buckets whose last written arrival time this store remembers (a warm Lambda, the offline runtime). */
const REMEMBERED_BUCKETS = 10_000;

export class GuardsStore {
  /** what this store last wrote or read per bucket: a guess that a conditional write checks */
  private readonly known = new Map<string, number | undefined>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Takes one arrival from the bucket, or says how long until one would be admitted. The bucket's
   * arrival time is guessed from what this store last saw (a bucket it never saw is guessed new),
   * and the write is conditional on the guess: one write when the guess holds, a consistent read
   * and another try when another writer moved the bucket on. A refusal is only ever given from
   * the table's own value (a consistent read), never from a guess.
   */
  async take(bucket: string, limit: RateLimit): Promise<Admission> {
    const id = `rate#${bucket}`;
    let tat = this.known.get(id);
    let read = false;
    for (let attempt = 0; ; attempt++) {
      const admission = admit(tat, this.now(), limit);
      if (!admission.allowed) {
        if (read) return admission;
        tat = await this.read(id);
        read = true;
        continue;
      }
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.table,
            Item: { id, tat: admission.tatMs, expiresAt: Math.ceil(admission.tatMs / 1000) + DAY_S },
            ConditionExpression: tat === undefined ? "attribute_not_exists(id)" : "tat = :tat",
            ...(tat === undefined ? {} : { ExpressionAttributeValues: { ":tat": tat } }),
          }),
        );
        this.remember(id, admission.tatMs);
        return admission;
      } catch (err) {
        if (!isConditionFailure(err) || attempt + 1 >= BUCKET_ATTEMPTS) throw err;
        tat = await this.read(id);
        read = true;
      }
    }
  }

  private async read(id: string): Promise<number | undefined> {
    const got = await this.client.send(new GetCommand({ TableName: this.table, Key: { id }, ConsistentRead: true }));
    const tat = got.Item?.tat as number | undefined;
    this.remember(id, tat);
    return tat;
  }

  private remember(id: string, tat: number | undefined): void {
    this.known.delete(id);
    this.known.set(id, tat);
    if (this.known.size > REMEMBERED_BUCKETS) this.known.delete(this.known.keys().next().value!);
  }

  /**
   * Records which text a messageId carries (as a hash: no text is kept here). False when the id
   * was already used with another text.
   */
  async fingerprint(conversationId: string, messageId: string, text: string): Promise<boolean> {
    const sha = createHash("sha256").update(text, "utf8").digest("base64url");
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { id: `message#${conversationId}#${messageId}`, sha, expiresAt: Math.ceil(this.now() / 1000) + 30 * DAY_S },
          ConditionExpression: "attribute_not_exists(id) OR sha = :sha",
          ExpressionAttributeValues: { ":sha": sha },
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }

  /** Whether the key of a conversation from before keys was claimed already (a read: claims nothing). */
  async legacyKeyClaimed(conversationId: string): Promise<boolean> {
    const got = await this.client.send(new GetCommand({ TableName: this.table, Key: { id: `legacy-key#${conversationId}` }, ConsistentRead: true }));
    return got.Item !== undefined;
  }

  /** Claims the key of a conversation from before keys: true for the first claim only. */
  async claimLegacyKey(conversationId: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { id: `legacy-key#${conversationId}`, claimedAt: new Date(this.now()).toISOString() },
          ConditionExpression: "attribute_not_exists(id)",
        }),
      );
      return true;
    } catch (err) {
      if (isConditionFailure(err)) return false;
      throw err;
    }
  }
}

/** Whether a conversation has anything in its transcript (position 0 is its meta item, not an entry). */
export async function hasTranscript(client: DynamoDBDocumentClient, transcriptsTable: string, conversationId: string): Promise<boolean> {
  const out = await client.send(
    new QueryCommand({
      TableName: transcriptsTable,
      KeyConditionExpression: "conversationId = :c AND #p > :zero",
      ExpressionAttributeNames: { "#p": "position" },
      ExpressionAttributeValues: { ":c": conversationId, ":zero": 0 },
      Limit: 1,
      ProjectionExpression: "conversationId",
    }),
  );
  return (out.Items?.length ?? 0) > 0;
}
