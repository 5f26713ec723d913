// Kinesis consumer: folds messages and replies into the transcripts table and pushes the changes
// to every child connection watching the conversation.
import { fold, type Push } from "@kringle/core";
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { consumeStream } from "../shared/kinesis-batch.js";
import { logger } from "../shared/observability.js";

async function deliver(conversationId: string, pushes: Push[]): Promise<void> {
  const perConnection = new Map<string, Push["change"][]>();
  for (const push of pushes) {
    for (const connectionId of push.to) perConnection.set(connectionId, [...(perConnection.get(connectionId) ?? []), push.change]);
  }
  const pusher = deps().pusher();
  await Promise.all(
    [...perConnection].map(async ([connectionId, changes]) => {
      try {
        for (const change of changes) {
          const sent = await pusher.send({ connectionId, conversationId }, { type: "transcript.delta", conversationId, change });
          if (sent === "gone") return;
        }
      } catch (err) {
        // the read model is saved: the client catches up with `sync` when it reconnects
        logger.warn("push failed", { connectionId, conversationId, error: String(err) });
      }
    }),
  );
}

export const handler = (event: KinesisStreamEvent, context: Context) =>
  consumeStream(event, context, "transcript", async (conversationId, items) => {
    const { transcripts } = deps();
    const events = items.map((i) => i.event);
    const loaded = await transcripts.load(conversationId);
    const folded = fold(loaded, events);
    // pushed while it is saved: a save that fails is retried and pushes again, and the browser
    // merges by (replyId, seq), so a child never waits on the table for the next words
    await Promise.all([transcripts.save(loaded.meta.version, folded.state, folded.dirty), deliver(conversationId, folded.pushes)]);
  });
