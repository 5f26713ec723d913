// Group commit for a writer that many callers share: what callers hand in during the same turn
// of the event loop, or while a write is under way, goes out together in the next write, one
// write at a time. So a consumer writing each conversation of its batch, or one process
// streaming many replies, pays one round trip for all of them instead of one each, and a
// caller's items still go out after everything handed in before them. A write that fails fails every caller in it, also
// one whose items a first call of the write may have stored: callers retry, and what is
// written twice is the same record or item (same event id, same key), which the readers drop.

interface Waiting<T> {
  items: T[];
  done: () => void;
  failed: (err: unknown) => void;
}

export class GroupCommit<T> {
  private waiting: Waiting<T>[] = [];
  private writing = false;

  /** `write` sends one group's items, in the order they were handed in, or throws for all of them. */
  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  /** Resolves once `items` are written; rejects with the error of the write they were part of. */
  add(items: T[]): Promise<void> {
    return new Promise((done, failed) => {
      this.waiting.push({ items, done, failed });
      if (this.writing) return;
      this.writing = true;
      // the first write waits for the callers of this turn of the event loop: a consumer's groups
      // start together, and one process's timers that fall due together (many replies' chunks)
      // each run with their own microtasks, so a microtask would gather only the first of them
      setImmediate(() => void this.drain());
    });
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      const group = this.waiting;
      this.waiting = [];
      try {
        await this.write(group.flatMap((w) => w.items));
        for (const w of group) w.done();
      } catch (err) {
        for (const w of group) w.failed(err);
      }
    }
    this.writing = false;
  }
}
