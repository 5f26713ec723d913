// The offline bus's archive, as EventBridge's archive is on AWS: every event the bus accepted, in
// the order it accepted them, kept in the data dir as JSON lines. It is the bus's record (what the
// rules saw); the `events` table stays what replay, rebuild and export read (docs/replay.md).
import { createWriteStream, readFileSync, type WriteStream } from "node:fs";
import { join } from "node:path";

export const BUS_ARCHIVE_FILE = "bus-archive.jsonl";

export interface ArchivedBusEvent {
  id: string;
  time: string;
  source: string;
  "detail-type": string;
  detail: unknown;
}

export class BusArchive {
  private readonly out: WriteStream;

  constructor(dataDir: string) {
    // appended without waiting: the bus answers PutEvents as soon as the event is routed
    this.out = createWriteStream(join(dataDir, BUS_ARCHIVE_FILE), { flags: "a" });
  }

  keep(event: ArchivedBusEvent): void {
    this.out.write(`${JSON.stringify({ id: event.id, time: event.time, source: event.source, "detail-type": event["detail-type"], detail: event.detail })}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.out.end(resolve));
  }
}

/** The archived events with a time in [since, until), oldest first; a torn last line is skipped. */
export function readBusArchive(dataDir: string, range: { since?: string; until?: string } = {}): ArchivedBusEvent[] {
  let text = "";
  try {
    text = readFileSync(join(dataDir, BUS_ARCHIVE_FILE), "utf8");
  } catch {
    return [];
  }
  const events: ArchivedBusEvent[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    try {
      const event = JSON.parse(line) as ArchivedBusEvent;
      if ((range.since === undefined || event.time >= range.since) && (range.until === undefined || event.time < range.until)) events.push(event);
    } catch {
      // a line cut short by a crash
    }
  }
  return events;
}
