// The flood case (issue 8): the same chat load twice, quiet and with one child flooding sendMessage
// from one socket throughout; the other children's first-token latency is compared between the
// two. The rate limits should keep the flood from reaching the pipeline (target: p99 within 1.2×).
import { createRequire } from "node:module";
import { rmSync } from "node:fs";
import { changesOf, conversationKey, preciseNow } from "@kringle/core";
import { startKringle, type Kringle } from "../runtime.js";
import { tempDataDir } from "../testing/test-kringle.js";
import { runChatLoadApart, integrity, type ReplyTiming } from "./chat-load.js";
import { summarize, type Summary } from "./stats.js";

const require = createRequire(import.meta.url);
const { WebSocket } = require("ws") as typeof import("ws");

export interface FloodOptions {
  clients: number;
  messages: number;
  wordMs: number;
  thinkMs: number;
  rampMs: number;
  /** sendMessage frames a second from the flooding child */
  floodPerSecond: number;
}

export interface FloodRun {
  /** the other children: their send → first chunk */
  firstToken: Summary;
  lost: number;
  /** the flooder's frames: sent, refused with rate_limited, recorded (a message delta came back), and Santa's replies it got */
  flood: { sent: number; rateLimited: number; recorded: number; replies: number };
}

/** One child sending as fast as told until stopped, counting what came back. */
function startFlooder(k: Kringle, perSecond: number) {
  const conversationId = "c_flooder";
  const key = conversationKey(k.config.conversationSecret, conversationId);
  const ws = new WebSocket(`${k.wsUrl}/?token=${k.config.accessToken}&conversationId=${conversationId}&key=${key}`);
  const counts = { sent: 0, rateLimited: 0, recorded: 0, replies: 0 };
  ws.on("message", (raw) => {
    const frame = JSON.parse(String(raw));
    if (frame.type === "error" && frame.code === "rate_limited") counts.rateLimited++;
    const changes = changesOf(frame);
    counts.recorded += changes.filter((c) => c.kind === "message").length;
    // one reply at a time: messages sent while Santa writes are answered together
    counts.replies += changes.filter((c) => c.kind === "reply.started").length;
  });
  let timer: NodeJS.Timeout | undefined;
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => {
      const perTick = Math.max(1, Math.round(perSecond / 100));
      timer = setInterval(() => {
        for (let i = 0; i < perTick; i++) {
          const n = counts.sent++;
          ws.send(JSON.stringify({ action: "sendMessage", conversationId, messageId: `m_flood_${n}`, text: `I want ${n} ponies` }));
        }
      }, 10);
      resolve();
    });
    ws.once("error", reject);
  });
  return {
    opened,
    stop() {
      clearInterval(timer);
      ws.close();
      return counts;
    },
  };
}

async function run(o: FloodOptions, flooded: boolean): Promise<FloodRun> {
  const dataDir = tempDataDir();
  const k = await startKringle({ dataDir, port: 0, offlineWordMs: o.wordMs, logLevel: "ERROR" });
  try {
    const flooder = flooded ? startFlooder(k, o.floodPerSecond) : undefined;
    await flooder?.opened;
    const load = await runChatLoadApart({
      urlPrefix: `${k.wsUrl}/?token=${k.config.accessToken}&conversationId=`,
      conversationSecret: k.config.conversationSecret,
      clients: o.clients,
      messages: o.messages,
      replyTimeoutMs: 30_000,
      thinkMs: o.thinkMs,
      rampMs: o.rampMs,
      runId: flooded ? "flooded" : "quiet",
    });
    const flood = flooder?.stop() ?? { sent: 0, rateLimited: 0, recorded: 0, replies: 0 };
    await k.whenCaughtUp(60_000);
    return { firstToken: firstTokens(load.timings), lost: integrity(load.timings).lost, flood };
  } finally {
    await k.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const firstTokens = (timings: readonly ReplyTiming[]) =>
  summarize(timings.flatMap((t) => (t.firstChunkAt === undefined ? [] : [t.firstChunkAt - t.sentAt])));

export async function runFloodCase(o: FloodOptions): Promise<{ quiet: FloodRun; flooded: FloodRun; p99Ratio: number; ms: number }> {
  const start = preciseNow();
  // a short run first, discarded: whichever case ran first would otherwise pay for a cold start
  await run({ ...o, clients: Math.min(5, o.clients), messages: 1 }, false);
  const quiet = await run(o, false);
  const flooded = await run(o, true);
  return { quiet, flooded, p99Ratio: flooded.firstToken.p99 / quiet.firstToken.p99, ms: preciseNow() - start };
}
