// The answer to `sync`: a transcript's entries cut into snapshot frames that each stay within API
// Gateway's 128 KB message limit; the last one says it is complete.
import type { Entry, ServerFrame } from "../protocol/frames.js";

/** Room left for entries in one snapshot frame. */
export const SNAPSHOT_FRAME_BYTES = 96 * 1024;

type Snapshot = Extract<ServerFrame, { type: "transcript.snapshot" }>;

export async function* snapshotFrames(conversationId: string, pages: AsyncIterable<Entry[]>, maxBytes = SNAPSHOT_FRAME_BYTES): AsyncGenerator<Snapshot> {
  let frame: Entry[] = [];
  let bytes = 0;
  for await (const page of pages) {
    for (const entry of page) {
      const size = Buffer.byteLength(JSON.stringify(entry));
      if (frame.length && bytes + size > maxBytes) {
        yield { type: "transcript.snapshot", conversationId, entries: frame, complete: false };
        frame = [];
        bytes = 0;
      }
      frame.push(entry);
      bytes += size;
    }
  }
  yield { type: "transcript.snapshot", conversationId, entries: frame, complete: true };
}
