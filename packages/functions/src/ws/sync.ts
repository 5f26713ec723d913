// sync: answers with the transcript after a position, in frames that stay within API Gateway's
// 128 KB message limit. Children read their own conversation; elves may read any.
import type { Entry } from "@kringle/core";
import { deps } from "../shared/deps.js";
import { answer, callerOf, parseAction, route, RouteError, type WsEvent } from "../shared/ws.js";

/** Room left for entries in one snapshot frame. */
export const SNAPSHOT_FRAME_BYTES = 96 * 1024;

export const handler = (event: WsEvent) =>
  route(event, async () => {
    const caller = callerOf(event);
    const { conversationId, after } = parseAction(event, "sync");
    if (caller.role === "child" && conversationId !== caller.conversationId) {
      throw new RouteError("forbidden", "you can only read your own conversation", "sync");
    }
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
