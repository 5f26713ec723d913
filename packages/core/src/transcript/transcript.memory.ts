// The transcript store in memory: for runner tests without I/O and for replays, which must not
// touch the live tables. Saves are conditional on the loaded version, as DynamoDB's are.
import type { Entry } from "../protocol/frames.js";
import type { TranscriptStore } from "./transcript.port.js";
import { emptyTranscript, type TranscriptState } from "./transcript.projection.js";

export class StaleVersionError extends Error {
  readonly code = "stale_version";
}

export class MemoryTranscriptStore implements TranscriptStore {
  private readonly conversations = new Map<string, TranscriptState>();

  async load(conversationId: string): Promise<TranscriptState> {
    const held = this.conversations.get(conversationId);
    return held ? structuredClone(held) : emptyTranscript(conversationId);
  }

  async save(loadedVersion: number, state: TranscriptState, dirty: readonly number[]): Promise<void> {
    if (state.meta.version === loadedVersion) return;
    const { conversationId } = state.meta;
    const held = this.conversations.get(conversationId) ?? emptyTranscript(conversationId);
    if (held.meta.version !== loadedVersion) {
      throw new StaleVersionError(`${conversationId} is at version ${held.meta.version}, not ${loadedVersion}`);
    }
    const entries = { ...held.entries };
    for (const position of dirty) if (state.entries[position]) entries[position] = structuredClone(state.entries[position]!);
    this.conversations.set(conversationId, { meta: structuredClone(state.meta), entries });
  }

  /** Every conversation held, as its folds left it (a rebuild writes them to a fresh table). */
  held(): TranscriptState[] {
    return [...this.conversations.values()].map((s) => structuredClone(s));
  }

  async *entriesAfter(conversationId: string, after: number, finishedOnly = false): AsyncGenerator<Entry[]> {
    const held = this.conversations.get(conversationId);
    if (!held) return yield [];
    yield Object.values(held.entries)
      .filter((e) => e.position > after && !(finishedOnly && e.kind === "reply" && e.status === "streaming"))
      .sort((a, b) => a.position - b.position)
      .map((e) => structuredClone(e));
  }
}
