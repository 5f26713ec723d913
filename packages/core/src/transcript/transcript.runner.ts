// The transcript projector's whole apply step, against ports: load the conversation, fold the
// events, save, and push the changes to the connections watching it. A Lambda host, a rebuild and
// a test run exactly this, with other stores and pushers.
import { sizeBatches } from "../adapters/size-batches.js";
import type { KringleEvent } from "../events/schemas.js";
import type { ServerFrame, TranscriptChange } from "../protocol/frames.js";
import { noWarnings, type Pusher, type Warnings } from "../ports/index.js";
import type { TranscriptStore } from "./transcript.port.js";
import { fold, type Push } from "./transcript.projection.js";

export interface TranscriptPorts {
  store: TranscriptStore;
  pusher: Pusher;
  warnings?: Warnings;
}

export interface TranscriptRun {
  /** frames handed to the pusher */
  pushed: number;
  /** whether anything was saved */
  changed: boolean;
}

/** A frame stays well within API Gateway's 128 KB message limit, as a snapshot's does. */
export const DELTA_FRAME_BYTES = 96 * 1024;

/**
 * One connection's changes as frames: a single change as `transcript.delta`, several (what one
 * batch changed) together as `transcript.deltas`, so a busy conversation costs one push per batch
 * rather than one per change.
 */
export function deltaFrames(conversationId: string, changes: readonly TranscriptChange[], maxBytes = DELTA_FRAME_BYTES): ServerFrame[] {
  const groups = sizeBatches(changes, {
    maxItems: Number.POSITIVE_INFINITY,
    maxBytes,
    sizeOf: (change) => encoder.encode(JSON.stringify(change)).length + 1,
    tooLarge: (size) => new Error(`a transcript change of ${size} bytes fits no frame`),
  });
  return groups.map((group) =>
    group.length === 1
      ? { type: "transcript.delta", conversationId, change: group[0]! }
      : { type: "transcript.deltas", conversationId, changes: group },
  );
}

const encoder = new TextEncoder();

/** Each watching connection gets its changes in order; a connection found gone gets no more. */
async function deliver(conversationId: string, pushes: Push[], ports: TranscriptPorts): Promise<number> {
  const perConnection = new Map<string, TranscriptChange[]>();
  for (const push of pushes) {
    for (const connectionId of push.to) {
      const changes = perConnection.get(connectionId);
      if (changes) changes.push(push.change);
      else perConnection.set(connectionId, [push.change]);
    }
  }
  let pushed = 0;
  await Promise.all(
    [...perConnection].map(async ([connectionId, changes]) => {
      try {
        for (const frame of deltaFrames(conversationId, changes)) {
          const sent = await ports.pusher.send({ connectionId, conversationId }, frame);
          pushed++;
          if (sent === "gone") return;
        }
      } catch (err) {
        // the read model is saved: the client catches up with `sync` when it reconnects
        (ports.warnings ?? noWarnings).warn("push failed", { connectionId, conversationId, error: String(err) });
      }
    }),
  );
  return pushed;
}

/** Projects one conversation's events (in stream order) into its transcript. */
export async function projectTranscript(conversationId: string, events: readonly KringleEvent[], ports: TranscriptPorts): Promise<TranscriptRun> {
  const loaded = await ports.store.load(conversationId);
  const folded = fold(loaded, events);
  // pushed while it is saved: a save that fails is retried and pushes again, and the browser
  // merges by (replyId, seq), so a child never waits on the table for the next words
  const [, pushed] = await Promise.all([ports.store.save(loaded.meta.version, folded.state, folded.dirty), deliver(conversationId, folded.pushes, ports)]);
  return { pushed, changed: folded.state.meta.version !== loaded.meta.version };
}
