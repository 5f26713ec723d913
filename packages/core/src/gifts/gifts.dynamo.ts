// The gifts table: one item per child (conversation), written whole and conditional on the
// version that was read, so concurrent or repeated deliveries never lose or double a wish.
import { GetCommand, PutCommand, paginateScan, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { ChildGifts } from "../protocol/frames.js";
import type { GiftsStore } from "./gifts.port.js";
import { childGifts, emptyCard, type GiftCard } from "./gifts.projection.js";

export class DynamoGiftsStore implements GiftsStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async load(conversationId: string): Promise<GiftCard> {
    const out = await this.client.send(new GetCommand({ TableName: this.table, Key: { conversationId }, ConsistentRead: true }));
    return (out.Item as GiftCard | undefined) ?? emptyCard(conversationId);
  }

  async save(loadedVersion: number, card: GiftCard): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: card,
        ConditionExpression: loadedVersion === 0 ? "attribute_not_exists(conversationId)" : "version = :v",
        ExpressionAttributeValues: loadedVersion === 0 ? undefined : { ":v": loadedVersion },
      }),
    );
  }

  async *cards(): AsyncIterable<ChildGifts[]> {
    for await (const page of paginateScan({ client: this.client }, { TableName: this.table, ConsistentRead: true })) {
      yield ((page.Items ?? []) as GiftCard[]).map(childGifts);
    }
  }
}
