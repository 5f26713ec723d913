// sendMessage: a child's message becomes message.sent, with any personal data withheld. Its event
// id derives from the messageId, so a client's retried send is the same event and gets one reply;
// a messageId reused for another text is refused, and so is a message over the wired rate limits.
import {
  configuredRateLimit,
  derivedId,
  GuardsStore,
  makeEvent,
  rateLimitedMessage,
  tableName,
  wiring,
  withholdPersonalData,
} from "@kringle/core";
import { deps } from "../shared/deps.js";
import { callerOf, parseAction, route, RouteError, type WsEvent } from "../shared/ws.js";

const wired = wiring.routes.sendMessage.rateLimit;

export const handler = (event: WsEvent) =>
  route(event, async () => {
    const caller = callerOf(event);
    const action = parseAction(event, "sendMessage");
    if (caller.role !== "child" || action.conversationId !== caller.conversationId) {
      throw new RouteError("forbidden", "you can only send messages to your own conversation", action.messageId);
    }
    const guards = new GuardsStore(deps().docs, tableName("guards"));
    if (!(await guards.fingerprint(action.conversationId, action.messageId, action.text))) {
      throw new RouteError("invalid_frame", "messageId: already used for another message; make a new one", action.messageId);
    }
    const limit = configuredRateLimit(wired);
    const buckets = { connection: `connection#${caller.connectionId}`, conversation: `conversation#${action.conversationId}` };
    for (const per of wired.per) {
      const admission = await guards.take(buckets[per], limit);
      if (!admission.allowed) {
        throw new RouteError("rate_limited", rateLimitedMessage(admission.retryAfterMs), action.messageId, admission.retryAfterMs);
      }
    }
    const { text, withheld } = withholdPersonalData(action.text);
    const sent = makeEvent(
      "message.sent",
      action.conversationId,
      { messageId: action.messageId, text, ...(withheld.length ? { withheld } : {}) },
      { id: derivedId(action.conversationId, "message.sent", action.messageId) },
    );
    await deps().log.append([sent]);
  });
