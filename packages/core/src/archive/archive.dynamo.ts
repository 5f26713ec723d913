// The events table: every event of a conversation at its stream position, kept past Kinesis
// retention. The same record again lands on the same key; the same event appended again (a
// handler retried after a crash) gets a new sequence number, so each event also leaves a marker
// item under its id, and an event whose marker points elsewhere is not kept twice.
import { paginateQuery, paginateScan, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { parseEvent } from "../events/codec.js";
import type { KringleEvent } from "../events/schemas.js";
import { batchGet, batchPut } from "../adapters/dynamo-batch.js";
import { GroupCommit } from "../adapters/group-commit.js";
import { inRange, type ArchivedEvent, type ArchiveReader, type ArchiveWriter, type TimeRange } from "./archive.port.js";

/** Sequence numbers are decimal strings; padding makes their string order their numeric order. */
export function archivePosition(sequenceNumber: string): string {
  return sequenceNumber.padStart(64, "0");
}

/** Markers sort after every position ("~" is past the digits), so reads of positions skip them. */
const MARKER = "~id:";
const markerKey = (event: KringleEvent) => ({ conversationId: event.conversationId, position: `${MARKER}${event.id}` });

interface EventItem {
  conversationId: string;
  position: string;
  id: string;
  type: string;
  at?: string;
  event: string;
}

export class MalformedArchiveItemError extends Error {
  readonly code = "malformed_archive_item";
}

export class DynamoArchive implements ArchiveWriter, ArchiveReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    /** an item whose event fails its schema: reported, then skipped (reads never stop on one) */
    private readonly onMalformed: (position: string, reason: string) => void = (position, reason) => {
      throw new MalformedArchiveItemError(`archived event at ${position}: ${reason}`);
    },
  ) {}

  /** the conversations of a consumer's batch are written together: a few BatchWrite calls, not a few per conversation */
  private readonly puts = new GroupCommit<{ position: string; event: KringleEvent }>((entries) => this.write(entries));

  async put(entries: readonly { sequenceNumber: string; event: KringleEvent }[]): Promise<void> {
    await this.puts.add(entries.map(({ sequenceNumber, event }) => ({ position: archivePosition(sequenceNumber), event })));
  }

  private async write(entries: readonly { position: string; event: KringleEvent }[]): Promise<void> {
    // one item per key and per event: a BatchWrite call refuses two writes of the same item
    const byId = new Map<string, { position: string; event: KringleEvent }>();
    for (const entry of entries) if (!byId.has(entry.event.id)) byId.set(entry.event.id, entry);
    const markers = await batchGet(this.client, this.table, [...byId.values()].map(({ event }) => markerKey(event)));
    for (const marker of markers) {
      const id = String(marker.position).slice(MARKER.length);
      // kept already at another position: this is the same event appended again
      if (byId.get(id)?.position !== marker.at) byId.delete(id);
    }
    const kept = [...byId.values()];
    // markers first: a crash in between leaves a marker naming this very position, which the
    // redelivered record then fills in
    await batchPut(this.client, this.table, kept.map(({ position, event }) => ({ ...markerKey(event), at: position })));
    await batchPut(
      this.client,
      this.table,
      kept.map(({ position, event }) => ({
        conversationId: event.conversationId,
        position,
        id: event.id,
        type: event.type,
        at: event.at,
        event: JSON.stringify(event),
      })),
    );
  }

  async *conversation(conversationId: string): AsyncIterable<ArchivedEvent[]> {
    const pages = paginateQuery(
      { client: this.client },
      {
        TableName: this.table,
        KeyConditionExpression: "conversationId = :c AND #p < :marker",
        ExpressionAttributeNames: { "#p": "position" },
        ExpressionAttributeValues: { ":c": conversationId, ":marker": MARKER },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) yield this.events(page.Items ?? []);
  }

  async *conversationIds(range: TimeRange = {}): AsyncIterable<string[]> {
    const seen = new Set<string>();
    for await (const page of this.all()) {
      const fresh: string[] = [];
      for (const { event } of page) {
        if (seen.has(event.conversationId) || !inRange(event.at, range)) continue;
        seen.add(event.conversationId);
        fresh.push(event.conversationId);
      }
      if (fresh.length) yield fresh;
    }
  }

  async *all(): AsyncIterable<ArchivedEvent[]> {
    const pages = paginateScan(
      { client: this.client },
      {
        TableName: this.table,
        FilterExpression: "#p < :marker",
        ExpressionAttributeNames: { "#p": "position" },
        ExpressionAttributeValues: { ":marker": MARKER },
        ConsistentRead: true,
      },
    );
    for await (const page of pages) {
      const events = this.events(page.Items ?? []);
      // a scan page is in key order per conversation already; sorting keeps that explicit
      yield events.sort((a, b) => a.event.conversationId.localeCompare(b.event.conversationId) || a.position.localeCompare(b.position));
    }
  }

  private events(items: Record<string, unknown>[]): ArchivedEvent[] {
    const out: ArchivedEvent[] = [];
    for (const item of items as unknown as EventItem[]) {
      let raw: unknown;
      try {
        raw = JSON.parse(item.event);
      } catch {
        this.onMalformed(item.position, "not JSON");
        continue;
      }
      const parsed = parseEvent(raw);
      if (parsed.ok) out.push({ position: item.position, event: parsed.event });
      else this.onMalformed(item.position, parsed.error.message);
    }
    return out;
  }
}
