// Kinesis consumer: hosts the connections runner, one item per connection.
import { projectConnections } from "@kringle/core";
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { consumeStream } from "../shared/kinesis-batch.js";

export const handler = (event: KinesisStreamEvent, context: Context) =>
  consumeStream(event, context, "connections", async (_conversationId, items) => {
    await projectConnections(
      items.map((i) => i.event),
      { store: deps().connections },
    );
  });
