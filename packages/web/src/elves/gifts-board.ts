// The elves' copy of Santa's list: folds `gifts.snapshot` and `gifts.delta` frames into one card per
// conversation, keeping the card with the highest version, so a frame seen twice or late changes nothing.
import type { ChildGifts, ServerFrame } from "@kringle/core/protocol";

export interface GiftBoard {
  /** one card per conversation (a child is a conversation) */
  children: Readonly<Record<string, ChildGifts>>;
  /** a complete snapshot has arrived at least once: until then the list is still loading */
  loaded: boolean;
  /** a watch was sent and its snapshot is not complete yet (on a reconnect the old list stays shown) */
  refreshing: boolean;
  /** when the last gifts frame arrived (ms since the epoch) */
  lastUpdateAt?: number;
}

export function emptyBoard(): GiftBoard {
  return { children: {}, loaded: false, refreshing: true };
}

/** A `watchGifts` went out (every open of the socket): a fresh snapshot is on its way. */
export function watchSent(board: GiftBoard): GiftBoard {
  return board.refreshing ? board : { ...board, refreshing: true };
}

/** Folds in one server frame; frames that are not about gifts change nothing. */
export function applyGiftsFrame(board: GiftBoard, frame: ServerFrame, receivedAt: number): GiftBoard {
  if (frame.type === "gifts.snapshot") {
    const children = mergeCards(board.children, frame.children);
    return {
      children,
      loaded: board.loaded || frame.complete,
      refreshing: board.refreshing && !frame.complete,
      lastUpdateAt: receivedAt,
    };
  }
  if (frame.type === "gifts.delta") {
    return { ...board, children: mergeCards(board.children, [frame.child]), lastUpdateAt: receivedAt };
  }
  return board;
}

/** The cards with `incoming` folded in; the same object when nothing newer came. */
export function mergeCards(
  children: Readonly<Record<string, ChildGifts>>,
  incoming: readonly ChildGifts[],
): Readonly<Record<string, ChildGifts>> {
  let next: Record<string, ChildGifts> | undefined;
  for (const card of incoming) {
    const held = (next ?? children)[card.conversationId];
    if (held !== undefined && held.version >= card.version) continue;
    next ??= { ...children };
    next[card.conversationId] = card;
  }
  return next ?? children;
}
