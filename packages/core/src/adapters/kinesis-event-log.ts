// The event log on Kinesis: PutRecords in batches within the service limits, retrying the
// records that failed (throttling) with backoff, in their conversation's order. Appends made
// while a call is under way go out together in the next call (group commit): one process
// streaming many replies at once pays one round trip for all of their chunks, not one each.
import { PutRecordsCommand, type KinesisClient, type PutRecordsRequestEntry } from "@aws-sdk/client-kinesis";
import { encodeEvent } from "../events/codec.js";
import type { KringleEvent } from "../events/schemas.js";
import type { EventLog } from "../ports/index.js";
import { GroupCommit } from "./group-commit.js";
import { sizeBatches } from "./size-batches.js";
import { backoffMs, sleep } from "../retry/backoff.js";

export const PUT_RECORDS_MAX_RECORDS = 500;
export const PUT_RECORDS_MAX_BYTES = 5 * 1024 * 1024;
export const RECORD_MAX_BYTES = 1024 * 1024;

export class EventLogError extends Error {
  constructor(
    readonly code: "record_too_large" | "append_failed",
    message: string,
  ) {
    super(message);
  }
}

/** Splits entries into PutRecords calls of at most 500 records and 5 MB (data plus partition keys). */
export function batchEntries(entries: readonly PutRecordsRequestEntry[]): PutRecordsRequestEntry[][] {
  return sizeBatches(entries, {
    maxItems: PUT_RECORDS_MAX_RECORDS,
    maxBytes: PUT_RECORDS_MAX_BYTES,
    sizeOf: (entry) => {
      const size = (entry.Data?.byteLength ?? 0) + Buffer.byteLength(entry.PartitionKey ?? "");
      if (size > RECORD_MAX_BYTES) throw new EventLogError("record_too_large", `a record of ${size} bytes exceeds Kinesis's 1 MB limit`);
      return size;
    },
    tooLarge: (size) => new EventLogError("record_too_large", `a record of ${size} bytes exceeds a PutRecords call`),
  });
}

/**
 * What to send again after a partial failure: each failed record and, to keep a conversation's
 * order, every later record of its partition key, appended or not (projections drop the copies).
 */
export function retryInOrder(sent: readonly PutRecordsRequestEntry[], failed: readonly boolean[]): PutRecordsRequestEntry[] {
  const reopened = new Set<string | undefined>();
  return sent.filter((entry, i) => {
    if (failed[i]) reopened.add(entry.PartitionKey);
    return reopened.has(entry.PartitionKey);
  });
}

export interface KinesisEventLogOptions {
  streamName: string;
  maxAttempts?: number;
  baseDelayMs?: number;
}

export class KinesisEventLog implements EventLog {
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly appends = new GroupCommit<PutRecordsRequestEntry>(async (entries) => {
    for (const batch of batchEntries(entries)) await this.put(batch);
  });

  constructor(
    private readonly client: KinesisClient,
    private readonly options: KinesisEventLogOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? 6;
    this.baseDelayMs = options.baseDelayMs ?? 25;
  }

  /**
   * Resolves once every event is in the stream. Appends are sent one call after another, so the
   * order of a conversation's appends is the order they were made in, as with one caller.
   */
  async append(events: readonly KringleEvent[]): Promise<void> {
    const entries = events.map(encodeEvent);
    // a record too large is this caller's error, found before it can fail anyone else's call
    batchEntries(entries);
    await this.appends.add(entries);
  }

  private async put(batch: PutRecordsRequestEntry[]): Promise<void> {
    let pending = batch;
    for (let attempt = 1; ; attempt++) {
      const out = await this.client.send(new PutRecordsCommand({ StreamName: this.options.streamName, Records: pending }));
      if (!out.FailedRecordCount) return;
      const results = out.Records ?? [];
      const failed = retryInOrder(pending, results.map((r) => !!r?.ErrorCode));
      if (attempt >= this.maxAttempts) {
        const code = results.find((r) => r.ErrorCode)?.ErrorCode ?? "unknown";
        throw new EventLogError("append_failed", `${failed.length} record(s) not appended after ${attempt} attempts: ${code}`);
      }
      pending = failed;
      await sleep(backoffMs(attempt, { baseMs: this.baseDelayMs, maxMs: 2_000, jitter: 0.5 }));
    }
  }
}
