// Children's gift cards for tests and the dashboard's look-book: a builder and a small cast.
import type { ChildGifts, Wish } from "@kringle/core/protocol";

export function wish(gift: string, at: string, extra: Partial<Wish> = {}): Wish {
  return { giftId: `g_${gift.replace(/\W+/g, "_")}_${at}`, gift, messageId: `m_${at}`, at, status: "wished", ...extra };
}

export function withdrawn(gift: string, at: string, withdrawnAt: string): Wish {
  return wish(gift, at, { status: "withdrawn", withdrawnAt });
}

export function card(conversationId: string, childName: string | null, wishes: Wish[], extra: Partial<ChildGifts> = {}): ChildGifts {
  const times = wishes.flatMap((w) => [w.at, ...(w.withdrawnAt ? [w.withdrawnAt] : [])]).sort();
  return {
    conversationId,
    childName,
    wishes,
    flags: [],
    updatedAt: times.at(-1) ?? "2026-12-01T08:00:00.000Z",
    version: wishes.length + 1,
    ...extra,
  };
}

/** Mia changed her mind, Leo's conversation needs a grown-up, one child has not said a name yet. */
export function cast(): ChildGifts[] {
  return [
    card("c_mia", "Mia", [
      wish("red bike", "2026-12-01T09:00:00.000Z"),
      withdrawn("puppy", "2026-12-01T09:00:00.000Z", "2026-12-01T09:05:00.000Z"),
      wish("kitten", "2026-12-01T09:05:00.000Z"),
    ]),
    card("c_leo", "Leo", [wish("lego", "2026-12-01T10:15:00.000Z")], { flags: ["running-away"] }),
    card("c_zoe", "Zoë", [wish("red bike", "2026-12-01T11:30:00.000Z"), wish("sledge", "2026-12-01T11:31:00.000Z")]),
    card("c_anon", null, [wish("kitten", "2026-12-01T12:00:00.000Z")]),
  ];
}
