// Bus target for message.sent: Santa replies, streaming through the log. Idempotent on the
// message event's id (Powertools), so a redelivered event or a resent messageId gets one reply.
import { makeIdempotent, IdempotencyConfig } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import { allEntries, historyTokens, parseEvent, replyTo, santaModel, santaPrompt, tableName, type ReplyOutcome } from "@kringle/core";
import type { Context, EventBridgeEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { logger } from "../shared/observability.js";

export class NotAMessageError extends Error {
  readonly code = "not_a_message";
}

async function reply(event: EventBridgeEvent<string, unknown>): Promise<ReplyOutcome> {
  const parsed = parseEvent(event.detail);
  if (!parsed.ok || parsed.event.type !== "message.sent") {
    // a bad detail will not get better on retry: say so and let the bus dead-letter it
    throw new NotAMessageError(parsed.ok ? `santa reacts to message.sent, not ${parsed.event.type}` : parsed.error.message);
  }
  const message = parsed.event;
  const { log, transcripts } = deps();
  return replyTo(message, {
    log,
    model: santaModel(),
    prompt: santaPrompt(),
    historyTokens: historyTokens(),
    transcript: (conversationId) => allEntries(transcripts, conversationId),
  });
}

type Run = (event: EventBridgeEvent<string, unknown>, context: Context) => Promise<ReplyOutcome>;
let idempotent: { key: unknown; run: Run } | undefined;

/** The idempotent reply, rebuilt whenever the clients are (their endpoints changed). */
function idempotentReply(): Run {
  const current = deps();
  if (idempotent?.key !== current) {
    const persistenceStore = new DynamoDBPersistenceLayer({ tableName: tableName("idempotency"), awsSdkV3Client: current.dynamo });
    const config = new IdempotencyConfig({ eventKeyJmesPath: "detail.id", expiresAfterSeconds: 7 * 24 * 3600 });
    idempotent = { key: current, run: makeIdempotent(reply, { persistenceStore, config }) as Run };
  }
  return idempotent.run;
}

export const handler = async (event: EventBridgeEvent<string, unknown>, context: Context): Promise<ReplyOutcome> => {
  logger.addContext(context);
  const outcome = await idempotentReply()(event, context);
  logger.info("santa replied", { ...outcome });
  return outcome;
};
