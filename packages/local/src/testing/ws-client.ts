// A WebSocket test client that records every frame it receives and can wait for one.
import { createRequire } from "node:module";
import { changesOf, type ServerFrame } from "@kringle/core";
import type { WebSocket as WS } from "ws";
import { waitUntil } from "./wait-until.js";

const require = createRequire(import.meta.url);
const { WebSocket } = require("ws") as typeof import("ws");

/** A frame as the browser applies it: `transcript.deltas` is its `transcript.delta`s, in order. */
function unfolded(frame: ServerFrame): ServerFrame[] {
  if (frame.type !== "transcript.deltas") return [frame];
  return changesOf(frame).map((change) => ({ type: "transcript.delta", conversationId: frame.conversationId, change }));
}

export class TestClient {
  /** every frame, as received */
  readonly received: ServerFrame[] = [];
  /** every frame with each `transcript.deltas` unfolded into one `transcript.delta` per change */
  readonly frames: ServerFrame[] = [];
  closed: { code: number; reason: string } | undefined;

  private constructor(readonly ws: WS) {
    ws.on("message", (data) => {
      const frame = JSON.parse(String(data)) as ServerFrame;
      this.received.push(frame);
      this.frames.push(...unfolded(frame));
    });
    ws.on("close", (code, reason) => (this.closed = { code, reason: reason.toString() }));
    ws.on("error", () => undefined);
  }

  /** Opens a connection, or rejects with the HTTP status the handshake was refused with. */
  static open(url: string): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers: { "user-agent": "kringle-test" } });
      ws.once("open", () => resolve(new TestClient(ws)));
      ws.once("unexpected-response", (_req, res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => reject(new HandshakeRefused(res.statusCode ?? 0, body)));
        res.on("error", () => reject(new HandshakeRefused(res.statusCode ?? 0, body)));
      });
      ws.once("error", reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  waitFor<F extends ServerFrame>(predicate: (f: ServerFrame) => f is F, what?: string): Promise<F>;
  waitFor(predicate: (f: ServerFrame) => boolean, what?: string): Promise<ServerFrame>;
  waitFor(predicate: (f: ServerFrame) => boolean, what = "a frame"): Promise<ServerFrame> {
    return waitUntil(() => this.frames.find(predicate), { what });
  }

  errors() {
    return this.frames.filter((f) => f.type === "error");
  }

  waitClosed(): Promise<{ code: number; reason: string }> {
    return waitUntil(() => this.closed, { what: "the connection to close" });
  }

  close(): void {
    this.ws.close();
  }
}

export class HandshakeRefused extends Error {
  constructor(
    readonly status: number,
    /** the refusal's HTTP body: the gateway names the reason in it */
    readonly body = "",
  ) {
    super(`handshake refused with HTTP ${status}: ${body}`);
  }
}
