// WebSocket route plumbing: who is calling (from the $connect authorizer's context, which API
// Gateway hands to every later route), parsing an action frame, and answering with a frame.
import { clientActionSchema, roleSchema, type ClientAction, type ErrorCode, type ServerFrame } from "@kringle/core";
import type { APIGatewayProxyWebsocketEventV2, APIGatewayProxyResultV2 } from "aws-lambda";
import { z } from "zod";
import { deps } from "./deps.js";
import { logger } from "./observability.js";

export type WsEvent = APIGatewayProxyWebsocketEventV2 & {
  requestContext: APIGatewayProxyWebsocketEventV2["requestContext"] & { authorizer?: Record<string, unknown> };
};

const callerSchema = z.object({ role: roleSchema, conversationId: z.string(), startedKey: z.string().optional() });

export interface Caller {
  connectionId: string;
  role: "child" | "elf";
  conversationId: string;
  /** the key of a conversation started (or first keyed) on this connection: sync hands it to the child */
  startedKey?: string;
}

export class RouteError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly ref?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export function callerOf(event: WsEvent): Caller {
  const parsed = callerSchema.safeParse(event.requestContext.authorizer);
  if (!parsed.success) throw new RouteError("forbidden", "this connection was not authorized");
  return { connectionId: event.requestContext.connectionId, ...parsed.data };
}

/** The frame's action, validated; a RouteError names what is wrong with it. */
export function parseAction<A extends ClientAction["action"]>(event: WsEvent, action: A): Extract<ClientAction, { action: A }> {
  let raw: unknown;
  try {
    raw = JSON.parse(event.body ?? "");
  } catch {
    throw new RouteError("bad_json", "the frame is not JSON");
  }
  const parsed = clientActionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "frame";
    throw new RouteError("invalid_frame", `${field}: ${issue?.message ?? "invalid"}`, action);
  }
  if (parsed.data.action !== action) throw new RouteError("unknown_action", `expected action ${action}`);
  return parsed.data as Extract<ClientAction, { action: A }>;
}

export async function answer(event: WsEvent, frame: ServerFrame): Promise<void> {
  const { domainName, stage, connectionId, authorizer } = event.requestContext;
  const conversationId = typeof authorizer?.conversationId === "string" ? authorizer.conversationId : "";
  await deps().answerer({ domainName, stage }).send({ connectionId, conversationId }, frame);
}

/**
 * Runs a route. A RouteError becomes an error frame to the caller and the connection stays open;
 * anything else is logged and answered with an `internal` error frame.
 */
export async function route(event: WsEvent, body: () => Promise<void>): Promise<APIGatewayProxyResultV2> {
  try {
    await body();
    return { statusCode: 200 };
  } catch (err) {
    if (err instanceof RouteError) {
      await answer(event, {
        type: "error",
        code: err.code,
        message: err.message,
        ...(err.ref ? { ref: err.ref } : {}),
        ...(err.retryAfterMs !== undefined ? { retryAfterMs: err.retryAfterMs } : {}),
      });
      return { statusCode: 200 };
    }
    logger.error("route failed", { routeKey: event.requestContext.routeKey, error: err as Error });
    await answer(event, { type: "error", code: "internal", message: "Santa's workshop hit a snag; please try again" }).catch(
      () => undefined,
    );
    return { statusCode: 500 };
  }
}
