// The transcripts table: one meta item per conversation (position 0) and one item per finished
// entry. A reply still streaming lives on the meta item, so each batch of its chunks is a single
// conditional write; when it finishes, its entry item is written before the meta item lets it go.
// Every write is conditional: the meta item on the version that was loaded, an entry on its
// position being free or already holding that very message or reply. So a crash, a concurrent
// writer or a stale memory leads to a retry, never to a lost, overwritten or doubled entry. What
// was last saved is remembered for a short while: the next batch of the same conversation (a
// reply's chunks) folds onto it without reading; if another writer moved on meanwhile, a write
// fails its condition, the memory is forgotten and the batch is retried from the table.
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Entry, ReplyEntry } from "../protocol/frames.js";
import { batchPut } from "../adapters/dynamo-batch.js";
import type { TranscriptStore } from "./transcript.port.js";
import { emptyTranscript, type TranscriptMeta, type TranscriptState } from "./transcript.projection.js";

const META = 0;
const REMEMBER_MS = 60_000;
const REMEMBER_CONVERSATIONS = 1000;

/** The meta item as stored: the fold's meta plus the replies still streaming, by position. */
type MetaItem = TranscriptMeta & { position: typeof META; streaming?: Record<string, ReplyEntry> };

const isStreaming = (e: Entry): e is ReplyEntry => e.kind === "reply" && e.status === "streaming";

export class DynamoTranscriptStore implements TranscriptStore {
  private readonly remembered = new Map<string, { state: TranscriptState; at: number }>();

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The conversation's meta with its replies still streaming: all a fold reads. */
  async load(conversationId: string): Promise<TranscriptState> {
    return this.recall(conversationId) ?? (await this.loadMeta(conversationId));
  }

  async save(loadedVersion: number, state: TranscriptState, dirty: readonly number[]): Promise<void> {
    if (state.meta.version === loadedVersion) return;
    const { conversationId } = state.meta;
    const finished = dirty.map((p) => state.entries[p]).filter((e): e is Entry => e !== undefined && !isStreaming(e));
    const item: MetaItem = { ...state.meta, position: META, streaming: streamingOf(state) };
    try {
      await Promise.all(finished.map((entry) => this.putEntry(conversationId, entry)));
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: item,
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

  /**
   * Writes a whole conversation folded elsewhere (a rebuild folds in memory) in BatchWrite calls,
   * with no conditions: for a fresh table only, which nothing else writes.
   */
  async putRebuilt(state: TranscriptState): Promise<void> {
    const { conversationId } = state.meta;
    const finished = Object.values(state.entries).filter((e) => !isStreaming(e));
    const meta: MetaItem = { ...state.meta, position: META, streaming: streamingOf(state) };
    const items: Record<string, unknown>[] = [...finished.map((entry) => ({ conversationId, ...entry })), { ...meta }];
    await batchPut(this.client, this.table, items);
  }

  /** Writes an entry where its position is free or already holds the same message or reply. */
  private async putEntry(conversationId: string, entry: Entry): Promise<void> {
    const [idName, id] = entry.kind === "message" ? ["messageId", entry.messageId] : ["replyId", entry.replyId];
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: { conversationId, ...entry },
        ConditionExpression: "attribute_not_exists(conversationId) OR #id = :id",
        ExpressionAttributeNames: { "#id": idName },
        ExpressionAttributeValues: { ":id": id },
      }),
    );
  }

  /** Entries after `after`, in position order, a page at a time; replies still streaming (on the meta item) unless `finishedOnly`. */
  async *entriesAfter(conversationId: string, after: number, finishedOnly = false): AsyncGenerator<Entry[]> {
    // from the start, the meta item (the replies still streaming) comes first in the same query
    const fromMeta = !finishedOnly && after <= META;
    const query = (start?: Record<string, unknown>) =>
      this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: `conversationId = :c AND #p ${fromMeta ? ">=" : ">"} :after`,
          ExpressionAttributeNames: { "#p": "position" },
          ExpressionAttributeValues: { ":c": conversationId, ":after": Math.max(after, META) },
          ExclusiveStartKey: start,
          ConsistentRead: true,
        }),
      );
    // later on, the meta item and the first page are read side by side
    const [got, first] = await Promise.all([
      finishedOnly || fromMeta ? undefined : this.client.send(new GetCommand({ TableName: this.table, Key: { conversationId, position: META }, ConsistentRead: true })),
      query(),
    ]);
    const meta = fromMeta ? (first.Items?.[0]?.position === META ? first.Items.shift() : undefined) : got?.Item;
    const streaming = Object.values((meta as MetaItem | undefined)?.streaming ?? {})
      .filter((e) => e.position > after)
      .sort((a, b) => a.position - b.position);
    let start: Record<string, unknown> | undefined;
    let out = first;
    for (;;) {
      start = out.LastEvaluatedKey;
      const page = (out.Items ?? []).map(toEntry);
      // a reply that finished between the two reads is already an entry: that one wins
      const last = start ? (page.at(-1)?.position ?? after) : Number.POSITIVE_INFINITY;
      const merged = [...page];
      while (streaming.length && streaming[0]!.position <= last) {
        const reply = streaming.shift()!;
        if (!page.some((e) => e.position === reply.position)) merged.push(reply);
      }
      yield merged.sort((a, b) => a.position - b.position);
      if (!start) return;
      out = await query(start);
    }
  }

  private async loadMeta(conversationId: string): Promise<TranscriptState> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { conversationId, position: META }, ConsistentRead: true }),
    );
    if (!out.Item) return emptyTranscript(conversationId);
    const { position: _p, streaming = {}, ...meta } = out.Item as MetaItem;
    const entries: Record<number, Entry> = {};
    for (const reply of Object.values(streaming)) entries[reply.position] = reply;
    return { meta, entries };
  }

  /** A copy of what was last saved, if recent; folds never change the state they are given. */
  private recall(conversationId: string): TranscriptState | undefined {
    const hit = this.remembered.get(conversationId);
    if (!hit || Date.now() - hit.at > REMEMBER_MS) return undefined;
    return { meta: hit.state.meta, entries: { ...hit.state.entries } };
  }

  /** Keeps the meta and the replies still streaming (the only entries a later fold reads). */
  private remember(state: TranscriptState): void {
    const entries: Record<number, Entry> = {};
    for (const reply of Object.values(streamingOf(state))) entries[reply.position] = reply;
    this.remembered.delete(state.meta.conversationId);
    this.remembered.set(state.meta.conversationId, { state: { meta: state.meta, entries }, at: Date.now() });
    if (this.remembered.size > REMEMBER_CONVERSATIONS) this.remembered.delete(this.remembered.keys().next().value!);
  }
}

/** The replies of `state` still streaming, keyed by position. */
function streamingOf(state: TranscriptState): Record<string, ReplyEntry> {
  const streaming: Record<string, ReplyEntry> = {};
  for (const { position, status } of Object.values(state.meta.replies)) {
    const entry = state.entries[position];
    if (status === "streaming" && entry && isStreaming(entry)) streaming[position] = entry;
  }
  return streaming;
}

function toEntry(item: Record<string, unknown>): Entry {
  const { conversationId: _c, ...entry } = item;
  return entry as Entry;
}
