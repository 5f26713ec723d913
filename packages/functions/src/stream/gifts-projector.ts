// Kinesis consumer: hosts the gifts runner, which folds a child's gift and safety events into
// their card and pushes it to every elf online.
import { projectGifts } from "@kringle/core";
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { consumeStream } from "../shared/kinesis-batch.js";
import { logger } from "../shared/observability.js";

export const handler = (event: KinesisStreamEvent, context: Context) =>
  consumeStream(event, context, "gifts", async (conversationId, items) => {
    const { gifts, connections, pusher } = deps();
    await projectGifts(
      conversationId,
      items.map((i) => i.event),
      { store: gifts, pusher: pusher(), watchers: { elves: () => connections.openElves() }, warnings: logger },
    );
  });
