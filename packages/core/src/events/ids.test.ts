import { describe, expect, it } from "vitest";
import { derivedId, newId } from "./ids.js";

describe("ids", () => {
  it("derives the same id from the same cause, and different ids otherwise", () => {
    expect(derivedId("evt_1", "chunk", 3)).toBe(derivedId("evt_1", "chunk", 3));
    const ids = new Set([derivedId("evt_1", "chunk", 3), derivedId("evt_1", "chunk", 4), derivedId("evt_2", "chunk", 3), derivedId("evt_1", "reply", 3)]);
    expect(ids.size).toBe(4);
    expect(derivedId("a", "b")).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it("keeps live ids as they were, and gives each run scope ids of its own", () => {
    // the live id of a reply already in the log: it must never change
    expect(derivedId("evt_1", "reply")).toBe(derivedId("evt_1", "reply", 0, ""));
    const live = derivedId("evt_1", "reply");
    const runA = derivedId("evt_1", "reply", 0, "run-a");
    const runB = derivedId("evt_1", "reply", 0, "run-b");
    expect(new Set([live, runA, runB]).size).toBe(3);
    expect(derivedId("evt_1", "reply", 0, "run-a")).toBe(runA);
  });

  it("makes fresh ids that sort by time", () => {
    const a = newId(Date.UTC(2026, 11, 24, 20));
    const b = newId(Date.UTC(2026, 11, 24, 21));
    expect(a < b).toBe(true);
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(newId()).not.toBe(newId());
  });
});
