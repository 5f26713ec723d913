import type { TranscriptChange } from "@kringle/core/protocol";
import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { fakeSockets, manualTimers } from "../testing/fake-socket.js";
import { loadLaterParts } from "../ui/later.js";
import { ChatPage } from "./ChatPage.js";
import { createChatSession } from "./chat-session.js";

const C = "c_test";
const AT = "2026-12-24T20:00:00.000Z";

// as on the page, where they are fetched right after the first paint (ui/later.test.tsx: before they are)
beforeAll(() => loadLaterParts());
afterEach(cleanup);

function openChat() {
  const net = fakeSockets();
  const session = createChatSession({
    url: "ws://x/?token=t",
    conversationId: C,
    WebSocket: net.WebSocket,
    timers: manualTimers(),
    log: () => undefined,
    newMessageId: () => "m_1",
  });
  render(() => <ChatPage session={session} />);
  net.latest().accept();
  const input = screen.getByTestId("message-input") as HTMLTextAreaElement;
  const push = (change: TranscriptChange) => net.latest().receive({ type: "transcript.delta", conversationId: C, change });
  const sent = () => net.latest().actions().filter((a) => a.action === "sendMessage");
  return { net, input, push, sent, send: screen.getByTestId("send-button") as HTMLButtonElement };
}

const type = (input: HTMLTextAreaElement, text: string) => fireEvent.input(input, { target: { value: text } });

describe("chat page: writing to Santa", () => {
  it("given a typed message, when Enter is pressed, then a sendMessage frame goes out, the box empties and keeps focus", () => {
    const { input, sent } = openChat();
    input.focus();
    type(input, "Hi Santa! I'm Mia.");
    fireEvent.keyDown(input, { key: "Enter" });
    expect(sent()).toEqual([{ action: "sendMessage", conversationId: C, messageId: "m_1", text: "Hi Santa! I'm Mia." }]);
    expect(input.value).toBe("");
    expect(document.activeElement).toBe(input);
    const bubble = screen.getByTestId("message");
    expect(bubble.dataset.status).toBe("sending");
    expect(bubble.textContent).toContain("Hi Santa! I'm Mia.");
  });

  it("given a typed message, when Shift+Enter is pressed, then nothing is sent", () => {
    const { input, sent } = openChat();
    type(input, "Dear Santa,");
    fireEvent.keyDown(input, { key: "Enter", shiftKey: true });
    expect(sent()).toEqual([]);
  });

  it("given an empty box, then the send button is disabled and Enter sends nothing", () => {
    const { input, send, sent } = openChat();
    type(input, "   ");
    expect(send.disabled).toBe(true);
    fireEvent.keyDown(input, { key: "Enter" });
    expect(sent()).toEqual([]);
  });

  it("given more than 2,000 characters, then the counter warns and nothing can be sent; at 2,000 it can", () => {
    const { input, send, sent } = openChat();
    type(input, "x".repeat(1799));
    expect(screen.queryByTestId("char-counter")).toBeNull();
    type(input, "x".repeat(2001));
    const counter = screen.getByTestId("char-counter");
    expect(counter.textContent).toContain("2,001 / 2,000");
    expect(counter.classList.contains("composer__counter--over")).toBe(true);
    expect(send.disabled).toBe(true);
    fireEvent.keyDown(input, { key: "Enter" });
    fireEvent.submit(input.form as HTMLFormElement);
    expect(sent()).toEqual([]);

    type(input, "x".repeat(2000));
    expect(screen.getByTestId("char-counter").classList.contains("composer__counter--over")).toBe(false);
    expect(send.disabled).toBe(false);
    fireEvent.click(send);
    expect(sent()).toHaveLength(1);
  });
});

describe("chat page: Santa's reply", () => {
  it("given a confirmed message, then Santa is thinking; as chunks arrive the reply grows word by word, then completes", () => {
    const { input, push } = openChat();
    type(input, "Hi Santa!");
    fireEvent.keyDown(input, { key: "Enter" });
    push({ kind: "message", position: 1, messageId: "m_1", text: "Hi Santa!", at: AT });
    expect(screen.getByTestId("message").dataset.status).toBe("sent");
    expect(screen.queryByTestId("santa-thinking")).not.toBeNull();

    push({ kind: "reply.started", position: 2, replyId: "r_1", inReplyTo: "m_1", at: AT });
    push({ kind: "reply.chunk", position: 2, replyId: "r_1", seq: 0, text: "Ho ho " });
    expect(screen.queryByTestId("santa-thinking")).toBeNull();
    const reply = screen.getByTestId("reply");
    expect(reply.dataset.status).toBe("streaming");
    expect(reply.textContent).toContain("Ho ho");
    expect(reply.querySelector(".caret")).not.toBeNull();

    push({ kind: "reply.chunk", position: 2, replyId: "r_1", seq: 1, text: "ho, Mia!" });
    push({ kind: "reply.chunk", position: 2, replyId: "r_1", seq: 1, text: "ho, Mia!" });
    expect(screen.getByTestId("reply")).toBe(reply);
    expect(reply.querySelector(".bubble__text")?.textContent).toBe("Ho ho ho, Mia!");

    push({ kind: "reply.completed", position: 2, replyId: "r_1", text: "Ho ho ho, Mia! Merry Christmas!" });
    expect(reply.dataset.status).toBe("completed");
    expect(reply.querySelector(".bubble__text")?.textContent).toBe("Ho ho ho, Mia! Merry Christmas!");
    expect(reply.querySelector(".caret")).toBeNull();
  });

  it("given a reply fails, then it says the sleigh hit a snowdrift, and Ask again puts the question back in the box", async () => {
    const { push, input } = openChat();
    push({ kind: "message", position: 1, messageId: "m_a", text: "Is Rudolph real?", at: AT });
    push({ kind: "reply.started", position: 2, replyId: "r_1", inReplyTo: "m_a", at: AT });
    push({ kind: "reply.failed", position: 2, replyId: "r_1", error: "throttled", retryable: true });
    const reply = screen.getByTestId("reply");
    expect(reply.dataset.status).toBe("failed");
    // the words come with the parts loaded after the first paint (ui/later.tsx)
    await screen.findByText("Santa's sleigh hit a snowdrift — try again.");
    expect(reply.textContent).toContain("Santa's sleigh hit a snowdrift — try again");
    fireEvent.click(screen.getByRole("button", { name: "Ask again" }));
    expect(input.value).toBe("Is Rudolph real?");
  });
});

describe("chat page: notices and connection", () => {
  it("shows an error frame's message as a notice that can be dismissed", async () => {
    const { net } = openChat();
    net.latest().receive({ type: "error", code: "invalid_frame", message: "text: a message is at most 2000 characters" });
    const notice = await screen.findByTestId("error-notice");
    expect(notice.textContent).toContain("text: a message is at most 2000 characters");
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("error-notice")).toBeNull();
  });

  it("shows the connection state", () => {
    const { net } = openChat();
    expect(screen.getByTestId("connection-state").dataset.state).toBe("open");
    net.latest().drop();
    const banner = screen.getByTestId("connection-state");
    expect(banner.dataset.state).toBe("reconnecting");
    expect(banner.textContent).toContain("reconnecting");
  });

  it("labels the box, and announces Santa's reply once, complete, not word by word", () => {
    const { push } = openChat();
    expect(screen.getByLabelText("Your message to Santa")).toBe(screen.getByTestId("message-input"));
    expect(screen.getByTestId("message-list").getAttribute("aria-live")).toBeNull();
    const announcer = screen.getByTestId("reply-announcer");
    expect(announcer.getAttribute("aria-live")).toBe("polite");
    push({ kind: "message", position: 1, messageId: "m_1", text: "Hi", at: AT });
    push({ kind: "reply.started", position: 2, replyId: "r_1", inReplyTo: "m_1", at: AT });
    push({ kind: "reply.chunk", position: 2, replyId: "r_1", seq: 0, text: "Ho ho **ho**" });
    expect(announcer.textContent).toBe("");
    push({ kind: "reply.completed", position: 2, replyId: "r_1", text: "Ho ho **ho**, Mia!" });
    expect(announcer.textContent).toBe("Santa says: Ho ho ho, Mia!");
  });

  it("does not read out a conversation loaded from before", () => {
    const { net } = openChat();
    net.latest().receive({
      type: "transcript.snapshot",
      conversationId: C,
      complete: true,
      entries: [{ kind: "reply", position: 1, replyId: "r_0", inReplyTo: "m_0", text: "Hello again", lastSeq: 0, status: "completed", at: AT }],
    });
    expect(screen.getByTestId("reply").textContent).toContain("Hello again");
    expect(screen.getByTestId("reply-announcer").textContent).toBe("");
  });

  it("starts a new letter: an empty conversation on a new connection, the box focused", () => {
    const net = fakeSockets();
    // as main.tsx does: the kept conversation rides in the address, and a new letter forgets it
    let kept = "&conversationId=c_old&key=k_old";
    const session = createChatSession({
      url: () => `ws://x/?token=t${kept}`,
      conversationId: "c_old",
      WebSocket: net.WebSocket,
      timers: manualTimers(),
      log: () => undefined,
      onNewLetter: () => {
        kept = "";
      },
    });
    render(() => <ChatPage session={session} />);
    net.latest().accept();
    net.latest().receive({ type: "transcript.delta", conversationId: "c_old", change: { kind: "message", position: 1, messageId: "m_0", text: "old letter", at: AT } });
    expect(screen.getAllByTestId("message")).toHaveLength(1);
    const old = net.latest();

    fireEvent.click(screen.getByTestId("new-letter"));
    expect(old.closedByClient).toBe(true);
    expect(screen.queryAllByTestId("message")).toHaveLength(0);
    // connecting without a conversation: the server starts one and names it first
    expect(net.latest().url).toBe("ws://x/?token=t");
    net.latest().accept();
    expect(net.latest().actions()).toEqual([{ action: "sync", after: 0 }]);
    net.latest().receive({ type: "conversation.started", conversationId: "s_new", key: "k_new" });
    expect(document.activeElement).toBe(screen.getByTestId("message-input"));
    // frames still arriving for the old letter change nothing
    old.receive({ type: "transcript.delta", conversationId: "c_old", change: { kind: "message", position: 2, messageId: "m_9", text: "late", at: AT } });
    expect(screen.queryAllByTestId("message")).toHaveLength(0);
  });
});
