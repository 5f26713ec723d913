// Enhanced fan-out, offline: SubscribeToShard pushes a shard's new records to its consumer as they
// arrive instead of waiting for a poll. Here the appends are announced by the Kinesis stand-in,
// so a consumer that has read to the end of its shard takes the next records from these notices.
// Notices are kept for a while even when not needed, so that the records appended while a read
// was under way are not missed when the consumer switches from reading to being pushed to.
import type { _Record as KinesisRecord } from "@aws-sdk/client-kinesis";

/** A record an append added, as the Kinesis stand-in announces it. */
export interface AnnouncedRecord {
  shardId: string;
  sequenceNumber: string;
  partitionKey: string;
  /** the record's bytes, base64 */
  dataBase64: string;
  /** epoch milliseconds when the append was answered */
  arrivedAt: number;
  /** the record's data when it is JSON */
  data: unknown;
}

const KEEP_MS = 30_000;

export class FanOutTail {
  private recent: AnnouncedRecord[] = [];
  private queue: AnnouncedRecord[] | null = null;
  private last = -1n;

  /** true while the consumer is at the end of its shard and takes its records from the pushes */
  get attached(): boolean {
    return this.queue !== null;
  }

  /**
   * Takes notices of this shard, which the stand-in sends in sequence order (it answers appends
   * one at a time); true when they give an attached consumer something to do.
   */
  offer(records: readonly AnnouncedRecord[]): boolean {
    const now = Date.now();
    this.recent.push(...records);
    while (this.recent.length && now - this.recent[0]!.arrivedAt > KEEP_MS) this.recent.shift();
    if (!this.queue) return false;
    const before = this.queue.length;
    for (const r of records) this.enqueue(r);
    return this.queue.length > before;
  }

  /** The consumer has read everything up to `lastSequence`, which was the shard's end when it read. */
  attach(lastSequence: string | undefined): void {
    this.last = lastSequence ? BigInt(lastSequence) : -1n;
    this.queue = [];
    for (const r of this.recent) this.enqueue(r);
  }

  /** Back to reading (a safety read, an error): the pushes are only kept. */
  detach(): void {
    this.queue = null;
  }

  /** The next records, oldest first, in the form GetRecords returns them. */
  take(limit: number): KinesisRecord[] {
    const taken = this.queue?.splice(0, limit) ?? [];
    if (taken.length) this.last = BigInt(taken.at(-1)!.sequenceNumber);
    return taken.map((r) => ({
      SequenceNumber: r.sequenceNumber,
      PartitionKey: r.partitionKey,
      Data: Buffer.from(r.dataBase64, "base64"),
      ApproximateArrivalTimestamp: new Date(r.arrivedAt),
    }));
  }

  private enqueue(r: AnnouncedRecord): void {
    const seq = BigInt(r.sequenceNumber);
    if (seq <= this.last) return;
    const queue = this.queue!;
    // notices normally come in order; an odd one is put in its place
    let i = queue.length;
    while (i > 0 && BigInt(queue[i - 1]!.sequenceNumber) > seq) i--;
    if (i > 0 && queue[i - 1]!.sequenceNumber === r.sequenceNumber) return;
    queue.splice(i, 0, r);
  }
}
