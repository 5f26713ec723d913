// The transcripts table: one meta item per conversation (position 0) and one item per entry.
// Entries are written before the meta item, and the meta write is conditional on the version that
// was loaded, so a crash or a concurrent writer leads to a retry, never to a lost or doubled entry.
// What was last saved is remembered for a short while: the next batch of the same conversation
// (a reply's chunks) folds onto it without reading, and a stale memory only makes the conditional
// write fail, which forgets it and retries from the table.
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { KringleEvent } from "../events/schemas.js";
import type { Entry } from "../protocol/frames.js";
import { emptyTranscript, positionsToLoad, type TranscriptMeta, type TranscriptState } from "../transcript/transcript.projection.js";
import { batchGet, batchPut } from "./dynamo-batch.js";

const META = 0;
const REMEMBER_MS = 60_000;
const REMEMBER_CONVERSATIONS = 1000;

export class TranscriptStore {
  private readonly remembered = new Map<string, { state: TranscriptState; at: number }>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The conversation's meta and the entries `events` will touch. */
  async load(conversationId: string, events: readonly KringleEvent[]): Promise<TranscriptState> {
    const state = this.recall(conversationId) ?? (await this.loadMeta(conversationId));
    const missing = positionsToLoad(state.meta, events).filter((p) => !state.entries[p]);
    if (missing.length) {
      const items = await batchGet(this.client, this.table, missing.map((position) => ({ conversationId, position })));
      for (const item of items) state.entries[item.position as number] = toEntry(item);
    }
    return state;
  }

  async save(loadedVersion: number, state: TranscriptState, dirty: readonly number[]): Promise<void> {
    if (state.meta.version === loadedVersion) return;
    const { conversationId } = state.meta;
    const entries = dirty.map((p) => state.entries[p]).filter((e): e is Entry => e !== undefined);
    try {
      await batchPut(this.client, this.table, entries.map((e) => ({ conversationId, ...e })));
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...state.meta, position: META },
          ConditionExpression: loadedVersion === 0 ? "attribute_not_exists(conversationId)" : "version = :v",
          ExpressionAttributeValues: loadedVersion === 0 ? undefined : { ":v": loadedVersion },
        }),
      );
    } catch (err) {
      this.remembered.delete(conversationId);
      throw err;
    }
    this.remember(state);
  }

  private async loadMeta(conversationId: string): Promise<TranscriptState> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { conversationId, position: META }, ConsistentRead: true }),
    );
    if (!out.Item) return emptyTranscript(conversationId);
    const { position: _p, ...meta } = out.Item;
    return { meta: meta as TranscriptMeta, entries: {} };
  }

  /** A copy of what was last saved, if recent; folds never change the state they are given. */
  private recall(conversationId: string): TranscriptState | undefined {
    const hit = this.remembered.get(conversationId);
    if (!hit || Date.now() - hit.at > REMEMBER_MS) return undefined;
    return { meta: hit.state.meta, entries: { ...hit.state.entries } };
  }

  /** Keeps the meta and the entries still streaming (the only ones a later fold reads). */
  private remember(state: TranscriptState): void {
    const entries: Record<number, Entry> = {};
    for (const { position, status } of Object.values(state.meta.replies)) {
      const entry = state.entries[position];
      if (status === "streaming" && entry) entries[position] = entry;
    }
    this.remembered.delete(state.meta.conversationId);
    this.remembered.set(state.meta.conversationId, { state: { meta: state.meta, entries }, at: Date.now() });
    if (this.remembered.size > REMEMBER_CONVERSATIONS) this.remembered.delete(this.remembered.keys().next().value!);
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
