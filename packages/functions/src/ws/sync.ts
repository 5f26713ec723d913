// sync: answers with the transcript after a position, in frames within API Gateway's message
// limit. Children read their own conversation; elves may read any.
import { snapshotFrames } from "@kringle/core";
import { deps } from "../shared/deps.js";
import { answer, callerOf, parseAction, route, RouteError, type WsEvent } from "../shared/ws.js";

export const handler = (event: WsEvent) =>
  route(event, async () => {
    const caller = callerOf(event);
    const { conversationId, after } = parseAction(event, "sync");
    if (caller.role === "child" && conversationId !== caller.conversationId) {
      throw new RouteError("forbidden", "you can only read your own conversation", "sync");
    }
    for await (const frame of snapshotFrames(conversationId, deps().transcripts.entriesAfter(conversationId, after))) await answer(event, frame);
  });
