// The transcript changes a server frame carries, in order: one for `transcript.delta`, several for
// `transcript.deltas`, none for any other frame. Zod-free, so the web app can import it.
import type { ServerFrame, TranscriptChange } from "./frames.js";

export function changesOf(frame: ServerFrame): readonly TranscriptChange[] {
  return frame.type === "transcript.delta" ? [frame.change] : frame.type === "transcript.deltas" ? frame.changes : [];
}
