// The offline bus's archive, as EventBridge's archive is on AWS: every event the bus accepted, in
// the order it accepted them, kept in the data dir as JSON lines. It is the bus's record (what the
// rules saw); the `events` table stays what replay, rebuild and export read (docs/replay.md).
// Like EventBridge's, it has a retention: on opening, events older than it are dropped.
import { closeSync, createWriteStream, openSync, readFileSync, readSync, renameSync, writeFileSync, type WriteStream } from "node:fs";
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

  constructor(dataDir: string, retentionDays = 0, now: () => number = Date.now) {
    if (retentionDays > 0) dropExpired(dataDir, new Date(now() - retentionDays * 86_400_000).toISOString());
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

/** Rewrites the archive without the events from before `cutoff` (a new file, renamed into place). */
function dropExpired(dataDir: string, cutoff: string): void {
  // events are kept in the order accepted: when the oldest is within the retention, so is the rest
  const oldest = firstEventTime(join(dataDir, BUS_ARCHIVE_FILE));
  if (oldest === undefined || oldest >= cutoff) return;
  const all = readBusArchive(dataDir);
  const kept = all.filter((e) => e.time >= cutoff);
  if (kept.length === all.length) return;
  const path = join(dataDir, BUS_ARCHIVE_FILE);
  writeFileSync(`${path}.tmp`, kept.map((e) => `${JSON.stringify(e)}\n`).join(""));
  renameSync(`${path}.tmp`, path);
}

/** The time of the archive's first event, read from its first line alone; undefined if there is none. */
function firstEventTime(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return undefined;
  }
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const line = buffer.subarray(0, read).toString("utf8").split("\n")[0];
    try {
      return (JSON.parse(line ?? "") as ArchivedBusEvent).time;
    } catch {
      // a first line longer than the buffer, or torn: read the whole file to be sure
      return read > 0 ? "" : undefined;
    }
  } finally {
    closeSync(fd);
  }
}
