import { describe, expect, it } from "vitest";
import { CONVERSATION_ID_KEY, CONVERSATION_KEY_KEY, forgetConversation, keepConversation, keptConversation, newMessageId } from "./ids.js";

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe("the kept conversation", () => {
  it("given nothing kept, then there is none: the server will start one", () => {
    expect(keptConversation(memoryStorage())).toEqual({});
  });

  it("given an id and key the server handed out, then both are kept and read back", () => {
    const storage = memoryStorage();
    keepConversation(storage, "s_abc", "k3y");
    expect(keptConversation(storage)).toEqual({ conversationId: "s_abc", key: "k3y" });
    forgetConversation(storage);
    expect(keptConversation(storage)).toEqual({});
  });

  it("given an id from before keys, then the id alone is read back (the server keys it on rejoin)", () => {
    expect(keptConversation(memoryStorage({ [CONVERSATION_ID_KEY]: "c_0123" }))).toEqual({ conversationId: "c_0123" });
  });

  it("given a kept id that the protocol would refuse, then there is none", () => {
    expect(keptConversation(memoryStorage({ [CONVERSATION_ID_KEY]: "not ok!", [CONVERSATION_KEY_KEY]: "k" }))).toEqual({});
  });

  it("given storage that throws, then nothing is kept and nothing throws", () => {
    const broken = {
      getItem: () => { throw new Error("denied"); },
      setItem: () => { throw new Error("denied"); },
      removeItem: () => { throw new Error("denied"); },
    };
    expect(keptConversation(broken)).toEqual({});
    expect(() => keepConversation(broken, "s_1", "k")).not.toThrow();
    expect(() => forgetConversation(broken)).not.toThrow();
  });

  it("makes a different m_ id for every message", () => {
    const a = newMessageId();
    expect(a).toMatch(/^m_[0-9a-f]{32}$/);
    expect(newMessageId()).not.toBe(a);
  });
});
