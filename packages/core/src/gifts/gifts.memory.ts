// The gifts store in memory: for runner tests without I/O and for replays, which must not touch
// the live tables. Saves are conditional on the loaded version, as DynamoDB's are.
import type { ChildGifts } from "../protocol/frames.js";
import type { GiftsStore } from "./gifts.port.js";
import { childGifts, emptyCard, type GiftCard } from "./gifts.projection.js";

export class MemoryGiftsStore implements GiftsStore {
  readonly held = new Map<string, GiftCard>();

  async load(conversationId: string): Promise<GiftCard> {
    const card = this.held.get(conversationId);
    return card ? structuredClone(card) : emptyCard(conversationId);
  }

  async save(loadedVersion: number, card: GiftCard): Promise<void> {
    const version = this.held.get(card.conversationId)?.version ?? 0;
    if (version !== loadedVersion) throw new Error(`gifts of ${card.conversationId} are at version ${version}, not ${loadedVersion}`);
    this.held.set(card.conversationId, structuredClone(card));
  }

  async *cards(): AsyncIterable<ChildGifts[]> {
    yield [...this.held.values()].map(childGifts);
  }
}
