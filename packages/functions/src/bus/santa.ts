// Bus target for message.sent: hosts Santa's reactor, which replies by streaming through the log.
// Idempotent on the message event's id, so a redelivered event or a resent messageId gets one reply;
// the conversation is read while the idempotency record is written.
import { messageFrom, readingAhead, replyTo, warmConcernScreen, type ReplierDeps, type ReplyOutcome } from "@kringle/core";
import type { Context, EventBridgeEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { idempotentOnEventId } from "../shared/idempotent.js";
import { logger } from "../shared/observability.js";

type BusEvent = EventBridgeEvent<string, unknown>;

// the concern screen's classifier trains once per sandbox: in the init phase, not on a child's message
warmConcernScreen();
/** by bus event id: the deps whose first read of the conversation went out with the delivery */
const readAhead = new Map<string, ReplierDeps>();
const reply = idempotentOnEventId((event: BusEvent) => replyTo(messageFrom(event.detail), readAhead.get(event.id) ?? deps().santa()), () => deps().dynamo, "santa", {
  // another delivery of this event was under way: when this one runs, it reads what is there then
  onWait: (event) => readAhead.delete(event.id),
});

/** Starts reading the message's conversation, while the idempotency record is written. */
function readAheadFor(event: BusEvent): void {
  try {
    readAhead.set(event.id, readingAhead(deps().santa(), messageFrom(event.detail).conversationId));
  } catch {
    // not a message: the run says so
  }
}

/** How many deliveries hold a read made ahead: each is dropped when its delivery ends (tests). */
export const readsAheadHeld = (): number => readAhead.size;

export const handler = async (event: BusEvent, context: Context): Promise<ReplyOutcome> => {
  logger.addContext(context);
  readAheadFor(event);
  try {
    const outcome = await reply(event, context);
    logger.info("santa replied", { ...outcome });
    return outcome;
  } finally {
    readAhead.delete(event.id);
  }
};
