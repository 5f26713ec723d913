// sync: answers with the transcript after a position, in frames within API Gateway's message
// limit. Children read their own conversation; elves may read any. On a connection that started a
// conversation, `conversation.started` (its id and key) comes first: $connect cannot push, so the
// child's first sync is where it learns them.
import { snapshotFrames } from "@kringle/core";
import { deps } from "../shared/deps.js";
import { answer, callerOf, parseAction, route, RouteError, type WsEvent } from "../shared/ws.js";

export const handler = (event: WsEvent) =>
  route(event, async () => {
    const caller = callerOf(event);
    const action = parseAction(event, "sync");
    const conversationId = action.conversationId ?? (caller.role === "child" ? caller.conversationId : undefined);
    if (conversationId === undefined) throw new RouteError("invalid_frame", "conversationId: elves name the conversation to read", "sync");
    if (caller.role === "child" && conversationId !== caller.conversationId) {
      throw new RouteError("forbidden", "you can only read your own conversation", "sync");
    }
    if (caller.startedKey) await answer(event, { type: "conversation.started", conversationId, key: caller.startedKey });
    for await (const frame of snapshotFrames(conversationId, deps().transcripts.entriesAfter(conversationId, action.after))) await answer(event, frame);
  });
