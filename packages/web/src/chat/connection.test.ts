import type { ClientAction } from "@kringle/core/protocol";
import { describe, expect, it, vi } from "vitest";
import { fakeSockets, manualTimers } from "../testing/fake-socket.js";
import { backoffDelay, createConnection, isGatewayNotice, type ConnectionOptions, type ConnectionState } from "./connection.js";

const URL = "ws://127.0.0.1:3000/?token=t&conversationId=c_test";

/** lets an answer that is already on its way arrive (askWhy resolves in microtasks) */
const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(overrides: Partial<ConnectionOptions> = {}) {
  const net = fakeSockets();
  const timers = manualTimers();
  const frames: unknown[] = [];
  const states: ConnectionState[] = [];
  const log = vi.fn();
  const connection = createConnection({
    url: URL,
    WebSocket: net.WebSocket,
    timers,
    random: () => 0.5,
    log,
    onFrame: (f) => frames.push(f),
    onState: (s) => states.push(s),
    ...overrides,
  });
  return { connection, net, timers, frames, states, log };
}

describe("connection: backoff", () => {
  it("given the server keeps failing, then retries wait 0.25 s doubling up to 2 s", () => {
    const { net, timers } = setup();
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      net.latest().refuse();
      delays.push(timers.runNext());
    }
    expect(delays).toEqual([250, 500, 1000, 2000, 2000, 2000, 2000, 2000]);
    expect(net.sockets).toHaveLength(9);
    expect(net.sockets.every((s) => s.url === URL)).toBe(true);
  });

  it("spreads each wait by up to a quarter either way, never past 2 s", () => {
    expect(backoffDelay(0, 0)).toBe(188);
    expect(backoffDelay(0, 0.999)).toBe(312);
    expect(backoffDelay(2, 0.25)).toBe(875);
    expect(backoffDelay(10, 0.999)).toBe(2000);
    expect(backoffDelay(10, 0)).toBe(1500);
  });

  it("given a connection that opened, when it drops after failures before, then the first retry waits 0.25 s again", () => {
    const { net, timers } = setup();
    net.latest().refuse();
    timers.runNext();
    net.latest().refuse();
    timers.runNext();
    net.latest().accept();
    net.latest().drop();
    expect(timers.waiting()).toEqual([250]);
  });

  it("given a wait before the next attempt, when retryNow is called, then it connects at once", () => {
    const { net, timers, connection } = setup();
    net.latest().refuse();
    connection.retryNow();
    expect(timers.waiting()).toEqual([]);
    expect(net.sockets).toHaveLength(2);
  });

  it("given the connection is closed, then it does not reconnect", () => {
    const { net, timers, connection } = setup();
    const socket = net.latest();
    socket.accept();
    connection.close();
    socket.drop();
    expect(socket.closedByClient).toBe(true);
    expect(timers.waiting()).toEqual([]);
    expect(net.sockets).toHaveLength(1);
  });
});

describe("connection: states", () => {
  it("goes connecting → open → reconnecting → open", () => {
    const { net, timers, connection, states } = setup();
    expect(connection.state).toBe("connecting");
    net.latest().accept();
    net.latest().drop();
    timers.runNext();
    net.latest().accept();
    expect(states).toEqual(["open", "reconnecting", "open"]);
  });

  it("given five failures before ever opening, then it says the link looks refused, and still recovers if the server answers", () => {
    const { net, timers, connection } = setup();
    const seen: ConnectionState[] = [];
    for (let i = 0; i < 5; i++) {
      net.latest().refuse();
      seen.push(connection.state);
      timers.runNext();
    }
    expect(seen).toEqual(["connecting", "connecting", "connecting", "connecting", "offline"]);
    net.latest().accept();
    expect(connection.state).toBe("open");
  });

  it("given the server says the link is refused, then it says so after the first failure, before any second attempt", async () => {
    const asked: string[] = [];
    const { net, timers, connection } = setup({ askWhy: async () => (asked.push("why"), "refused") });
    net.latest().refuse();
    expect(connection.state).toBe("connecting");
    await vi.waitFor(() => expect(connection.state).toBe("offline"));
    expect(asked).toEqual(["why"]);
    expect(net.sockets).toHaveLength(1);
    // attempts go on, with the usual backoff, without asking again
    expect(timers.waiting()).toEqual([250]);
    timers.runNext();
    net.latest().refuse();
    expect(connection.state).toBe("offline");
    expect(timers.waiting()).toEqual([500]);
    expect(asked).toEqual(["why"]);
    timers.runNext();
    net.latest().accept();
    expect(connection.state).toBe("open");
  });

  it("given a failure before any open, then the next attempt waits for the server's answer, and no longer than 2 s", async () => {
    let answer!: (verdict: "allowed") => void;
    const { net, timers } = setup({ askWhy: () => new Promise((resolve) => (answer = resolve)) });
    net.latest().refuse();
    expect(timers.waiting()).toEqual([2000]);
    answer("allowed");
    await vi.waitFor(() => expect(timers.waiting()).toEqual([250]));
    timers.runNext();
    expect(net.sockets).toHaveLength(2);

    const silent = setup({ askWhy: () => new Promise(() => undefined) });
    silent.net.latest().refuse();
    expect(silent.timers.runNext()).toBe(2000);
    expect(silent.timers.waiting()).toEqual([250]);
  });

  it("given a wait for the server's answer, when retryNow is called, then it connects at once, and the late answer adds no attempt", async () => {
    let answer!: (verdict: "unreachable") => void;
    const { net, timers, connection } = setup({ askWhy: () => new Promise((resolve) => (answer = resolve)) });
    net.latest().refuse();
    connection.retryNow();
    expect(net.sockets).toHaveLength(2);
    answer("unreachable");
    await settle();
    expect(timers.waiting()).toEqual([]);
    expect(net.sockets).toHaveLength(2);
  });

  it("given the server cannot be reached, then however many attempts fail it never calls the link wrong", async () => {
    const { net, timers, connection } = setup({ askWhy: async () => "unreachable" });
    for (let i = 0; i < 8; i++) {
      net.latest().refuse();
      await settle();
      timers.runNext();
    }
    expect(net.sockets).toHaveLength(9);
    expect(connection.state).toBe("connecting");
  });

  it("given a server that cannot say why, then five failures still mark the link refused", async () => {
    const { net, timers, connection } = setup({ askWhy: async () => "unknown" });
    for (let i = 0; i < 4; i++) {
      net.latest().refuse();
      await settle();
      expect(connection.state).toBe("connecting");
      timers.runNext();
    }
    net.latest().refuse();
    await vi.waitFor(() => expect(connection.state).toBe("offline"));
  });

  it("given it opened once, when many attempts fail afterwards, then it keeps reconnecting rather than calling the link wrong", () => {
    const { net, timers, connection } = setup();
    net.latest().accept();
    net.latest().drop();
    for (let i = 0; i < 8; i++) {
      timers.runNext();
      net.latest().refuse();
    }
    expect(connection.state).toBe("reconnecting");
  });
});

describe("connection: greeting and sending", () => {
  it("sends the greeting, freshly made, on every open", () => {
    let after = 0;
    const greeting = (): ClientAction[] => [{ action: "sync", conversationId: "c_test", after }];
    const { net, timers } = setup({ greeting });
    net.latest().accept();
    after = 4;
    net.latest().drop();
    timers.runNext();
    net.latest().accept();
    expect(net.sockets.map((s) => s.actions())).toEqual([
      [{ action: "sync", conversationId: "c_test", after: 0 }],
      [{ action: "sync", conversationId: "c_test", after: 4 }],
    ]);
  });

  it("given no open socket, then send says false and sends nothing", () => {
    const { net, connection } = setup();
    const action: ClientAction = { action: "sync", conversationId: "c_test", after: 0 };
    expect(connection.send(action)).toBe(false);
    net.latest().accept();
    expect(connection.send(action)).toBe(true);
    expect(net.latest().actions()).toEqual([action]);
  });
});

describe("connection: incoming frames", () => {
  it("hands on valid frames and ignores (and logs) anything else", () => {
    const { net, frames, log } = setup();
    const socket = net.latest();
    socket.accept();
    const valid = { type: "error", code: "internal", message: "try again" };
    socket.receive("not json {");
    socket.receive({ type: "transcript.delta", conversationId: "c_test", change: { kind: "reply.chunk", position: 2 } });
    socket.receive({ type: "surprise" });
    socket.onmessage?.(new MessageEvent("message", { data: new ArrayBuffer(2) }));
    socket.receive(valid);
    expect(frames).toEqual([valid]);
    expect(log).toHaveBeenCalledTimes(4);
  });

  it("ignores a socket it has already replaced", () => {
    const { net, timers, frames } = setup();
    const first = net.latest();
    first.accept();
    first.drop();
    timers.runNext();
    first.receive({ type: "error", code: "internal", message: "stale" });
    expect(frames).toEqual([]);
  });
});

describe("connection: a frame the gateway did not hand on", () => {
  const greeting = (): ClientAction[] => [{ action: "sync", conversationId: "c_test", after: 3 }];
  const THROTTLED = { message: "Too Many Requests", connectionId: "abc=", requestId: "r1" };

  it("given the gateway's notice, then the greeting goes again on the same socket after 1 s, doubling to 30 s while notices keep coming", () => {
    const { net, timers, frames } = setup({ greeting });
    net.latest().accept();
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      net.latest().receive(THROTTLED);
      // one wait at a time, however many notices come meanwhile
      net.latest().receive(THROTTLED);
      expect(timers.waiting()).toHaveLength(1);
      delays.push(timers.runNext());
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(net.sockets).toHaveLength(1);
    expect(net.latest().actions()).toEqual(Array.from({ length: 8 }, () => greeting()[0]));
    expect(frames).toEqual([]);
  });

  it("given a frame of kringle's between notices, then the next wait is 1 s again", () => {
    const { net, timers } = setup({ greeting });
    net.latest().accept();
    net.latest().receive(THROTTLED);
    timers.runNext();
    net.latest().receive(THROTTLED);
    timers.runNext();
    net.latest().receive({ type: "transcript.snapshot", conversationId: "c_test", entries: [], complete: true });
    net.latest().receive(THROTTLED);
    expect(timers.waiting()).toEqual([1000]);
  });

  it("given the socket drops while a greeting waits, then the gone socket sends nothing more: the next one greets by itself, once", () => {
    const { net, timers } = setup({ greeting });
    net.latest().accept();
    net.latest().receive({ message: "Internal server error", connectionId: "abc=", requestId: "r2" });
    const gone = net.latest();
    gone.drop();
    expect(timers.waiting()).toEqual([1000, 250]);
    timers.runNext();
    timers.runNext();
    net.latest().accept();
    expect(gone.actions()).toEqual(greeting());
    expect(net.latest().actions()).toEqual(greeting());
    expect(timers.waiting()).toEqual([]);
  });

  it("tells the gateway's notice from kringle's frames and from anything else", () => {
    expect(isGatewayNotice({ message: "Too Many Requests", connectionId: "a", requestId: "b" })).toBe(true);
    expect(isGatewayNotice({ message: "Forbidden" })).toBe(true);
    expect(isGatewayNotice({ type: "error", code: "internal", message: "try again" })).toBe(false);
    expect(isGatewayNotice({ message: 42 })).toBe(false);
    expect(isGatewayNotice(["message"])).toBe(false);
    expect(isGatewayNotice(null)).toBe(false);
    expect(backoffDelay(0, 0, 1000, 30000)).toBe(750);
    expect(backoffDelay(20, 0.999, 1000, 30000)).toBe(30000);
  });
});
