// Coalesces a model's token stream into reply chunks: the first text goes out at once (time to
// first token is what a child feels), then text is held until the size or time window closes.
// Emits never overlap: while one is in flight, text keeps accumulating for the next.

export interface CoalescerOptions {
  /** Emit as soon as this many characters are waiting. */
  maxChars: number;
  /** Emit text that has waited this long. */
  maxDelayMs: number;
  emit: (text: string, seq: number) => Promise<void>;
}

export class ChunkCoalescer {
  private buffer = "";
  private seq = 0;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private deadlinePassed = false;
  private failure: unknown = null;

  constructor(private readonly options: CoalescerOptions) {}

  /** How many chunks have been emitted or are being emitted. */
  get chunks(): number {
    return this.seq;
  }

  push(text: string): void {
    this.throwIfFailed();
    if (!text) return;
    this.buffer += text;
    if (this.seq === 0 || this.buffer.length >= this.options.maxChars) {
      this.deadlinePassed = true;
    } else {
      this.arm();
    }
    this.pump();
  }

  /** Emits whatever is left and waits for every emit to finish. */
  async end(): Promise<void> {
    this.clearTimer();
    this.deadlinePassed = true;
    while (this.inFlight || this.buffer) {
      this.pump();
      if (this.inFlight) await this.inFlight;
    }
    this.throwIfFailed();
  }

  /**
   * Waits for the emit under way and hands back what is held, as the last chunk, for the caller
   * to send along with whatever ends the stream (one append instead of two).
   */
  async drain(): Promise<{ text: string; seq: number } | undefined> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    this.throwIfFailed();
    if (!this.buffer) return undefined;
    const last = { text: this.buffer, seq: this.seq++ };
    this.buffer = "";
    return last;
  }

  /** Stops without emitting what is held (the reply failed). */
  discard(): void {
    this.clearTimer();
    this.buffer = "";
  }

  private pump(): void {
    if (this.inFlight || !this.buffer || !this.deadlinePassed || this.failure) return;
    const text = this.buffer;
    const seq = this.seq++;
    this.buffer = "";
    this.deadlinePassed = false;
    this.clearTimer();
    this.inFlight = this.options.emit(text, seq).then(
      () => {
        this.inFlight = null;
        if (this.buffer.length >= this.options.maxChars) this.deadlinePassed = true;
        if (this.buffer && !this.deadlinePassed) this.arm();
        this.pump();
      },
      (err: unknown) => {
        this.inFlight = null;
        this.failure = err;
        this.clearTimer();
      },
    );
  }

  /** Starts the time window for what is held, unless it is already running. */
  private arm(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.deadlinePassed = true;
      this.pump();
    }, this.options.maxDelayMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
