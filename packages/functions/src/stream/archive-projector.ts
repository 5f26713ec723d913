// Kinesis consumer: hosts the archive runner, which keeps every event in the events table.
import { archiveEvents } from "@kringle/core";
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { consumeStream } from "../shared/kinesis-batch.js";

export const handler = (event: KinesisStreamEvent, context: Context) =>
  consumeStream(event, context, "archive", (_conversationId, items) => archiveEvents(items, { archive: deps().archive }));
