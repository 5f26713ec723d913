import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { DeclineReason, KringleEvent } from "../events/schemas.js";
import { childGifts, emptyCard, foldCard } from "./gifts.projection.js";

const C = "c_mia";
const at = (n: number) => new Date(Date.UTC(2026, 11, 20, 10, 0, n));
const requested = (gift: string, n: number, childName: string | null = "Mia", declined?: DeclineReason) =>
  makeEvent(
    "gift.requested",
    C,
    { giftId: `g_${gift}`, childName, gift, messageId: `m_${n}`, extractor: "offline-1", confidence: 0.9, ...(declined ? { declined } : {}) },
    { id: `r_${gift}_${n}`, at: at(n) },
  );
const withdrawn = (gift: string, n: number) =>
  makeEvent("gift.withdrawn", C, { giftId: `g_${gift}`, childName: "Mia", gift, messageId: `m_${n}` }, { id: `w_${gift}_${n}`, at: at(n) });
const flagged = (n: number) => makeEvent("safety.flagged", C, { messageId: `m_${n}`, kind: "distress" }, { id: `f_${n}`, at: at(n) });

/** given(events).then(card), as the elves see it */
const given = (...events: KringleEvent[]) => childGifts(foldCard(emptyCard(C), events));
const standing = (card: ReturnType<typeof given>) => card.wishes.filter((w) => w.status === "wished").map((w) => w.gift);

describe("the gifts fold", () => {
  it("lists a child's wishes under their name", () => {
    const card = given(requested("red bike", 1), requested("puppy", 1));
    expect(card).toMatchObject({ conversationId: C, childName: "Mia", flags: [] });
    expect(standing(card).sort()).toEqual(["puppy", "red bike"]);
  });

  it("lets a withdrawn wish leave the list, kept and marked", () => {
    const card = given(requested("puppy", 1), withdrawn("puppy", 2), requested("kitten", 2));
    expect(standing(card)).toEqual(["kitten"]);
    expect(card.wishes.find((w) => w.gift === "puppy")).toMatchObject({ status: "withdrawn", withdrawnAt: at(2).toISOString() });
  });

  it("changes nothing when the same event comes twice", () => {
    const once = given(requested("puppy", 1), withdrawn("puppy", 2));
    const twice = given(requested("puppy", 1), requested("puppy", 1), withdrawn("puppy", 2), withdrawn("puppy", 2), requested("puppy", 1));
    expect(twice).toEqual(once);
  });

  it("comes out the same whatever order the events arrive in", () => {
    const inOrder = given(requested("puppy", 1), withdrawn("puppy", 2), requested("puppy", 3), requested("kite", 4, "Mia"));
    const shuffled = given(requested("kite", 4, "Mia"), requested("puppy", 3), requested("puppy", 1), withdrawn("puppy", 2));
    expect(standing(shuffled)).toEqual(standing(inOrder));
    expect(shuffled.wishes.find((w) => w.gift === "puppy")).toMatchObject({ status: "wished", messageId: "m_3" });
  });

  it("names the child once they say their name, the latest name winning", () => {
    expect(given(requested("kite", 1, null)).childName).toBeNull();
    expect(given(requested("kite", 1, null), requested("kite", 3, "Bo")).childName).toBe("Bo");
    expect(given(requested("kite", 5, "Bo"), requested("kite", 3, "Bob")).childName).toBe("Bo");
  });

  it("carries what the safety screen raised, each kind once", () => {
    expect(given(flagged(1), flagged(2)).flags).toEqual(["distress"]);
  });

  it("keeps a wish Santa declined on the card, marked with why, apart from the gifts to make", () => {
    const card = given(requested("teddy bear", 1), requested("car", 1, "Mia", "absurd"));
    expect(card.wishes.find((w) => w.gift === "car")).toMatchObject({ status: "wished", declined: "absurd" });
    expect(card.wishes.find((w) => w.gift === "teddy bear")).not.toHaveProperty("declined");
  });

  it("judges by its name a request recorded before wishes were judged", () => {
    expect(given(requested("knife", 1)).wishes[0]).toMatchObject({ gift: "knife", declined: "harmful" });
    expect(given(requested("nerf gun", 1)).wishes[0]).not.toHaveProperty("declined");
  });

  it("changes nothing when a declined wish's events come twice", () => {
    const once = given(requested("car", 1, "Mia", "absurd"), withdrawn("car", 2), requested("car", 3, "Mia", "absurd"));
    const twice = given(requested("car", 1, "Mia", "absurd"), requested("car", 1, "Mia", "absurd"), withdrawn("car", 2), withdrawn("car", 2), requested("car", 3, "Mia", "absurd"), requested("car", 3, "Mia", "absurd"));
    expect(twice).toEqual(once);
    expect(once.wishes[0]).toMatchObject({ status: "wished", declined: "absurd" });
  });

  it("bumps the version on each change only", () => {
    expect(given(requested("kite", 1), requested("kite", 1)).version).toBe(1);
  });
});
