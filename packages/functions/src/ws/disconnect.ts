// $disconnect: records that a connection closed, and why.
import { makeEvent, type CloseReason } from "@kringle/core";
import type { APIGatewayProxyResultV2 } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { callerOf, type WsEvent } from "../shared/ws.js";

type DisconnectEvent = WsEvent & { requestContext: WsEvent["requestContext"] & { disconnectReason?: string } };

export function closeReason(disconnectReason: string | undefined): CloseReason {
  return /idle/i.test(disconnectReason ?? "") ? "idle" : "client";
}

export const handler = async (event: DisconnectEvent): Promise<APIGatewayProxyResultV2> => {
  const caller = callerOf(event);
  const closed = makeEvent("connection.closed", caller.conversationId, {
    connectionId: caller.connectionId,
    reason: closeReason(event.requestContext.disconnectReason),
  });
  await deps().log.append([closed]);
  return { statusCode: 200 };
};
