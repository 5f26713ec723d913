// Bus target for message.sent: hosts the gift extractor's reactor. Its events have ids derived
// from the message, so with the offline rules (deterministic) a redelivered or retried event
// appends the very same ones. A model may word a wish differently the second time ("red bike",
// "a red bicycle"), which would be a second wish: then the reaction is idempotent on the event's
// id, as Santa's is, and a redelivery gets the first run's outcome without asking the model again.
import { extractGifts, messageFrom } from "@kringle/core";
import type { Context, EventBridgeEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { idempotentOnEventId } from "../shared/idempotent.js";
import { logger } from "../shared/observability.js";

type BusEvent = EventBridgeEvent<string, unknown>;
interface Outcome {
  appended: number;
}

const extract = async (event: BusEvent): Promise<Outcome> => ({ appended: (await extractGifts(messageFrom(event.detail), deps().gifting())).length });

const extractOnce = idempotentOnEventId(extract, () => deps().dynamo, "giftExtractor");

export const handler = async (event: BusEvent, context: Context): Promise<Outcome> => {
  logger.addContext(context);
  const outcome = deps().gifting().extractor.deterministic ? await extract(event) : await extractOnce(event, context);
  logger.info("gifts extracted", { ...outcome });
  return outcome;
};
