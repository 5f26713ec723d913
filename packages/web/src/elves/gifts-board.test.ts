import { describe, expect, it } from "vitest";
import { card, wish } from "../testing/gift-cards.js";
import { applyGiftsFrame, emptyBoard, mergeCards, watchSent } from "./gifts-board.js";

const mia1 = card("c_mia", "Mia", [wish("red bike", "2026-12-01T09:00:00.000Z")], { version: 1 });
const mia2 = card("c_mia", "Mia", [wish("red bike", "2026-12-01T09:00:00.000Z"), wish("puppy", "2026-12-01T09:00:00.000Z")], { version: 2 });
const leo1 = card("c_leo", "Leo", [wish("lego", "2026-12-01T10:00:00.000Z")], { version: 1 });

describe("the elves' copy of the list", () => {
  it("given a snapshot in two frames, then it is loading until the frame marked complete", () => {
    const first = applyGiftsFrame(emptyBoard(), { type: "gifts.snapshot", children: [mia1], complete: false }, 1000);
    expect(first.loaded).toBe(false);
    expect(Object.keys(first.children)).toEqual(["c_mia"]);
    const done = applyGiftsFrame(first, { type: "gifts.snapshot", children: [leo1], complete: true }, 2000);
    expect(done).toMatchObject({ loaded: true, refreshing: false, lastUpdateAt: 2000 });
    expect(Object.keys(done.children).sort()).toEqual(["c_leo", "c_mia"]);
  });

  it("given a card, when a delta with a higher version comes, then it replaces the card", () => {
    const board = applyGiftsFrame(emptyBoard(), { type: "gifts.snapshot", children: [mia1], complete: true }, 1000);
    const next = applyGiftsFrame(board, { type: "gifts.delta", child: mia2 }, 3000);
    expect(next.children.c_mia).toBe(mia2);
    expect(next.lastUpdateAt).toBe(3000);
  });

  it("given a newer card, when an older or the same version comes again, then the cards stay the same", () => {
    const held = { c_mia: mia2 };
    expect(mergeCards(held, [mia1])).toBe(held);
    expect(mergeCards(held, [mia2])).toBe(held);
    expect(mergeCards(held, [{ ...mia2 }])).toBe(held);
  });

  it("given a delta that overtook the snapshot, then the older card in the snapshot does not undo it", () => {
    const board = applyGiftsFrame(emptyBoard(), { type: "gifts.delta", child: mia2 }, 1000);
    const after = applyGiftsFrame(board, { type: "gifts.snapshot", children: [mia1, leo1], complete: true }, 2000);
    expect(after.children.c_mia).toBe(mia2);
    expect(after.children.c_leo).toBe(leo1);
  });

  it("given the same delta twice, then the cards are those of once", () => {
    const once = applyGiftsFrame(emptyBoard(), { type: "gifts.delta", child: mia2 }, 1000);
    const twice = applyGiftsFrame(once, { type: "gifts.delta", child: mia2 }, 1000);
    expect(twice.children).toBe(once.children);
  });

  it("given a loaded list, when the watch is sent again after a reconnect, then the list stays shown while it refreshes", () => {
    const board = applyGiftsFrame(emptyBoard(), { type: "gifts.snapshot", children: [mia1], complete: true }, 1000);
    const again = watchSent(board);
    expect(again).toMatchObject({ loaded: true, refreshing: true });
    expect(again.children).toBe(board.children);
    expect(applyGiftsFrame(again, { type: "gifts.snapshot", children: [mia2], complete: true }, 2000)).toMatchObject({ refreshing: false });
  });

  it("ignores frames that are not about gifts", () => {
    const board = emptyBoard();
    expect(applyGiftsFrame(board, { type: "error", code: "internal", message: "x" }, 1)).toBe(board);
    expect(applyGiftsFrame(board, { type: "transcript.snapshot", conversationId: "c_mia", entries: [], complete: true }, 1)).toBe(board);
  });
});
