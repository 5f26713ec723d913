import { describe, expect, it } from "vitest";
import { card, wish } from "../testing/gift-cards.js";
import { fakeSockets, manualTimers } from "../testing/fake-socket.js";
import { createElvesSession } from "./elves-session.js";

function start() {
  const net = fakeSockets();
  const timers = manualTimers();
  let now = 1_000;
  const session = createElvesSession({ url: "ws://h/?token=elf", WebSocket: net.WebSocket, timers, random: () => 0.5, log: () => undefined, now: () => now });
  return { net, timers, session, setNow: (ms: number) => (now = ms) };
}

const mia = (version: number, gifts: string[]) =>
  card("c_mia", "Mia", gifts.map((g) => wish(g, "2026-12-01T09:00:00.000Z")), { version });

describe("the elves' session", () => {
  it("asks for the list on every open, the first and after a reconnect", () => {
    const { net, timers, session } = start();
    net.latest().accept();
    expect(net.latest().actions()).toEqual([{ action: "watchGifts" }]);
    net.latest().receive({ type: "gifts.snapshot", children: [mia(1, ["red bike"])], complete: true });
    expect(session.state().board).toMatchObject({ loaded: true, refreshing: false });

    net.latest().drop();
    expect(session.state().connection).toBe("reconnecting");
    timers.runNext();
    net.latest().accept();
    expect(net.sockets).toHaveLength(2);
    expect(net.latest().actions()).toEqual([{ action: "watchGifts" }]);
    expect(session.state().board).toMatchObject({ loaded: true, refreshing: true });
    expect(Object.keys(session.state().board.children)).toEqual(["c_mia"]);
  });

  it("merges deltas by version and stamps when the last one came", () => {
    const { net, session, setNow } = start();
    net.latest().accept();
    net.latest().receive({ type: "gifts.snapshot", children: [mia(1, ["red bike"])], complete: true });
    setNow(5_000);
    net.latest().receive({ type: "gifts.delta", child: mia(3, ["red bike", "kitten"]) });
    net.latest().receive({ type: "gifts.delta", child: mia(2, ["red bike", "puppy"]) });
    expect(session.state().board.children.c_mia?.wishes.map((w) => w.gift)).toEqual(["red bike", "kitten"]);
    expect(session.state().board.lastUpdateAt).toBe(5_000);
  });

  it("given a child's link, when the server forbids the list, then it says so and stops trying", () => {
    const { net, timers, session } = start();
    net.latest().accept();
    net.latest().receive({ type: "error", code: "forbidden", message: "only elves may watch the gift list", ref: "watchGifts" });
    expect(session.state().forbidden).toBe("only elves may watch the gift list");
    expect(net.latest().closedByClient).toBe(true);
    expect(timers.waiting()).toEqual([]);
  });

  it("keeps another error the server sends about the list", () => {
    const { net, session } = start();
    net.latest().accept();
    net.latest().receive({ type: "error", code: "unknown_action", message: "no such action: watchGifts" });
    expect(session.state().problem).toEqual({ code: "unknown_action", message: "no such action: watchGifts" });
    expect(session.state().board.loaded).toBe(false);
  });

  it("opens a child's conversation with sync, folds its transcript in, and reads on when the child's card changes", () => {
    const { net, session } = start();
    net.latest().accept();
    net.latest().receive({ type: "gifts.snapshot", children: [mia(1, ["puppy"])], complete: true });
    session.open("c_mia");
    expect(net.latest().actions().at(-1)).toEqual({ action: "sync", conversationId: "c_mia", after: 0 });
    expect(session.state().opened).toMatchObject({ conversationId: "c_mia", loading: true });

    net.latest().receive({
      type: "transcript.snapshot",
      conversationId: "c_mia",
      complete: true,
      entries: [
        { kind: "message", position: 1, messageId: "m1", text: "I'm Mia and I'd love a puppy", at: "2026-12-01T09:00:00.000Z" },
        { kind: "reply", position: 2, replyId: "r1", inReplyTo: "m1", text: "A puppy!", lastSeq: 0, status: "completed", at: "2026-12-01T09:00:01.000Z" },
      ],
    });
    // another conversation's transcript is not this one's
    net.latest().receive({ type: "transcript.snapshot", conversationId: "c_leo", complete: true, entries: [] });
    expect(session.state().opened).toMatchObject({ loading: false });
    expect(session.state().opened?.transcript.entries.map((e) => e.text)).toEqual(["I'm Mia and I'd love a puppy", "A puppy!"]);

    net.latest().receive({ type: "gifts.delta", child: mia(2, ["kitten"]) });
    expect(net.latest().actions().at(-1)).toEqual({ action: "sync", conversationId: "c_mia", after: 2 });
  });

  it("syncs the open conversation again after a reconnect, and forgets it when closed", () => {
    const { net, timers, session } = start();
    net.latest().accept();
    session.open("c_mia");
    net.latest().drop();
    timers.runNext();
    net.latest().accept();
    expect(net.latest().actions()).toEqual([{ action: "watchGifts" }, { action: "sync", conversationId: "c_mia", after: 0 }]);
    session.closeOpened();
    expect(session.state().opened).toBeUndefined();
  });

  it("shows a refused sync in the open conversation, not as a problem with the list", () => {
    const { net, session } = start();
    net.latest().accept();
    session.open("c_gone");
    net.latest().receive({ type: "error", code: "invalid_frame", message: "conversationId: use letters", ref: "sync" });
    expect(session.state().opened).toMatchObject({ loading: false, error: "conversationId: use letters" });
    expect(session.state().problem).toBeUndefined();
  });
});
