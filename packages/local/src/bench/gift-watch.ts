// The elves' side of the benchmark: a dashboard connection that watches the gift list and notes
// when each wish first shows up, so the bench can report message sent → gifts.delta.
import { createRequire } from "node:module";
import type { ServerFrame } from "@kringle/core";
import type { WebSocket as WS } from "ws";
import type { ReplyTiming } from "./chat-load.js";

const require = createRequire(import.meta.url);
const { WebSocket } = require("ws") as typeof import("ws");

export interface GiftWatch {
  /** for each wish that reached the dashboard, how long after its message was sent (ms) */
  latencies(timings: readonly ReplyTiming[]): number[];
  close(): void;
}

export async function watchGifts(url: string): Promise<GiftWatch> {
  const ws: WS = new WebSocket(url);
  const firstSeen = new Map<string, number>();
  ws.on("message", (data) => {
    const frame = JSON.parse(String(data)) as ServerFrame;
    if (frame.type !== "gifts.delta") return;
    const at = Date.now();
    for (const wish of frame.child.wishes) {
      const key = `${frame.child.conversationId}\u0000${wish.messageId}\u0000${wish.giftId}`;
      if (wish.status === "wished" && !firstSeen.has(key)) firstSeen.set(key, at);
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  ws.send(JSON.stringify({ action: "watchGifts" }));
  return {
    latencies(timings) {
      const sentAt = new Map(timings.map((t) => [t.messageId, t.sentAt]));
      const out: number[] = [];
      for (const [key, at] of firstSeen) {
        const sent = sentAt.get(key.split("\u0000")[1]!);
        if (sent !== undefined) out.push(at - sent);
      }
      return out;
    },
    close: () => ws.close(),
  };
}
