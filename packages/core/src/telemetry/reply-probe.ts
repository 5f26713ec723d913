// In-process observation of replies: the benchmark measures the pipeline's overhead from the
// moment the model produced its first token, and from the moment it finished. Nothing listens in production; notifying is a no-op.

export interface FirstToken {
  conversationId: string;
  replyId: string;
  inReplyTo: string;
  /** epoch milliseconds, sub-millisecond precision */
  at: number;
}

type Listener = (e: FirstToken) => void;
const listeners = new Set<Listener>();
const lastListeners = new Set<Listener>();

/** A high-resolution wall-clock time, comparable across the process. */
export const preciseNow = (): number => performance.timeOrigin + performance.now();

export const replyProbe = {
  onFirstToken(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  firstToken(e: FirstToken): void {
    for (const l of listeners) l(e);
  },
  /** the model's stream said it was done (its last token had come) */
  onLastToken(listener: Listener): () => void {
    lastListeners.add(listener);
    return () => lastListeners.delete(listener);
  },
  lastToken(e: FirstToken): void {
    for (const l of lastListeners) l(e);
  },
};
