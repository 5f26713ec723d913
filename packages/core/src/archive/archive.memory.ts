// The archive in memory: for replays and tests over a recorded set without the events table.
// Positions are given by the order events are put, per conversation, as the stream would.
import type { KringleEvent } from "../events/schemas.js";
import { inRange, type ArchivedEvent, type ArchiveReader, type TimeRange } from "./archive.port.js";

export class MemoryArchive implements ArchiveReader {
  private readonly events: ArchivedEvent[] = [];
  private readonly ids = new Set<string>();

  constructor(events: readonly KringleEvent[] = []) {
    this.add(events);
  }

  /** Keeps each event once, after those already held. */
  add(events: readonly KringleEvent[]): void {
    for (const event of events) {
      if (this.ids.has(event.id)) continue;
      this.ids.add(event.id);
      this.events.push({ position: String(this.events.length + 1).padStart(64, "0"), event: structuredClone(event) });
    }
  }

  async *conversation(conversationId: string): AsyncIterable<ArchivedEvent[]> {
    yield this.events.filter((a) => a.event.conversationId === conversationId);
  }

  async *conversationIds(range?: TimeRange): AsyncIterable<string[]> {
    yield [...new Set(this.events.filter((a) => inRange(a.event.at, range)).map((a) => a.event.conversationId))];
  }

  async *all(): AsyncIterable<ArchivedEvent[]> {
    yield [...this.events];
  }
}
