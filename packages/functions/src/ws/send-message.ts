// sendMessage: a child's message becomes message.sent, with any personal data withheld. Its event
// id derives from the messageId, so a client's retried send is the same event and gets one reply.
import { derivedId, makeEvent, withholdPersonalData } from "@kringle/core";
import { deps } from "../shared/deps.js";
import { callerOf, parseAction, route, RouteError, type WsEvent } from "../shared/ws.js";

export const handler = (event: WsEvent) =>
  route(event, async () => {
    const caller = callerOf(event);
    const action = parseAction(event, "sendMessage");
    if (caller.role !== "child" || action.conversationId !== caller.conversationId) {
      throw new RouteError("forbidden", "you can only send messages to your own conversation", action.messageId);
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
