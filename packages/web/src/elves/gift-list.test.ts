import { describe, expect, it } from "vitest";
import type { ChildGifts } from "@kringle/core/protocol";
import { card, cast, wish, withdrawn } from "../testing/gift-cards.js";
import { currentWishes, DEFAULT_QUERY, foldText, listChildren, shownWishes, topGifts, wishesOverTime, type ListQuery } from "./gift-list.js";

const byId = (cards: ChildGifts[]) => Object.fromEntries(cards.map((c) => [c.conversationId, c]));
const names = (query: Partial<ListQuery>, cards = cast()) =>
  listChildren(byId(cards), { ...DEFAULT_QUERY, ...query }).map((c) => c.childName ?? `(${c.conversationId})`);

describe("searching the list", () => {
  it("finds a child by name, ignoring case, accents and spaces around", () => {
    expect(names({ search: "  ZOE " })).toEqual(["Zoë"]);
    expect(names({ search: "mi" })).toEqual(["Mia"]);
    expect(foldText("  Zoë   Ann ")).toBe("zoe ann");
  });

  it("finds every child wishing for a gift, named or not", () => {
    expect(names({ search: "kitten", sort: "name", descending: false })).toEqual(["Mia", "(c_anon)"]);
    expect(names({ search: "Red Bike", sort: "name", descending: false })).toEqual(["Mia", "Zoë"]);
  });

  it("finds a withdrawn wish only while withdrawn wishes are shown", () => {
    expect(names({ search: "puppy", showWithdrawn: true })).toEqual(["Mia"]);
    expect(names({ search: "puppy", showWithdrawn: false })).toEqual([]);
  });

  it("with nothing matching, shows nobody", () => {
    expect(names({ search: "unicorn" })).toEqual([]);
  });
});

describe("sorting the list", () => {
  it("by name A to Z with the unnamed child last, and Z to A with the unnamed child still last", () => {
    expect(names({ sort: "name", descending: false })).toEqual(["Leo", "Mia", "Zoë", "(c_anon)"]);
    expect(names({ sort: "name", descending: true })).toEqual(["Zoë", "Mia", "Leo", "(c_anon)"]);
  });

  it("by number of wishes that stand (a withdrawn one does not count), most first", () => {
    const cards = [
      card("c_a", "Ann", [wish("a", "2026-12-01T09:00:00.000Z"), withdrawn("b", "2026-12-01T09:00:00.000Z", "2026-12-01T09:01:00.000Z"), withdrawn("c", "2026-12-01T09:00:00.000Z", "2026-12-01T09:01:00.000Z")]),
      card("c_b", "Bo", [wish("a", "2026-12-01T09:00:00.000Z"), wish("b", "2026-12-01T09:00:00.000Z")]),
      card("c_c", "Cy", []),
    ];
    expect(names({ sort: "wishes", descending: true }, cards)).toEqual(["Bo", "Ann", "Cy"]);
    expect(names({ sort: "wishes", descending: false }, cards)).toEqual(["Cy", "Ann", "Bo"]);
  });

  it("by last update, newest first by default", () => {
    expect(names({})).toEqual(["(c_anon)", "Zoë", "Leo", "Mia"]);
    expect(names({ sort: "updated", descending: false })).toEqual(["Mia", "Leo", "Zoë", "(c_anon)"]);
  });

  it("keeps two children with the same name apart, in a stable order", () => {
    const cards = [card("c_2", "Mia", [wish("drum", "2026-12-01T09:00:00.000Z")]), card("c_1", "Mia", [wish("kite", "2026-12-01T09:00:00.000Z")])];
    expect(listChildren(byId(cards), { ...DEFAULT_QUERY, sort: "name", descending: false }).map((c) => c.conversationId)).toEqual(["c_1", "c_2"]);
  });
});

describe("the 'needs a grown-up' filter", () => {
  it("keeps only the conversations the safety screen raised", () => {
    expect(names({ needsGrownUp: true })).toEqual(["Leo"]);
    expect(names({ needsGrownUp: true, search: "mia" })).toEqual([]);
  });
});

describe("the figures behind the charts", () => {
  it("counts only the wishes that stand, most wished first, ties by name", () => {
    expect(topGifts(byId(cast()), 10)).toEqual([
      { gift: "kitten", count: 2 },
      { gift: "red bike", count: 2 },
      { gift: "lego", count: 1 },
      { gift: "sledge", count: 1 },
    ]);
    expect(topGifts(byId(cast()), 2).map((g) => g.gift)).toEqual(["kitten", "red bike"]);
  });

  it("counts wishes made and taken back per hour, every hour from the first to the last", () => {
    const t = wishesOverTime(byId(cast()));
    expect(t.bucket).toBe("hour");
    expect(t.starts.map((s) => new Date(s).toISOString())).toEqual([
      "2026-12-01T09:00:00.000Z",
      "2026-12-01T10:00:00.000Z",
      "2026-12-01T11:00:00.000Z",
      "2026-12-01T12:00:00.000Z",
    ]);
    expect(t.made).toEqual([3, 1, 2, 1]);
    expect(t.withdrawn).toEqual([1, 0, 0, 0]);
  });

  it("counts per day over a longer span", () => {
    const cards = [card("c_a", "Ann", [wish("a", "2026-12-01T12:00:00.000Z"), wish("b", "2026-12-05T12:00:00.000Z")])];
    const t = wishesOverTime(byId(cards));
    expect(t.bucket).toBe("day");
    expect(t.starts).toHaveLength(5);
    expect(t.made).toEqual([1, 0, 0, 0, 1]);
  });

  it("leaves out a wish Santa declined: it is asked for, not a gift to make", () => {
    const cards = byId([...cast(), card("c_tom", "Tom", [wish("knife", "2026-12-01T12:00:00.000Z", { declined: "harmful" }), wish("kitten", "2026-12-01T12:00:00.000Z")])]);
    expect(topGifts(cards, 10).map((g) => g.gift)).not.toContain("knife");
    expect(topGifts(cards, 10)[0]).toEqual({ gift: "kitten", count: 3 });
    expect(wishesOverTime(cards).made).toEqual([3, 1, 2, 2]);
    const tom = cards["c_tom"]!;
    expect(currentWishes(tom).map((w) => w.gift)).toEqual(["kitten"]);
    // still shown on the card, marked, and found by a search
    expect(shownWishes(tom, false).map((w) => [w.gift, w.declined])).toEqual([
      ["knife", "harmful"],
      ["kitten", undefined],
    ]);
    expect(listChildren(cards, { ...DEFAULT_QUERY, search: "knife" }).map((c) => c.childName)).toEqual(["Tom"]);
  });

  it("has nothing to draw without a wish", () => {
    expect(wishesOverTime({})).toEqual({ bucket: "hour", starts: [], made: [], withdrawn: [] });
  });
});
