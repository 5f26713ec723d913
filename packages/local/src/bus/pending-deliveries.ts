// The bus's accepted-but-undelivered events, kept on disk: EventBridge does not forget an event
// it accepted, so neither does the offline bus when it is stopped mid-delivery.
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface PendingDelivery<E> {
  rule: string;
  event: E;
}

export class PendingDeliveries<E extends { id: string }> {
  private readonly file: string;
  private readonly pending = new Map<string, PendingDelivery<E>>();

  constructor(dataDir: string) {
    this.file = join(dataDir, "bus-pending.json");
    try {
      for (const p of JSON.parse(readFileSync(this.file, "utf8")) as PendingDelivery<E>[]) this.pending.set(key(p), p);
    } catch {
      // nothing pending
    }
  }

  all(): PendingDelivery<E>[] {
    return [...this.pending.values()];
  }

  add(p: PendingDelivery<E>): void {
    this.pending.set(key(p), p);
    this.save();
  }

  done(p: PendingDelivery<E>): void {
    if (this.pending.delete(key(p))) this.save();
  }

  private save(): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.all()));
    renameSync(tmp, this.file);
  }
}

const key = (p: PendingDelivery<{ id: string }>) => `${p.rule}/${p.event.id}`;
