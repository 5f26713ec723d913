// The answer to watchGifts: every child's card, cut into frames within API Gateway's 128 KB
// message limit; the last one says it is complete.
import type { ChildGifts, ServerFrame } from "../protocol/frames.js";
import { SNAPSHOT_FRAME_BYTES } from "../transcript/transcript.snapshot.js";

type Snapshot = Extract<ServerFrame, { type: "gifts.snapshot" }>;

export async function* giftSnapshotFrames(pages: AsyncIterable<ChildGifts[]>, maxBytes = SNAPSHOT_FRAME_BYTES): AsyncGenerator<Snapshot> {
  let children: ChildGifts[] = [];
  let bytes = 0;
  for await (const page of pages) {
    for (const child of page) {
      const size = Buffer.byteLength(JSON.stringify(child));
      if (children.length && bytes + size > maxBytes) {
        yield { type: "gifts.snapshot", children, complete: false };
        children = [];
        bytes = 0;
      }
      children.push(child);
      bytes += size;
    }
  }
  yield { type: "gifts.snapshot", children, complete: true };
}
