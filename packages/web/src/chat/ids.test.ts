import { describe, expect, it } from "vitest";
import { CONVERSATION_ID_KEY, conversationId, newMessageId } from "./ids.js";

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe("ids", () => {
  it("given no conversation yet, then it makes a c_ id the protocol accepts and keeps it", () => {
    const storage = memoryStorage();
    const id = conversationId(storage);
    expect(id).toMatch(/^c_[A-Za-z0-9_-]{1,62}$/);
    expect(storage.items.get(CONVERSATION_ID_KEY)).toBe(id);
    expect(conversationId(storage)).toBe(id);
  });

  it("given a kept id that the protocol would refuse, then it makes a new one", () => {
    const storage = memoryStorage({ [CONVERSATION_ID_KEY]: "not ok!" });
    expect(conversationId(storage)).toMatch(/^c_[0-9a-f]{32}$/);
  });

  it("given storage that throws, then the conversation still gets an id", () => {
    const broken = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
    expect(conversationId(broken)).toMatch(/^c_/);
  });

  it("makes a different m_ id for every message", () => {
    const a = newMessageId();
    expect(a).toMatch(/^m_[0-9a-f]{32}$/);
    expect(newMessageId()).not.toBe(a);
  });
});
