// Kinesis consumer: folds connection events into the connections table, one item per connection.
import { connectionIdOf, evolveConnection } from "@kringle/core";
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { consumeStream } from "../shared/kinesis-batch.js";

export const handler = (event: KinesisStreamEvent, context: Context) =>
  consumeStream(event, context, "connections", async (_conversationId, items) => {
    const { connections } = deps();
    for (const { event: e } of items) {
      const connectionId = connectionIdOf(e);
      if (!connectionId) continue;
      const current = await connections.get(connectionId);
      const next = evolveConnection(current, e);
      if (next && next !== current) await connections.save(current?.version, next);
    }
  });
