// $default: a frame whose action matches no route gets an error naming what was wrong.
import { CLIENT_ACTIONS } from "@kringle/core";
import { route, RouteError, type WsEvent } from "../shared/ws.js";

export const handler = (event: WsEvent) =>
  route(event, async () => {
    let frame: unknown;
    try {
      frame = JSON.parse(event.body ?? "");
    } catch {
      throw new RouteError("bad_json", "the frame is not JSON");
    }
    const action = typeof frame === "object" && frame !== null ? (frame as { action?: unknown }).action : undefined;
    const known = CLIENT_ACTIONS.join(", ");
    throw new RouteError(
      "unknown_action",
      typeof action === "string" ? `unknown action "${action.slice(0, 64)}"; known: ${known}` : `a frame needs an "action": one of ${known}`,
    );
  });
