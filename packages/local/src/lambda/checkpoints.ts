// Event-source mapping checkpoints, kept in one JSON file in the data dir. Writes are gathered
// and replaced atomically at most every `flushMs` (and on stop), so a crash loses at most that
// much progress: those records are delivered again, which every consumer takes in its stride.
// A second: the file is written synchronously on the event loop every consumer shares, and at
// every 100 ms it cost 2.6 % of that loop at saturation (bench/README.md).
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Saved = Record<string, Record<string, string>>;

export class Checkpoints {
  private readonly file: string;
  private readonly saved: Saved;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    dataDir: string,
    private readonly flushMs = 1000,
  ) {
    this.file = join(dataDir, "checkpoints.json");
    try {
      this.saved = JSON.parse(readFileSync(this.file, "utf8")) as Saved;
    } catch {
      this.saved = {};
    }
  }

  get(consumer: string, shardId: string): string | undefined {
    return this.saved[consumer]?.[shardId];
  }

  /** Records that `consumer` is done with `shardId` up to and including `sequenceNumber`. */
  set(consumer: string, shardId: string, sequenceNumber: string): void {
    (this.saved[consumer] ??= {})[shardId] = sequenceNumber;
    this.timer ??= setTimeout(() => this.flush(), this.flushMs);
  }

  /** Writes what is pending now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.saved));
    renameSync(tmp, this.file);
  }
}
