import type { ServerFrame } from "@kringle/core/protocol";
import { describe, expect, it } from "vitest";
import { fakeSockets, manualTimers } from "../testing/fake-socket.js";
import { createChatSession } from "./chat-session.js";
import { timeline } from "./transcript-merge.js";

const C = "c_test";
const AT = "2026-12-24T20:00:00.000Z";

function setup() {
  const net = fakeSockets();
  const timers = manualTimers();
  let n = 0;
  const session = createChatSession({
    url: "ws://x/?token=t&conversationId=c_test",
    conversationId: C,
    WebSocket: net.WebSocket,
    timers,
    random: () => 0.5,
    log: () => undefined,
    newMessageId: () => `m_${++n}`,
  });
  /** the current socket drops and the next one opens */
  const reconnect = () => {
    net.latest().drop();
    timers.runNext();
    net.latest().accept();
  };
  return { session, net, timers, reconnect };
}

const delta = (change: Extract<ServerFrame, { type: "transcript.delta" }>["change"]): ServerFrame => ({
  type: "transcript.delta",
  conversationId: C,
  change,
});

describe("chat session: sync on every open", () => {
  it("given a fresh page, when the socket opens, then it syncs from 0", () => {
    const { net } = setup();
    net.latest().accept();
    expect(net.latest().actions()).toEqual([{ action: "sync", conversationId: C, after: 0 }]);
  });

  it("given a finished exchange and a reply still streaming, when it reconnects, then it syncs after the last final position", () => {
    const { net, reconnect } = setup();
    net.latest().accept();
    net.latest().receive({
      type: "transcript.snapshot",
      conversationId: C,
      complete: true,
      entries: [
        { kind: "message", position: 1, messageId: "m_a", text: "Hi", at: AT },
        { kind: "reply", position: 2, replyId: "r_1", inReplyTo: "m_a", text: "Ho!", lastSeq: 0, status: "completed", at: AT },
        { kind: "message", position: 3, messageId: "m_b", text: "Bike?", at: AT },
        { kind: "reply", position: 4, replyId: "r_2", inReplyTo: "m_b", text: "Of ", lastSeq: 0, status: "streaming", at: AT },
      ],
    });
    reconnect();
    expect(net.latest().actions()).toEqual([{ action: "sync", conversationId: C, after: 3 }]);
  });
});

describe("chat session: messages on their way", () => {
  it("given an open socket, when the child sends, then the message goes out once and shows as sending", () => {
    const { session, net } = setup();
    net.latest().accept();
    expect(session.send("Hi Santa!")).toEqual({ ok: true, messageId: "m_1" });
    expect(net.latest().actions().slice(1)).toEqual([{ action: "sendMessage", conversationId: C, messageId: "m_1", text: "Hi Santa!" }]);
    expect(timeline(session.state().transcript)).toMatchObject([{ kind: "message", text: "Hi Santa!", status: "sending" }]);
  });

  it("given an unconfirmed message, when it reconnects twice, then each new socket gets the sync and then the message once, with the same messageId", () => {
    const { session, net, reconnect } = setup();
    net.latest().accept();
    session.send("Hi Santa!");
    reconnect();
    reconnect();
    const expected = [
      { action: "sync", conversationId: C, after: 0 },
      { action: "sendMessage", conversationId: C, messageId: "m_1", text: "Hi Santa!" },
    ];
    expect(net.sockets[1]?.actions()).toEqual(expected);
    expect(net.sockets[2]?.actions()).toEqual(expected);
  });

  it("given a message confirmed by its delta, when it reconnects, then it is not sent again", () => {
    const { session, net, reconnect } = setup();
    net.latest().accept();
    session.send("Hi Santa!");
    net.latest().receive(delta({ kind: "message", position: 1, messageId: "m_1", text: "Hi Santa!", at: AT }));
    reconnect();
    expect(net.latest().actions()).toEqual([{ action: "sync", conversationId: C, after: 1 }]);
    expect(timeline(session.state().transcript)).toMatchObject([{ status: "sent" }]);
  });

  it("given the socket is down, when the child sends, then the message waits and goes out once on the next open", () => {
    const { session, net, timers } = setup();
    net.latest().accept();
    net.latest().drop();
    session.send("Are you there?");
    expect(net.sockets[0]?.actions()).toEqual([{ action: "sync", conversationId: C, after: 0 }]);
    timers.runNext();
    net.latest().accept();
    expect(net.latest().actions()).toEqual([
      { action: "sync", conversationId: C, after: 0 },
      { action: "sendMessage", conversationId: C, messageId: "m_1", text: "Are you there?" },
    ]);
  });

  it("refuses empty and over-long messages without sending anything", () => {
    const { session, net } = setup();
    net.latest().accept();
    expect(session.send("   \n ")).toEqual({ ok: false, reason: "empty" });
    expect(session.send("x".repeat(2001))).toEqual({ ok: false, reason: "too_long" });
    expect(session.send("x".repeat(2000)).ok).toBe(true);
    expect(net.latest().actions().map((a) => a.action)).toEqual(["sync", "sendMessage"]);
  });
});

describe("chat session: error frames", () => {
  it("given an error about a pending message, then it becomes a notice carrying the text, and the message is no longer re-sent", () => {
    const { session, net, reconnect } = setup();
    net.latest().accept();
    session.send("Hi Santa!");
    net.latest().receive({ type: "error", code: "internal", message: "try again", ref: "m_1" });
    expect(session.state().notices).toEqual([{ id: 1, code: "internal", message: "try again", refusedText: "Hi Santa!" }]);
    expect(session.state().transcript.pending).toEqual([]);
    reconnect();
    expect(net.latest().actions().map((a) => a.action)).toEqual(["sync"]);
  });

  it("given the gateway throttled a message, then it stays sending and goes again with the same messageId, after a sync, on the same socket", () => {
    const { session, net, timers } = setup();
    net.latest().accept();
    session.send("Hi Santa!");
    net.latest().receive({ message: "Too Many Requests", connectionId: "abc=", requestId: "r1" });
    expect(session.state().notices).toEqual([]);
    expect(session.state().transcript.pending.map((p) => p.messageId)).toEqual(["m_1"]);
    timers.runNext();
    expect(net.sockets).toHaveLength(1);
    expect(net.latest().actions()).toEqual([
      { action: "sync", conversationId: C, after: 0 },
      { action: "sendMessage", conversationId: C, messageId: "m_1", text: "Hi Santa!" },
      { action: "sync", conversationId: C, after: 0 },
      { action: "sendMessage", conversationId: C, messageId: "m_1", text: "Hi Santa!" },
    ]);
  });

  it("given a notice, when it is dismissed, then it goes away", () => {
    const { session, net } = setup();
    net.latest().accept();
    net.latest().receive({ type: "error", code: "unknown_action", message: "no such action" });
    const [notice] = session.state().notices;
    session.dismissNotice(notice?.id ?? -1);
    expect(session.state().notices).toEqual([]);
  });

  it("tells subscribers about every change", () => {
    const { session, net } = setup();
    const seen: string[] = [];
    session.subscribe((s) => seen.push(s.connection));
    net.latest().accept();
    session.send("Hi");
    expect(seen).toEqual(["open", "open"]);
  });
});

describe("chat session: a conversation the server starts", () => {
  function fresh() {
    const net = fakeSockets();
    const timers = manualTimers();
    const started: [string, string][] = [];
    let kept: { conversationId?: string; key?: string } = {};
    let n = 0;
    const session = createChatSession({
      url: () => `ws://x/?token=t${kept.conversationId ? `&conversationId=${kept.conversationId}&key=${kept.key}` : ""}`,
      onConversationStarted: (conversationId, key) => {
        started.push([conversationId, key]);
        kept = { conversationId, key };
      },
      WebSocket: net.WebSocket,
      timers,
      random: () => 0.5,
      log: () => undefined,
      newMessageId: () => `m_${++n}`,
    });
    return { session, net, timers, started };
  }

  it("given no conversation, when the socket opens, then it syncs naming none, and sends nothing typed until the server names one", () => {
    const { session, net } = fresh();
    expect(net.latest().url).toBe("ws://x/?token=t");
    net.latest().accept();
    session.send("Hi Santa!");
    expect(net.latest().actions()).toEqual([{ action: "sync", after: 0 }]);
    expect(session.state().transcript.pending.map((p) => p.text)).toEqual(["Hi Santa!"]);

    net.latest().receive({ type: "conversation.started", conversationId: "s_new", key: "k1" });
    expect(net.latest().actions().slice(1)).toEqual([{ action: "sendMessage", conversationId: "s_new", messageId: "m_1", text: "Hi Santa!" }]);
    expect(session.state().transcript.conversationId).toBe("s_new");
  });

  it("hands the id and key on to keep, and rejoins with both after a drop", () => {
    const { net, timers, started } = fresh();
    net.latest().accept();
    net.latest().receive({ type: "conversation.started", conversationId: "s_new", key: "k1" });
    expect(started).toEqual([["s_new", "k1"]]);
    net.latest().drop();
    timers.runNext();
    expect(net.latest().url).toBe("ws://x/?token=t&conversationId=s_new&key=k1");
    net.latest().accept();
    expect(net.latest().actions()).toEqual([{ action: "sync", conversationId: "s_new", after: 0 }]);
  });

  it("given a conversation it cannot open, when it starts over, then it connects naming none and adopts the new one", () => {
    const net = fakeSockets();
    const timers = manualTimers();
    const session = createChatSession({ url: "ws://x/?token=t", conversationId: "c_old", WebSocket: net.WebSocket, timers, log: () => undefined });
    net.latest().refuse();
    session.startOver();
    net.latest().accept();
    expect(net.latest().actions()).toEqual([{ action: "sync", after: 0 }]);
    net.latest().receive({ type: "conversation.started", conversationId: "s_fresh", key: "k" });
    expect(session.state().transcript.conversationId).toBe("s_fresh");
  });

  it("refuses a message of only invisible characters like an empty one", () => {
    const { session } = fresh();
    expect(session.send("\u200b\u200d\u3164")).toEqual({ ok: false, reason: "empty" });
  });
});
