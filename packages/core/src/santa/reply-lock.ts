// Who may write a conversation's reply now: one reply at a time even when two of Santa's reactions
// read the transcript at the same instant (EventBridge may invoke him concurrently). A hold is
// over once the transcript shows its reply ended (completed or failed), which the next claimer has
// just read, so a reply that ends costs one write on the lock and no release. A reaction that
// fails before its reply shows gives its hold back; one that crashed holding it lets it lapse.
export interface ReplyLock {
  /**
   * Takes the conversation's turn for `replyId` for `forMs`: false while another reply holds it.
   * `ended` is the conversation's last reply as the claimer's transcript shows it, when that reply
   * has ended: a hold of that reply is over.
   */
  claim(conversationId: string, replyId: string, forMs: number, ended?: string): Promise<boolean>;
  /** Gives the turn back, if `replyId` still holds it: for a reaction that failed. */
  release(conversationId: string, replyId: string): Promise<void>;
}

/** The lock in memory: for one process (tests). */
export class MemoryReplyLock implements ReplyLock {
  private readonly held = new Map<string, { replyId: string; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(conversationId: string, replyId: string, forMs: number, ended?: string): Promise<boolean> {
    const holder = this.held.get(conversationId);
    if (holder && holder.replyId !== replyId && holder.replyId !== ended && holder.until > this.now()) return false;
    this.held.set(conversationId, { replyId, until: this.now() + forMs });
    return true;
  }

  async release(conversationId: string, replyId: string): Promise<void> {
    if (this.held.get(conversationId)?.replyId === replyId) this.held.delete(conversationId);
  }
}
