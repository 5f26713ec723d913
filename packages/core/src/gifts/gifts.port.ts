// The gifts read model's ports: the card store, and who watches the cards (the elves online).
import type { Connection } from "../ports/index.js";
import type { ChildGifts } from "../protocol/frames.js";
import type { GiftCard } from "./gifts.projection.js";

export interface GiftsStore {
  load(conversationId: string): Promise<GiftCard>;
  /** conditional on the version that was loaded (0: the card must not exist yet) */
  save(loadedVersion: number, card: GiftCard): Promise<void>;
  /** every card, a page at a time (the dashboard's snapshot) */
  cards(): AsyncIterable<ChildGifts[]>;
}

/** The connections the gifts' changes go to. */
export interface GiftWatchers {
  elves(): Promise<Connection[]>;
}
