// Kinesis consumer: hosts the transcript runner, which folds messages and replies into the
// transcripts table and pushes the changes to every child connection watching the conversation.
import { projectTranscript } from "@kringle/core";
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { consumeStream } from "../shared/kinesis-batch.js";
import { logger } from "../shared/observability.js";

export const handler = (event: KinesisStreamEvent, context: Context) =>
  consumeStream(event, context, "transcript", async (conversationId, items) => {
    const { transcripts, pusher } = deps();
    await projectTranscript(
      conversationId,
      items.map((i) => i.event),
      { store: transcripts, pusher: pusher(), warnings: logger },
    );
  });
