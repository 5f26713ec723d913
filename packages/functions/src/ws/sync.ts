// sync: answers with the transcript after a position, in frames that stay within API Gateway's
// 128 KB message limit. Children read their own conversation; elves may read any. On a connection
// that started a conversation, `conversation.started` (its id and key) comes first: $connect
// cannot push, so the child's first sync is where it learns them.
import type { Entry } from "@kringle/core";
import { deps } from "../shared/deps.js";
import { answer, callerOf, parseAction, route, RouteError, type WsEvent } from "../shared/ws.js";

/** Room left for entries in one snapshot frame. */
export const SNAPSHOT_FRAME_BYTES = 96 * 1024;

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
    const { after } = action;
    let frame: Entry[] = [];
    let bytes = 0;
    for await (const page of deps().transcripts.entriesAfter(conversationId, after)) {
      for (const entry of page) {
        const size = Buffer.byteLength(JSON.stringify(entry));
        if (frame.length && bytes + size > SNAPSHOT_FRAME_BYTES) {
          await answer(event, { type: "transcript.snapshot", conversationId, entries: frame, complete: false });
          frame = [];
          bytes = 0;
        }
        frame.push(entry);
        bytes += size;
      }
    }
    await answer(event, { type: "transcript.snapshot", conversationId, entries: frame, complete: true });
  });
