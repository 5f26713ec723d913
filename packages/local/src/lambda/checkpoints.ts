// Event-source mapping checkpoints, one JSON file in the data dir, replaced atomically so a crash
// leaves the old or the new checkpoints, never half of them.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Saved = Record<string, Record<string, string>>;

export class Checkpoints {
  private readonly file: string;
  private readonly saved: Saved;

  constructor(dataDir: string) {
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
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.saved));
    renameSync(tmp, this.file);
  }
}
