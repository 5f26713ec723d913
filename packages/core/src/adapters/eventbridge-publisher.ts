// Publishes business events to the EventBridge bus in PutEvents batches of at most 10 entries and
// 256 KB, retrying the entries that failed. Publishes made together (a consumer's conversations)
// share their calls (group commit).
import { PutEventsCommand, type EventBridgeClient, type PutEventsRequestEntry } from "@aws-sdk/client-eventbridge";
import type { KringleEvent } from "../events/schemas.js";
import type { BusPublisher } from "../ports/index.js";
import { GroupCommit } from "./group-commit.js";
import { sizeBatches } from "./size-batches.js";
import { backoffMs, sleep } from "../retry/backoff.js";

export const PUT_EVENTS_MAX_ENTRIES = 10;
export const PUT_EVENTS_MAX_BYTES = 256 * 1024;

export class BusPublishError extends Error {
  readonly code = "publish_failed";
}

/** The size EventBridge counts for an entry: source, detail-type, detail, resources, in UTF-8. */
export function entrySize(entry: PutRequestEntryLike): number {
  return (
    Buffer.byteLength(entry.Source ?? "") +
    Buffer.byteLength(entry.DetailType ?? "") +
    Buffer.byteLength(entry.Detail ?? "") +
    (entry.Resources ?? []).reduce((n, r) => n + Buffer.byteLength(r), 0) +
    (entry.Time ? 14 : 0)
  );
}
type PutRequestEntryLike = Pick<PutEventsRequestEntry, "Source" | "DetailType" | "Detail" | "Resources" | "Time">;

export function batchBusEntries(entries: readonly PutEventsRequestEntry[]): PutEventsRequestEntry[][] {
  return sizeBatches(entries, {
    maxItems: PUT_EVENTS_MAX_ENTRIES,
    maxBytes: PUT_EVENTS_MAX_BYTES,
    sizeOf: entrySize,
    tooLarge: (size) => new BusPublishError(`an event of ${size} bytes exceeds EventBridge's 256 KB limit`),
  });
}

export class EventBridgePublisher implements BusPublisher {
  private readonly publishes = new GroupCommit<PutEventsRequestEntry>(async (entries) => {
    for (const batch of batchBusEntries(entries)) await this.put(batch);
  });

  constructor(
    private readonly client: EventBridgeClient,
    private readonly options: { busName: string; source: string; maxAttempts?: number },
  ) {}

  async publish(events: readonly KringleEvent[]): Promise<void> {
    const entries = events.map(
      (event): PutEventsRequestEntry => ({
        EventBusName: this.options.busName,
        Source: this.options.source,
        DetailType: event.type,
        Detail: JSON.stringify(event),
        Time: new Date(event.at),
      }),
    );
    // an event too large is this caller's error, found before it can fail anyone else's call
    batchBusEntries(entries);
    await this.publishes.add(entries);
  }

  private async put(batch: PutEventsRequestEntry[]): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 5;
    let pending = batch;
    for (let attempt = 1; ; attempt++) {
      const out = await this.client.send(new PutEventsCommand({ Entries: pending }));
      if (!out.FailedEntryCount) return;
      const results = out.Entries ?? [];
      const failed = pending.filter((_, i) => results[i]?.ErrorCode);
      if (attempt >= maxAttempts) {
        const first = results.find((r) => r.ErrorCode);
        throw new BusPublishError(`${failed.length} event(s) not published: ${first?.ErrorCode}: ${first?.ErrorMessage ?? ""}`);
      }
      pending = failed;
      await sleep(backoffMs(attempt, { baseMs: 40, maxMs: 2_000, jitter: 0.5 }));
    }
  }
}
