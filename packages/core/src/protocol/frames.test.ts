import { describe, expect, it } from "vitest";
import { hasVisibleText, sendMessageAction } from "./frames.js";

const send = (text: string) => sendMessageAction.safeParse({ action: "sendMessage", conversationId: "c_1", messageId: "m_1", text });

describe("a message's text", () => {
  it.each([
    ["spaces and new lines", " \n\t "],
    ["zero-width space, joiner and no-break", "\u200b\u200c\u200d\u2060\ufeff"],
    ["soft hyphen and direction marks", "\u00ad\u200e\u200f\u202e"],
    ["control characters", "\u0000\u0007\u001b\u007f\u0085"],
    ["lone combining marks", "\u0301\u0308\u20dd"],
    ["blank-looking letters", "\u3164\u115f\u2800\uffa0"],
    ["private use and tag characters", "\ue000\u{e0041}"],
  ])("of only %s is refused like an empty one", (_name, text) => {
    expect(hasVisibleText(text)).toBe(false);
    const parsed = send(text);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("a message needs some text");
  });

  it.each([
    ["a word", "hi"],
    ["a word between zero-width spaces", "\u200bhi\u200b"],
    ["an emoji with a variation selector", "\u2764\ufe0f"],
    ["a family emoji (joined with ZWJ)", "\u{1f468}\u200d\u{1f469}\u200d\u{1f467}"],
    ["an accented letter", "e\u0301"],
    ["a single dot", "."],
    ["Korean", "\uc548\ub155"],
  ])("with %s is accepted", (_name, text) => {
    expect(hasVisibleText(text)).toBe(true);
    expect(send(text).success).toBe(true);
  });
});
