// Bus target for message.sent: hosts the gift extractor's reactor. Its events have ids derived
// from the message, so a redelivered or retried event appends the very same ones.
import { extractGifts, messageFrom } from "@kringle/core";
import type { Context, EventBridgeEvent } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { logger } from "../shared/observability.js";

export const handler = async (event: EventBridgeEvent<string, unknown>, context: Context): Promise<{ appended: number }> => {
  logger.addContext(context);
  const appended = await extractGifts(messageFrom(event.detail), deps().gifting());
  logger.info("gifts extracted", { appended: appended.length });
  return { appended: appended.length };
};
