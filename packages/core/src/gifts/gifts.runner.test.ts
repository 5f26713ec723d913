import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { EventOf, KringleEvent } from "../events/schemas.js";
import type { Connection, Pusher } from "../ports/index.js";
import type { ChildGifts, ServerFrame } from "../protocol/frames.js";
import type { Extraction, ExtractionTurn, GiftExtractor } from "./extraction.js";
import { MemoryGiftsStore } from "./gifts.memory.js";
import { extractGifts, projectGifts } from "./gifts.runner.js";

const C = "c_runner";
const requested = (gift: string, n: number, replay = false) =>
  makeEvent("gift.requested", C, { giftId: `g_${gift}`, childName: "Mia", gift, messageId: `m_${n}`, extractor: "t", confidence: 1 }, { id: `r_${gift}_${n}`, at: new Date(Date.UTC(2026, 11, 1, 0, 0, n)), replay });

function recorder(): Pusher & { frames: [string, ServerFrame][] } {
  const frames: [string, ServerFrame][] = [];
  return { frames, send: async (to: Connection, frame: ServerFrame) => (frames.push([to.connectionId, frame]), "sent") };
}
const elves = { elves: async () => [{ connectionId: "E1", conversationId: "elves" }, { connectionId: "E2", conversationId: "elves" }] };

async function given(...batches: KringleEvent[][]) {
  const store = new MemoryGiftsStore();
  const pusher = recorder();
  for (const batch of batches) await projectGifts(C, batch, { store, pusher, watchers: elves });
  const cards: ChildGifts[] = [];
  for await (const page of store.cards()) cards.push(...page);
  return { cards, pushed: pusher.frames };
}

describe("the gifts projector runner", () => {
  it("saves the card and pushes it whole to every elf", async () => {
    const { cards, pushed } = await given([requested("kite", 1), requested("puppy", 2)]);
    expect(cards[0]!.wishes.map((w) => w.gift)).toEqual(["kite", "puppy"]);
    expect(pushed.map(([to]) => to)).toEqual(["E1", "E2"]);
    expect(pushed[0]![1]).toMatchObject({ type: "gifts.delta", child: { conversationId: C, childName: "Mia", version: 2 } });
  });

  it("changes and pushes nothing when the same batch comes twice", async () => {
    const once = await given([requested("kite", 1)]);
    const twice = await given([requested("kite", 1)], [requested("kite", 1)]);
    expect(twice.cards).toEqual(once.cards);
    expect(twice.pushed).toEqual(once.pushed);
  });

  it("folds replayed events without pushing them", async () => {
    const { cards, pushed } = await given([requested("kite", 1, true)]);
    expect(cards).toHaveLength(1);
    expect(pushed).toEqual([]);
  });
});

/** An extractor that lists every child turn's text as a wish; "not X" takes X back. */
const echo: GiftExtractor = {
  id: "echo",
  async extract(turns: readonly ExtractionTurn[]): Promise<Extraction> {
    const wishes: string[] = [];
    for (const t of turns) {
      if (t.role !== "child") continue;
      if (t.text.startsWith("not ")) wishes.splice(wishes.indexOf(t.text.slice(4)), 1);
      else wishes.push(t.text);
    }
    return { childName: null, wishes: wishes.map((gift) => ({ gift, messageId: null, confidence: 1 })) };
  },
};

describe("the gift extractor runner", () => {
  it("appends what the message changed on the list, reading the conversation before it", async () => {
    const appended: KringleEvent[] = [];
    const message = makeEvent("message.sent", C, { messageId: "m_2", text: "not puppy" }) as EventOf<"message.sent">;
    const transcript = async () => [{ kind: "message" as const, position: 1, messageId: "m_1", text: "puppy", at: "" }];
    const events = await extractGifts(message, { log: { append: async (e) => void appended.push(...e) }, extractor: echo, transcript });
    expect(events.map((e) => e.type)).toEqual(["gift.withdrawn"]);
    expect(appended).toEqual(events);
  });

  it("appends nothing when nothing changed", async () => {
    const appended: KringleEvent[] = [];
    const message = makeEvent("message.sent", C, { messageId: "m_2", text: "puppy" }) as EventOf<"message.sent">;
    const transcript = async () => [{ kind: "message" as const, position: 1, messageId: "m_1", text: "puppy", at: "" }];
    await extractGifts(message, { log: { append: async (e) => void appended.push(...e) }, extractor: echo, transcript });
    expect(appended).toEqual([]);
  });
});
