// $connect: records that a connection opened. A child must name a valid conversation (400 if not).
import { conversationIdSchema, makeEvent } from "@kringle/core";
import type { APIGatewayProxyResultV2 } from "aws-lambda";
import { deps } from "../shared/deps.js";
import { callerOf, type WsEvent } from "../shared/ws.js";

type ConnectEvent = WsEvent & { headers?: Record<string, string | undefined> };

export const handler = async (event: ConnectEvent): Promise<APIGatewayProxyResultV2> => {
  const caller = callerOf(event);
  if (!conversationIdSchema.safeParse(caller.conversationId).success) {
    return { statusCode: 400, body: "conversationId: letters, digits, _ and -, at most 64" };
  }
  const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const opened = makeEvent("connection.opened", caller.conversationId, {
    connectionId: caller.connectionId,
    role: caller.role,
    userAgent: (headers["user-agent"] ?? "").slice(0, 512),
  });
  await deps().log.append([opened]);
  return { statusCode: 200 };
};
