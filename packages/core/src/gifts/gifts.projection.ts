// The gifts read model as a pure fold: one card per child (a child is a conversation), with every
// wish and whether it still stands (and whether Santa declined it), the child's name, and what the
// safety screen raised. Each wish
// and the name take the change of the latest event by time (ties by id), so the same event twice,
// or an older event delivered after a newer one, changes nothing.
import type { KringleEvent, SafetyKind } from "../events/schemas.js";
import type { ChildGifts, Wish } from "../protocol/frames.js";
import { declinedWish } from "./declined-wishes.js";

/** A wish as stored: the card's wish plus what decides which event is the latest. */
export interface StoredWish extends Wish {
  changedAt: string;
  changedBy: string;
}

export interface GiftCard extends Omit<ChildGifts, "wishes"> {
  wishes: StoredWish[];
  /** the event that set the name (latest wins) */
  namedAt?: string;
}

export function emptyCard(conversationId: string): GiftCard {
  return { conversationId, childName: null, wishes: [], flags: [], updatedAt: "", version: 0 };
}

/** Whether (at, id) comes after (thanAt, thanId): later time, or the same time and a larger id. */
const isLater = (at: string, id: string, thanAt: string, thanId: string) => at > thanAt || (at === thanAt && id > thanId);

function touched(card: GiftCard, event: KringleEvent, changes: Partial<GiftCard>): GiftCard {
  const updatedAt = event.at > card.updatedAt ? event.at : card.updatedAt;
  return { ...card, ...changes, updatedAt, version: card.version + 1 };
}

function withName(card: GiftCard, event: KringleEvent, childName: string | null): Partial<GiftCard> {
  if (!childName || childName === card.childName) return {};
  // the latest name the child gave wins, whatever order the events arrive in
  if (card.namedAt && event.at < card.namedAt) return {};
  return { childName, namedAt: event.at };
}

/** The card after one event; the very same object when the event changes nothing. */
export function evolveCard(card: GiftCard, event: KringleEvent): GiftCard {
  switch (event.type) {
    case "gift.requested":
    case "gift.withdrawn": {
      const { giftId, gift, messageId, childName } = event.data;
      const status: Wish["status"] = event.type === "gift.requested" ? "wished" : "withdrawn";
      // requests recorded before wishes were judged are judged by the gift's name
      const declined = (event.type === "gift.requested" ? event.data.declined : undefined) ?? declinedWish(gift);
      const name = withName(card, event, childName);
      const index = card.wishes.findIndex((w) => w.giftId === giftId);
      const held = index >= 0 ? card.wishes[index]! : undefined;
      let wishes = card.wishes;
      if (!held) {
        // a withdrawal seen before its request still marks the wish, so the request cannot revive it
        const wish: StoredWish = { giftId, gift, messageId, at: event.at, status, changedAt: event.at, changedBy: event.id, ...(declined ? { declined } : {}) };
        if (status === "withdrawn") wish.withdrawnAt = event.at;
        wishes = [...card.wishes, wish];
      } else if (isLater(event.at, event.id, held.changedAt, held.changedBy) && held.status !== status) {
        const next: StoredWish = { ...held, status, changedAt: event.at, changedBy: event.id };
        if (status === "withdrawn") next.withdrawnAt = event.at;
        else {
          // asked for again: the wish dates from the new request, and is judged as it asks
          delete next.withdrawnAt;
          delete next.declined;
          if (declined) next.declined = declined;
          next.messageId = messageId;
          next.at = event.at;
        }
        wishes = card.wishes.map((w, i) => (i === index ? next : w));
      }
      if (wishes === card.wishes && !Object.keys(name).length) return card;
      return touched(card, event, { wishes, ...name });
    }
    case "safety.flagged": {
      const kind: SafetyKind = event.data.kind;
      if (card.flags.includes(kind)) return card;
      return touched(card, event, { flags: [...card.flags, kind] });
    }
    default:
      return card;
  }
}

export function foldCard(card: GiftCard, events: readonly KringleEvent[]): GiftCard {
  return events.reduce(evolveCard, card);
}

/** The card as the elves' dashboard receives it. */
export function childGifts(card: GiftCard): ChildGifts {
  return {
    conversationId: card.conversationId,
    childName: card.childName,
    wishes: [...card.wishes]
      .sort((a, b) => a.at.localeCompare(b.at) || a.giftId.localeCompare(b.giftId))
      .map(({ changedAt: _c, changedBy: _b, ...wish }) => wish),
    flags: card.flags,
    updatedAt: card.updatedAt,
    version: card.version,
  };
}
