// sendMessage: hosts the message intake (core access/message-intake.ts), which records a child's
// message as message.sent or says why not; a refusal becomes an error frame to the caller.
import { MessageRefused, takeMessage } from "@kringle/core";
import { deps } from "../shared/deps.js";
import { callerOf, parseAction, route, RouteError, type WsEvent } from "../shared/ws.js";

export const handler = (event: WsEvent) =>
  route(event, async () => {
    const caller = callerOf(event);
    const action = parseAction(event, "sendMessage");
    const { guards, log, sendMessageRateLimit } = deps();
    try {
      await takeMessage(caller, action, { guards, log, rateLimit: sendMessageRateLimit() });
    } catch (err) {
      if (err instanceof MessageRefused) throw new RouteError(err.code, err.message, err.ref, err.retryAfterMs);
      throw err;
    }
  });
