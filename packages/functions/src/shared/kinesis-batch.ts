// Kinesis consumer plumbing: Powertools reports partial batch failures; records are decoded once,
// a record that fails its schema is parked (never retried, never stalling the shard), and the
// valid events are handed over grouped by conversation, in stream order, one call per group.
import { BatchProcessor, EventType, processPartialResponse } from "@aws-lambda-powertools/batch";
import { decodeEvent, type KringleEvent } from "@kringle/core";
import type { Context, KinesisStreamBatchResponse, KinesisStreamEvent, KinesisStreamRecord } from "aws-lambda";
import { deps } from "./deps.js";
import { logger, metrics, MetricUnit } from "./observability.js";

export interface StreamItem {
  event: KringleEvent;
  sequenceNumber: string;
}

export type GroupHandler = (conversationId: string, items: StreamItem[]) => Promise<void>;

async function park(consumer: string, record: KinesisStreamRecord, reason: string): Promise<void> {
  await deps().deadLetters.park({
    // the same source as the event-source mapping's own dead letters for this consumer
    source: `consumer:${consumer}`,
    id: record.eventID,
    reason,
    payload: record.kinesis.data,
    at: new Date().toISOString(),
  });
  logger.error("parked a malformed record", { consumer, eventID: record.eventID, reason });
  metrics.addMetric("recordsParked", MetricUnit.Count, 1);
}

function byConversation(records: KinesisStreamRecord[], consumer: string, apply: GroupHandler) {
  const malformed = new Map<string, string>();
  const groups = new Map<string, StreamItem[]>();
  const groupOf = new Map<string, string>();
  for (const record of records) {
    const decoded = decodeEvent(Buffer.from(record.kinesis.data, "base64"));
    if (!decoded.ok) {
      malformed.set(record.eventID, `${decoded.error.code}: ${decoded.error.message}`);
      continue;
    }
    const { conversationId } = decoded.event;
    groupOf.set(record.eventID, conversationId);
    const items = groups.get(conversationId) ?? [];
    items.push({ event: decoded.event, sequenceNumber: record.kinesis.sequenceNumber });
    groups.set(conversationId, items);
  }
  const done = new Map<string, Promise<void>>();
  for (const [conversationId, items] of groups) done.set(conversationId, apply(conversationId, items));
  // a group's failure is reported through its records; keep it from surfacing as unhandled
  for (const promise of done.values()) promise.catch(() => undefined);

  return async (record: KinesisStreamRecord): Promise<void> => {
    const reason = malformed.get(record.eventID);
    if (reason !== undefined) return park(consumer, record, reason);
    await done.get(groupOf.get(record.eventID)!);
  };
}

/** Runs a consumer over one Kinesis batch and answers with its failed records (ReportBatchItemFailures). */
export async function consumeStream(
  event: KinesisStreamEvent,
  context: Context,
  consumer: string,
  apply: GroupHandler,
): Promise<KinesisStreamBatchResponse> {
  logger.addContext(context);
  try {
    const processor = new BatchProcessor(EventType.KinesisDataStreams);
    return await processPartialResponse(event, byConversation(event.Records, consumer, apply), processor, { context });
  } finally {
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
  }
}
