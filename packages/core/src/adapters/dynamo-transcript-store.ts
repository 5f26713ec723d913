// The transcripts table: one meta item per conversation (position 0) and one item per entry.
// Entries are written before the meta item, and the meta write is conditional on the version that
// was loaded, so a crash or a concurrent writer leads to a retry, never to a lost or doubled entry.
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { KringleEvent } from "../events/schemas.js";
import type { Entry } from "../protocol/frames.js";
import { emptyTranscript, positionsToLoad, type TranscriptMeta, type TranscriptState } from "../transcript/transcript.projection.js";
import { batchGet, batchPut } from "./dynamo-batch.js";

const META = 0;

export class TranscriptStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The conversation's meta and the entries `events` will touch. */
  async load(conversationId: string, events: readonly KringleEvent[]): Promise<TranscriptState> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { conversationId, position: META }, ConsistentRead: true }),
    );
    if (!out.Item) return emptyTranscript(conversationId);
    const { position: _p, ...meta } = out.Item;
    const state: TranscriptState = { meta: meta as TranscriptMeta, entries: {} };
    const positions = positionsToLoad(state.meta, events);
    if (positions.length) {
      const items = await batchGet(this.client, this.table, positions.map((position) => ({ conversationId, position })));
      for (const item of items) state.entries[item.position as number] = toEntry(item);
    }
    return state;
  }

  async save(loadedVersion: number, state: TranscriptState, dirty: readonly number[]): Promise<void> {
    if (state.meta.version === loadedVersion) return;
    const { conversationId } = state.meta;
    const entries = dirty.map((p) => state.entries[p]).filter((e): e is Entry => e !== undefined);
    await batchPut(this.client, this.table, entries.map((e) => ({ conversationId, ...e })));
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...state.meta, position: META },
        ConditionExpression: loadedVersion === 0 ? "attribute_not_exists(conversationId)" : "version = :v",
        ExpressionAttributeValues: loadedVersion === 0 ? undefined : { ":v": loadedVersion },
      }),
    );
  }

  /** Entries after `after`, in order, a page at a time. */
  async *entriesAfter(conversationId: string, after: number): AsyncGenerator<Entry[]> {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: "conversationId = :c AND #p > :after",
          ExpressionAttributeNames: { "#p": "position" },
          ExpressionAttributeValues: { ":c": conversationId, ":after": Math.max(after, META) },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
      yield (out.Items ?? []).map(toEntry);
      start = out.LastEvaluatedKey;
    } while (start);
  }
}

function toEntry(item: Record<string, unknown>): Entry {
  const { conversationId: _c, ...entry } = item;
  return entry as Entry;
}
