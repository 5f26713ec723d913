import { describe, expect, it, vi } from "vitest";
import { pageFor, readToken, socketUrl } from "./link.js";

function memoryStorage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe("page routing", () => {
  it("sends /elves and /elves/… to the elves' page and everything else to the chat", () => {
    expect(pageFor("/elves")).toBe("elves");
    expect(pageFor("/elves/")).toBe("elves");
    expect(pageFor("/elves/children")).toBe("elves");
    expect(pageFor("/elvesish")).toBe("chat");
    expect(pageFor("/")).toBe("chat");
    expect(pageFor("/index.html")).toBe("chat");
  });
});

describe("the token", () => {
  it("given ?token= in the link, then it is kept for the tab and taken out of the address bar", () => {
    const storage = memoryStorage();
    const history = { replaceState: vi.fn() };
    expect(readToken("chat", { href: "http://127.0.0.1:3000/?token=abc&x=1#top" }, storage, history)).toBe("abc");
    expect(history.replaceState).toHaveBeenCalledWith(null, "", "/?x=1#top");
    expect(readToken("chat", { href: "http://127.0.0.1:3000/" }, storage)).toBe("abc");
  });

  it("keeps the chat's and the elves' tokens apart", () => {
    const storage = memoryStorage();
    readToken("chat", { href: "http://h/?token=child" }, storage);
    readToken("elves", { href: "http://h/elves?token=elf" }, storage);
    expect(readToken("chat", { href: "http://h/" }, storage)).toBe("child");
    expect(readToken("elves", { href: "http://h/elves" }, storage)).toBe("elf");
  });

  it("given no token anywhere, then there is none", () => {
    expect(readToken("chat", { href: "http://h/" }, memoryStorage())).toBeUndefined();
  });
});

describe("the WebSocket address", () => {
  it("is this page's origin by default, ws for http and wss for https", () => {
    expect(socketUrl({ protocol: "http:", host: "127.0.0.1:3000" }, undefined, { token: "t 1", conversationId: "c_1" })).toBe(
      "ws://127.0.0.1:3000/?token=t+1&conversationId=c_1",
    );
    expect(socketUrl({ protocol: "https:", host: "santa.example" }, undefined, { token: "t" })).toBe("wss://santa.example/?token=t");
    expect(socketUrl({ protocol: "http:", host: "h" }, undefined, { token: "t", conversationId: "s_1", key: "a-b_c" })).toBe(
      "ws://h/?token=t&conversationId=s_1&key=a-b_c",
    );
  });

  it("is VITE_WS_URL with the same query when the build set one", () => {
    expect(
      socketUrl({ protocol: "https:", host: "santa.example" }, "wss://abc.execute-api.eu-west-1.amazonaws.com/prod", { token: "t", conversationId: "c_1" }),
    ).toBe("wss://abc.execute-api.eu-west-1.amazonaws.com/prod?token=t&conversationId=c_1");
  });
});
