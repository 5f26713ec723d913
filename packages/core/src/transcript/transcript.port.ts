// The transcript read model's store port: what the runner, the sync route and Santa need of it.
import type { Entry } from "../protocol/frames.js";
import type { TranscriptState } from "./transcript.projection.js";

export interface TranscriptStore {
  /** The conversation's meta with its replies still streaming: all a fold reads. */
  load(conversationId: string): Promise<TranscriptState>;
  /**
   * Saves what a fold changed, conditional on the version that was loaded: a concurrent writer or
   * a stale read makes it throw, and the batch is retried from the table.
   */
  save(loadedVersion: number, state: TranscriptState, dirty: readonly number[]): Promise<void>;
  /**
   * Entries after `after`, in position order, a page at a time; replies still streaming included
   * unless `finishedOnly` (a reader that uses only finished entries saves a read).
   */
  entriesAfter(conversationId: string, after: number, finishedOnly?: boolean): AsyncGenerator<Entry[]>;
}

/** Every entry of a conversation, in order, replies still streaming included (Santa, who waits for one to finish). */
export const allEntries = (store: TranscriptStore, conversationId: string): Promise<Entry[]> => collect(store.entriesAfter(conversationId, 0));

/** The conversation's finished messages and replies, in order: what the gift extractor reads. */
export const finishedEntries = (store: TranscriptStore, conversationId: string): Promise<Entry[]> => collect(store.entriesAfter(conversationId, 0, true));

async function collect(pages: AsyncIterable<Entry[]>): Promise<Entry[]> {
  const entries: Entry[] = [];
  for await (const page of pages) entries.push(...page);
  return entries;
}
