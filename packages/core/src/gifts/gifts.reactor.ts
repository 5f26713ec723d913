// The gift extractor's decisions, as pure functions: what the child's message changed on their
// list, as gift.requested and gift.withdrawn events. Ids derive from the message, the gift and the
// run, and each event carries the message's time, so a retried reaction repeats its events exactly
// and the gifts fold can order them.
import { derivedId, LIVE, type RunScope } from "../events/ids.js";
import { makeEvent } from "../events/make-event.js";
import type { EventOf, KringleEvent } from "../events/schemas.js";
import type { Entry } from "../protocol/frames.js";
import { declinedWish } from "./declined-wishes.js";
import type { Extraction, ExtractionTurn } from "./extraction.js";

/** One wish's identity: the same gift in the same conversation (and run) is the same wish. */
export const giftIdOf = (conversationId: string, gift: string, scope: RunScope = LIVE) => derivedId(conversationId, "gift", gift, scope);

/** The conversation's turns before the message, and with it (the transcript may or may not hold it yet). */
export function extractionTurns(message: EventOf<"message.sent">, transcript: readonly Entry[]): { before: ExtractionTurn[]; after: ExtractionTurn[] } {
  const before: ExtractionTurn[] = [];
  for (const entry of transcript) {
    if (entry.kind === "message") {
      if (entry.messageId === message.data.messageId) break;
      before.push({ role: "child", text: entry.text, messageId: entry.messageId });
    } else if (entry.status === "completed" && entry.text) {
      before.push({ role: "santa", text: entry.text });
    }
  }
  return { before, after: [...before, { role: "child", text: message.data.text, messageId: message.data.messageId }] };
}

export interface GiftDecisionContext {
  extractor: string;
  scope?: RunScope;
  /** the conversation with the message: each wish is judged as its message wrote it */
  turns?: readonly ExtractionTurn[];
}

/**
 * What the message changed: wishes new to the list are requested, wishes gone from it withdrawn;
 * when the message tells the child's name, the standing wishes are requested again with it. A wish
 * Santa kindly says no to is requested marked `declined`, with the reason: not a gift to make.
 */
export function decideGifts(message: EventOf<"message.sent">, before: Extraction, after: Extraction, context: GiftDecisionContext): KringleEvent[] {
  const scope = context.scope ?? LIVE;
  const { conversationId } = message;
  const options = (kind: string, gift: string) => ({
    id: derivedId(message.id, kind, gift, scope),
    at: new Date(message.at),
    cause: message,
    replay: scope !== LIVE || message.replay,
  });
  const had = new Set(before.wishes.map((w) => w.gift));
  const has = new Set(after.wishes.map((w) => w.gift));
  const named = after.childName !== null && after.childName !== before.childName;
  const turns = context.turns ?? [{ role: "child", text: message.data.text, messageId: message.data.messageId }];
  const textOf = (messageId: string | null) => turns.find((t) => t.messageId !== undefined && t.messageId === messageId)?.text;
  const events: KringleEvent[] = [];
  for (const wish of after.wishes) {
    if (had.has(wish.gift) && !named) continue;
    const declined = declinedWish(wish.gift, textOf(wish.messageId));
    events.push(
      makeEvent(
        "gift.requested",
        conversationId,
        {
          giftId: giftIdOf(conversationId, wish.gift, scope),
          childName: after.childName,
          gift: wish.gift,
          messageId: wish.messageId ?? message.data.messageId,
          extractor: context.extractor,
          confidence: wish.confidence,
          ...(declined ? { declined } : {}),
        },
        options("gift.requested", wish.gift),
      ),
    );
  }
  for (const wish of before.wishes) {
    if (has.has(wish.gift)) continue;
    events.push(
      makeEvent(
        "gift.withdrawn",
        conversationId,
        { giftId: giftIdOf(conversationId, wish.gift, scope), childName: after.childName, gift: wish.gift, messageId: message.data.messageId },
        options("gift.withdrawn", wish.gift),
      ),
    );
  }
  return events;
}
