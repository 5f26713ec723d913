// The gifts slice's apply steps against ports. The projector: fold a child's events into their
// card, save it, and push the card to every elf online. The extractor reactor: read the
// conversation, extract before and with the new message, append what changed.
import type { RunScope } from "../events/ids.js";
import type { EventOf, KringleEvent } from "../events/schemas.js";
import { noWarnings, type EventLog, type Pusher, type Warnings } from "../ports/index.js";
import type { Entry, ServerFrame } from "../protocol/frames.js";
import type { GiftExtractor } from "./extraction.js";
import type { GiftsStore, GiftWatchers } from "./gifts.port.js";
import { childGifts, foldCard } from "./gifts.projection.js";
import { decideGifts, extractionTurns } from "./gifts.reactor.js";

export interface GiftsPorts {
  store: GiftsStore;
  pusher: Pusher;
  watchers: GiftWatchers;
  warnings?: Warnings;
}

/** Projects one child's events (in stream order) into their card; returns the frames pushed. */
export async function projectGifts(conversationId: string, events: readonly KringleEvent[], ports: GiftsPorts): Promise<number> {
  const loaded = await ports.store.load(conversationId);
  const card = foldCard(loaded, events);
  if (card.version === loaded.version) return 0;
  await ports.store.save(loaded.version, card);
  // a rebuild or a replay folds what the elves have seen already
  if (events.every((e) => e.replay)) return 0;
  const frame: ServerFrame = { type: "gifts.delta", child: childGifts(card) };
  const elves = await ports.watchers.elves();
  let pushed = 0;
  await Promise.all(
    elves.map(async (elf) => {
      try {
        await ports.pusher.send(elf, frame);
        pushed++;
      } catch (err) {
        // the card is saved: the dashboard catches up with watchGifts when it reconnects
        (ports.warnings ?? noWarnings).warn("push failed", { connectionId: elf.connectionId, conversationId, error: String(err) });
      }
    }),
  );
  return pushed;
}

export interface GiftExtractionPorts {
  log: EventLog;
  extractor: GiftExtractor;
  /** the conversation so far, from the transcript projection */
  transcript: (conversationId: string) => Promise<Entry[]>;
  scope?: RunScope;
}

/** Reacts to a child's message: appends the wishes it added or took back. */
export async function extractGifts(message: EventOf<"message.sent">, ports: GiftExtractionPorts): Promise<KringleEvent[]> {
  const { before, after } = extractionTurns(message, await ports.transcript(message.conversationId));
  const [was, is] = await Promise.all([ports.extractor.extract(before), ports.extractor.extract(after)]);
  const events = decideGifts(message, was, is, { extractor: ports.extractor.id, scope: ports.scope, turns: after });
  if (events.length) await ports.log.append(events);
  return events;
}
