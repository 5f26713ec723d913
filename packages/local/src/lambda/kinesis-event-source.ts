// The Kinesis event-source mapping, emulated per consumer and shard: polls (at once after an
// append, else every idle interval), or with enhanced fan-out is pushed the records as they are
// appended; applies the wired filters, invokes the function with a batch, honours
// ReportBatchItemFailures, bisects a failing batch, retries a bounded number of times, then parks
// what still fails in the dead-letter table and moves on. Checkpoints survive restarts.
import {
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type KinesisClient,
  type _Record as KinesisRecord,
} from "@aws-sdk/client-kinesis";
import { backoffMs, sleep, type ConsumerDef, type DeadLetters } from "@kringle/core";
import type { KinesisStreamBatchResponse, KinesisStreamRecord } from "aws-lambda";
import { compilePattern } from "../bus/event-pattern.js";
import type { Checkpoints } from "./checkpoints.js";
import { FanOutTail, type AnnouncedRecord } from "./fan-out-tail.js";

export interface EventSourceOptions {
  name: string;
  def: ConsumerDef;
  kinesis: KinesisClient;
  streamName: string;
  streamArn: string;
  region: string;
  shardId: string;
  invoke: (event: { Records: KinesisStreamRecord[] }) => Promise<unknown>;
  checkpoints: Checkpoints;
  deadLetters: DeadLetters;
  /**
   * the pause before reading again after a read that found nothing while an append was announced
   * meanwhile. Otherwise an idle shard is not looked at: appends wake it at once, and it is read
   * anyway after `safetyReadMs`.
   */
  idlePollMs: number;
  /**
   * how long an idle or pushed-to consumer goes without reading its shard (1 s by default); each
   * safety read that finds nothing doubles it, up to 8 times as long, until records come again
   */
  safetyReadMs?: number;
  /** the first retry waits this long, doubling up to 2 s */
  retryBaseMs: number;
  onError: (message: string, error: unknown) => void;
  /** after each successful invocation: how long its records waited since they reached the stream */
  onProcessed?: (consumer: string, lagsMs: number[]) => void;
}


/** `wanted`: whether any record of the batch passed the filters (else the function was not invoked) */
type Outcome = { ok: true; wanted: boolean } | { ok: false; wanted: true; failedFrom: number; reason: string };

const decoder = new TextDecoder("utf-8", { fatal: true });

/** What a filter pattern is matched against: the record's metadata, with `data` parsed when JSON. */
export interface FilterSubject {
  partitionKey: string;
  data: unknown;
}

function filterOf(def: ConsumerDef): (subject: FilterSubject) => boolean {
  if (!def.filters?.length) return () => true;
  const matchers = def.filters.map((f) => compilePattern(f));
  return (subject) => matchers.some((m) => m(subject));
}

function subjectOf(record: KinesisStreamRecord): FilterSubject {
  let data: unknown;
  try {
    data = JSON.parse(decoder.decode(Buffer.from(record.kinesis.data, "base64")));
  } catch {
    data = undefined;
  }
  return { ...record.kinesis, data };
}

export class ShardPoller {
  private iterator: string | undefined;
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private appends = 0;
  /** true when the last poll found nothing and no append has happened since it started */
  private current = false;
  private lastRead = 0;
  /** safety reads in a row that found nothing: each doubles the wait before the next */
  private quietReads = 0;
  /** whether records were taken from the pushes since the iterator was last read from */
  private pushedSinceRead = false;
  private readonly matches: (subject: FilterSubject) => boolean;
  private readonly tail: FanOutTail | undefined;

  constructor(private readonly o: EventSourceOptions) {
    this.matches = filterOf(o.def);
    this.tail = o.def.enhancedFanOut ? new FanOutTail() : undefined;
  }

  /** Records appended to this shard: pushed at once with enhanced fan-out, else a reason to poll. */
  announce(records: readonly AnnouncedRecord[]): void {
    if (this.tail?.offer(records) || records.some((r) => this.wants(r))) this.wake();
  }

  /** Whether an appended record passes this consumer's filters (so it is worth waking for). */
  wants(subject: FilterSubject): boolean {
    return this.matches(subject);
  }

  get shardId(): string {
    return this.o.shardId;
  }

  get caughtUp(): boolean {
    return this.current;
  }

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  /** An append reached this shard with records this consumer wants: poll now. */
  wake(): void {
    this.appends++;
    this.current = false;
    this.quietReads = 0;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const appendsBefore = this.appends;
        const pushed = this.tail?.attached === true;
        const read = pushed ? { records: this.tail!.take(this.o.def.batchSize), atTip: false } : await this.poll();
        const records = read.records;
        if (pushed && records.length) this.pushedSinceRead = true;
        if (!this.running) break;
        // a short read reached the end of the shard: from here on, records are pushed
        if (this.tail && !this.tail.attached && records.length < this.o.def.batchSize) {
          this.tail.attach(records.at(-1)?.SequenceNumber ?? this.o.checkpoints.get(this.o.name, this.o.shardId));
        }
        if (records.length === 0) {
          this.current = this.appends === appendsBefore;
          await this.idle();
          continue;
        }
        this.current = false;
        const wanted = await this.process(records.map((r) => this.toLambdaRecord(r)));
        // only records this consumer wants count as traffic: a filtered consumer on a busy shard
        // backs its safety reads off as if the shard were quiet
        if (wanted) this.quietReads = 0;
        // the read reached the end of the shard and nothing it wants was appended since: caught
        // up, without a second read to find the shard empty
        if (read.atTip && this.appends === appendsBefore && this.running) {
          this.current = true;
          await this.idle();
        }
      } catch (err) {
        this.tail?.detach();
        this.iterator = undefined;
        this.o.onError(`${this.o.name}/${this.o.shardId}: polling failed`, err);
        await this.sleep(this.o.retryBaseMs * 4);
      }
    }
  }

  /**
   * Waits until the shard may have records: an append, or the safety read; then,
   * with a batching window, lets records gather for that long, as Lambda does.
   */
  private async idle(): Promise<void> {
    if (!this.current) {
      await this.sleep(this.o.idlePollMs);
    } else {
      // one timer until the safety read, which an append cuts short
      const base = this.o.safetyReadMs ?? 1000;
      const interval = Math.min(base * 2 ** this.quietReads, base * 8);
      while (this.running && this.current && Date.now() - this.lastRead < interval) await this.sleep(interval - (Date.now() - this.lastRead));
      if (this.current) this.quietReads++;
    }
    // pushed records are checked against a read from the checkpoint at each safety read; an iterator
    // is only reopened there if pushes moved the consumer past it (an idle shard spares the call)
    if (this.tail?.attached && this.current) {
      this.tail.detach();
      if (this.pushedSinceRead) this.iterator = undefined;
    }
    const windowMs = this.o.def.maxBatchingWindowSeconds * 1000;
    if (windowMs > 0 && this.running) await new Promise((r) => setTimeout(r, windowMs));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = done;
    }).then(() => {
      this.wakeUp = undefined;
    });
  }

  /** One read from the iterator; `atTip` when it reached the shard's end (fewer than asked for, nothing behind). */
  private async poll(): Promise<{ records: KinesisRecord[]; atTip: boolean }> {
    if (!this.iterator) {
      const after = this.o.checkpoints.get(this.o.name, this.o.shardId);
      const out = await this.o.kinesis.send(
        new GetShardIteratorCommand({
          StreamName: this.o.streamName,
          ShardId: this.o.shardId,
          ...(after
            ? { ShardIteratorType: "AFTER_SEQUENCE_NUMBER", StartingSequenceNumber: after }
            : { ShardIteratorType: this.o.def.startingPosition }),
        }),
      );
      this.iterator = out.ShardIterator;
    }
    try {
      this.lastRead = Date.now();
      this.pushedSinceRead = false;
      const out = await this.o.kinesis.send(new GetRecordsCommand({ ShardIterator: this.iterator, Limit: this.o.def.batchSize }));
      this.iterator = out.NextShardIterator;
      const records = out.Records ?? [];
      return { records, atTip: records.length < this.o.def.batchSize && (out.MillisBehindLatest ?? 0) === 0 };
    } catch (err) {
      // iterators expire after 5 minutes, as on AWS: reopen from the checkpoint
      if (err instanceof ExpiredIteratorException) {
        this.iterator = undefined;
        return { records: [], atTip: false };
      }
      throw err;
    }
  }

  private toLambdaRecord(r: KinesisRecord): KinesisStreamRecord {
    return {
      kinesis: {
        kinesisSchemaVersion: "1.0",
        partitionKey: r.PartitionKey!,
        sequenceNumber: r.SequenceNumber!,
        data: Buffer.from(r.Data!).toString("base64"),
        approximateArrivalTimestamp: (r.ApproximateArrivalTimestamp?.getTime() ?? Date.now()) / 1000,
      },
      eventSource: "aws:kinesis",
      eventVersion: "1.0",
      eventID: `${this.o.shardId}:${r.SequenceNumber}`,
      eventName: "aws:kinesis:record",
      invokeIdentityArn: "arn:aws:iam::000000000000:role/kringle-local",
      awsRegion: this.o.region,
      eventSourceARN: this.o.streamArn,
    };
  }

  private checkpoint(record: KinesisStreamRecord): void {
    this.o.checkpoints.set(this.o.name, this.o.shardId, record.kinesis.sequenceNumber);
  }

  /** Works through a batch until every record is processed or parked; true if the filters let any through. */
  private async process(batch: KinesisStreamRecord[]): Promise<boolean> {
    let wanted = false;
    // [records, attempts so far]: a bisected half starts its own count, as on AWS
    const queue: [KinesisStreamRecord[], number][] = [[batch, 0]];
    while (queue.length && this.running) {
      const [records, attempts] = queue.shift()!;
      const outcome = await this.invoke(records);
      wanted ||= outcome.wanted;
      if (outcome.ok) {
        this.checkpoint(records.at(-1)!);
        continue;
      }
      if (outcome.failedFrom > 0) this.checkpoint(records[outcome.failedFrom - 1]!);
      const failed = records.slice(outcome.failedFrom);
      if (this.o.def.bisectBatchOnError && failed.length > 1 && outcome.failedFrom === 0) {
        const half = Math.ceil(failed.length / 2);
        queue.unshift([failed.slice(0, half), 0], [failed.slice(half), 0]);
        continue;
      }
      if (attempts >= this.o.def.retryAttempts) {
        await this.park(failed, outcome.reason, attempts + 1);
        this.checkpoint(failed.at(-1)!);
        continue;
      }
      // a plain timer: appends must not cut a retry's backoff short
      await sleep(backoffMs(attempts + 1, { baseMs: this.o.retryBaseMs, maxMs: 2_000 }));
      queue.unshift([failed, attempts + 1]);
    }
    // stopped mid-batch: what is not checkpointed is read again on the next start
    return wanted;
  }

  private async invoke(records: KinesisStreamRecord[]): Promise<Outcome> {
    // a consumer without filters takes every record: nothing to decode for it
    const delivered = this.o.def.filters?.length ? records.filter((r) => this.matches(subjectOf(r))) : records;
    if (!delivered.length) return { ok: true, wanted: false };
    let response: unknown;
    try {
      response = await this.o.invoke({ Records: delivered });
    } catch (err) {
      return { ok: false, wanted: true, failedFrom: 0, reason: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
    }
    const failures = (response as KinesisStreamBatchResponse | undefined)?.batchItemFailures ?? [];
    if (!failures.length) {
      if (this.o.onProcessed) {
        const now = Date.now();
        this.o.onProcessed(this.o.name, delivered.map((r) => now - r.kinesis.approximateArrivalTimestamp * 1000));
      }
      return { ok: true, wanted: true };
    }
    // Lambda resumes from the lowest failed sequence number; an unknown or empty one fails the batch
    let failedFrom = records.length;
    for (const failure of failures) {
      const index = records.findIndex((r) => r.kinesis.sequenceNumber === failure.itemIdentifier);
      failedFrom = Math.min(failedFrom, index < 0 ? 0 : index);
    }
    return { ok: false, wanted: true, failedFrom, reason: `the function reported ${failures.length} failed record(s)` };
  }

  private async park(records: KinesisStreamRecord[], reason: string, attempts: number): Promise<void> {
    for (const record of records) {
      await this.o.deadLetters.park({
        source: `consumer:${this.o.name}`,
        id: record.eventID,
        reason: `${reason} (after ${attempts} attempts)`,
        payload: record.kinesis.data,
        at: new Date().toISOString(),
      });
    }
    this.o.onError(`${this.o.name}/${this.o.shardId}: parked ${records.length} record(s) after ${attempts} attempts`, reason);
  }
}
