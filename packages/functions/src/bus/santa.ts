// Bus target for message.sent: hosts Santa's reactor, which replies by streaming through the log.
// Idempotent on the message event's id, so a redelivered event or a resent messageId gets one reply.
import { messageFrom, replyTo, warmConcernScreen, type ReplyOutcome } from "@kringle/core";
import type { Context, EventBridgeEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { idempotentOnEventId } from "../shared/idempotent.js";
import { logger } from "../shared/observability.js";

type BusEvent = EventBridgeEvent<string, unknown>;

// the concern screen's classifier trains once per sandbox: in the init phase, not on a child's message
warmConcernScreen();
const reply = idempotentOnEventId((event: BusEvent) => replyTo(messageFrom(event.detail), deps().santa()), () => deps().dynamo, "santa");

export const handler = async (event: BusEvent, context: Context): Promise<ReplyOutcome> => {
  logger.addContext(context);
  const outcome = await reply(event, context);
  logger.info("santa replied", { ...outcome });
  return outcome;
};
