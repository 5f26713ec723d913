// Who may write a conversation's reply now: one reply at a time even when two of Santa's reactions
// read the transcript at the same instant (EventBridge may invoke him concurrently). A claim is
// held for a while only, so a reaction that crashed holding it does not stop the conversation.
export interface ReplyLock {
  /** Takes the conversation's turn for `replyId` for `forMs`: false while another reply holds it. */
  claim(conversationId: string, replyId: string, forMs: number): Promise<boolean>;
  /** Gives the turn back, if `replyId` still holds it. */
  release(conversationId: string, replyId: string): Promise<void>;
}

/** The lock in memory: for one process (tests). */
export class MemoryReplyLock implements ReplyLock {
  private readonly held = new Map<string, { replyId: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(conversationId: string, replyId: string, forMs: number): Promise<boolean> {
    const holder = this.held.get(conversationId);
    if (holder && holder.replyId !== replyId && holder.until > this.now()) return false;
    this.held.set(conversationId, { replyId, until: this.now() + forMs });
    return true;
  }

  async release(conversationId: string, replyId: string): Promise<void> {
    if (this.held.get(conversationId)?.replyId === replyId) this.held.delete(conversationId);
  }
}
