// Kinesis consumer: keeps every event in the events table, past the stream's retention.
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { consumeStream } from "../shared/kinesis-batch.js";

export const handler = (event: KinesisStreamEvent, context: Context) =>
  consumeStream(event, context, "archive", (_conversationId, items) => deps().archive.put(items));
