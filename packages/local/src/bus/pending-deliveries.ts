// The bus's accepted-but-undelivered events, kept on disk: EventBridge does not forget an event
// it accepted, so neither does the offline bus when it is stopped mid-delivery. An append-only
// journal (one line per accepted or finished delivery), compacted when the bus starts.
import { appendFileSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface PendingDelivery<E> {
  rule: string;
  event: E;
}

type Line<E> = { add: PendingDelivery<E> } | { done: string };

export class PendingDeliveries<E extends { id: string }> {
  private readonly file: string;
  private readonly pending = new Map<string, PendingDelivery<E>>();

  constructor(dataDir: string) {
    this.file = join(dataDir, "bus-pending.jsonl");
    let text = "";
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      // nothing pending
    }
    for (const raw of text.split("\n")) {
      if (!raw) continue;
      let line: Line<E>;
      try {
        line = JSON.parse(raw) as Line<E>;
      } catch {
        continue; // a line cut short by a crash: its delivery had not been acknowledged
      }
      if ("add" in line) this.pending.set(key(line.add), line.add);
      else this.pending.delete(line.done);
    }
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, this.all().map((p) => `${JSON.stringify({ add: p })}\n`).join(""));
    renameSync(tmp, this.file);
  }

  all(): PendingDelivery<E>[] {
    return [...this.pending.values()];
  }

  add(p: PendingDelivery<E>): void {
    this.pending.set(key(p), p);
    appendFileSync(this.file, `${JSON.stringify({ add: p })}\n`);
  }

  done(p: PendingDelivery<E>): void {
    if (this.pending.delete(key(p))) appendFileSync(this.file, `${JSON.stringify({ done: key(p) })}\n`);
  }
}

const key = (p: PendingDelivery<{ id: string }>) => `${p.rule}/${p.event.id}`;
