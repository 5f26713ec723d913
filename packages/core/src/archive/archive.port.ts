// The archive's ports: every event kept past the stream's retention, written by the archive
// projector and read by rebuilds, replays and exports.
import type { KringleEvent } from "../events/schemas.js";

export interface ArchivedEvent {
  /** the event's place in its conversation (its stream sequence number, padded to sort) */
  position: string;
  event: KringleEvent;
}

export interface ArchiveWriter {
  /** Keeps each event once: the same record again, or the same event appended again, changes nothing. */
  put(entries: readonly { sequenceNumber: string; event: KringleEvent }[]): Promise<void>;
}

export interface TimeRange {
  /** ISO time, inclusive */
  since?: string;
  /** ISO time, exclusive */
  until?: string;
}

export interface ArchiveReader {
  /** One conversation's events in order, a page at a time. */
  conversation(conversationId: string): AsyncIterable<ArchivedEvent[]>;
  /** The conversations with an event in the range (all without one), a page at a time, each once. */
  conversationIds(range?: TimeRange): AsyncIterable<string[]>;
  /** Every event, a page at a time: in order within a conversation, conversations in no order. */
  all(): AsyncIterable<ArchivedEvent[]>;
}

export const inRange = (at: string, range: TimeRange = {}) =>
  (range.since === undefined || at >= range.since) && (range.until === undefined || at < range.until);
