// Before the parts loaded after the first paint arrive, the chat shows nothing half-made: a reply
// is Santa thinking (never raw markdown), then his words once the parser is here.
import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { ChatPage } from "../chat/ChatPage.js";
import { createChatSession } from "../chat/chat-session.js";
import { fakeSockets, manualTimers } from "../testing/fake-socket.js";
import { laterParts, loadLaterParts } from "./later.js";

const AT = "2026-12-24T20:00:00.000Z";

afterEach(cleanup);

describe("the parts loaded after the first paint", () => {
  it("given a reply before they arrive, then Santa is thinking and no marker shows; once they are here, his words in bold", async () => {
    const net = fakeSockets();
    const session = createChatSession({ url: "ws://x/?token=t", conversationId: "c_1", WebSocket: net.WebSocket, timers: manualTimers(), log: () => undefined });
    render(() => <ChatPage session={session} />);
    net.latest().accept();
    net.latest().receive({
      type: "transcript.snapshot",
      conversationId: "c_1",
      complete: true,
      entries: [
        { kind: "message", position: 1, messageId: "m_1", text: "Hi", at: AT },
        { kind: "reply", position: 2, replyId: "r_1", inReplyTo: "m_1", text: "Ho ho **ho**!", lastSeq: 0, status: "completed", at: AT },
      ],
    });
    expect(laterParts()).toBeUndefined();
    const reply = screen.getByTestId("reply");
    expect(reply.textContent).toContain("Santa is thinking");
    expect(reply.textContent).not.toContain("*");

    await loadLaterParts();
    expect(reply.textContent).not.toContain("Santa is thinking");
    expect(reply.querySelector("strong")?.textContent).toBe("ho");
    expect(reply.querySelector(".bubble__text")?.textContent).toBe("Ho ho ho!");
  });
});
