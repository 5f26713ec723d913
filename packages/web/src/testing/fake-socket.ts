// Test doubles for the connection: a WebSocket whose life the test drives, and timers it runs by hand.
import type { ClientAction } from "@kringle/core/protocol";
import type { SocketLike, Timers } from "../chat/connection.js";

export interface FakeSocket extends SocketLike {
  url: string;
  sent: string[];
  closedByClient: boolean;
  /** the server accepted the handshake */
  accept(): void;
  /** the handshake failed (a refusal or no server): close without ever opening */
  refuse(): void;
  /** an open connection went away */
  drop(): void;
  receive(data: unknown): void;
  actions(): ClientAction[];
}

export function fakeSockets(): { WebSocket: new (url: string) => SocketLike; sockets: FakeSocket[]; latest(): FakeSocket } {
  const sockets: FakeSocket[] = [];
  class Socket implements FakeSocket {
    onopen: SocketLike["onopen"] = null;
    onmessage: SocketLike["onmessage"] = null;
    onclose: SocketLike["onclose"] = null;
    onerror: SocketLike["onerror"] = null;
    sent: string[] = [];
    closedByClient = false;
    constructor(readonly url: string) {
      sockets.push(this);
    }
    send(data: string) {
      this.sent.push(data);
    }
    close() {
      this.closedByClient = true;
    }
    accept() {
      this.onopen?.(new Event("open"));
    }
    refuse() {
      this.onerror?.(new Event("error"));
      this.onclose?.(new CloseEvent("close", { code: 1006 }));
    }
    drop() {
      this.onclose?.(new CloseEvent("close", { code: 1001 }));
    }
    receive(data: unknown) {
      this.onmessage?.(new MessageEvent("message", { data: typeof data === "string" ? data : JSON.stringify(data) }));
    }
    actions() {
      return this.sent.map((s) => JSON.parse(s) as ClientAction);
    }
  }
  return {
    WebSocket: Socket,
    sockets,
    latest() {
      const socket = sockets.at(-1);
      if (!socket) throw new Error("no socket was created");
      return socket;
    },
  };
}

export interface ManualTimers extends Timers {
  /** delays of the timers waiting, in the order they were set */
  waiting(): number[];
  /** runs the earliest-set waiting timer and returns its delay */
  runNext(): number;
}

export function manualTimers(): ManualTimers {
  let nextId = 1;
  const queue: { id: number; callback: () => void; ms: number }[] = [];
  return {
    setTimeout(callback, ms) {
      const id = nextId++;
      queue.push({ id, callback, ms });
      return id;
    },
    clearTimeout(handle) {
      const at = queue.findIndex((t) => t.id === handle);
      if (at !== -1) queue.splice(at, 1);
    },
    waiting: () => queue.map((t) => t.ms),
    runNext() {
      const timer = queue.shift();
      if (!timer) throw new Error("no timer is waiting");
      timer.callback();
      return timer.ms;
    },
  };
}
