// Kinesis consumer: publishes business events to the bus (the wiring's filter keeps chunks out).
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { consumeStream } from "../shared/kinesis-batch.js";

export const handler = (event: KinesisStreamEvent, context: Context) =>
  consumeStream(event, context, "publisher", (_conversationId, items) => deps().publisher.publish(items.map((i) => i.event)));
