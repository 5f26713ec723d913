// Drives N WebSocket clients, each sending M messages one after another and waiting for each
// reply, recording when each message left and when its first chunk and completion arrived.
import { createRequire } from "node:module";
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { changesOf, preciseNow, type TranscriptChange } from "@kringle/core";

const require = createRequire(import.meta.url);
const { WebSocket } = require("ws") as typeof import("ws");

export interface ReplyTiming {
  conversationId: string;
  messageId: string;
  sentAt: number;
  firstChunkAt?: number;
  completedAt?: number;
  replyIds: Set<string>;
  completions: number;
  chunkText: string;
  completedText?: string;
}

export interface LoadOptions {
  /** ws URL with the token, without conversationId */
  url: (conversationId: string) => string;
  clients: number;
  messages: number;
  /** per reply, before it counts as lost */
  replyTimeoutMs: number;
  /** a child reads the reply and writes again after about this long (±50 %) */
  thinkMs: number;
  /** the clients join over this long rather than all in the same millisecond */
  rampMs: number;
  runId: string;
}

const PROMPTS = [
  "Hi Santa! My name is Ava and I want a red bicycle.",
  "How many days until Christmas?",
  "What do the reindeer eat?",
  "Can I have a telescope please?",
  "Thank you Santa, goodbye!",
];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function runClient(o: LoadOptions, index: number, timings: ReplyTiming[]): Promise<void> {
  const conversationId = `c_bench_${o.runId}_${index}`;
  await pause((o.rampMs * index) / Math.max(1, o.clients));
  const ws = new WebSocket(o.url(conversationId));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const byMessage = new Map<string, ReplyTiming>();
  const byReply = new Map<string, ReplyTiming>();
  let waiting: (() => void) | undefined;
  ws.on("message", (raw) => {
    const now = preciseNow();
    const frame = JSON.parse(String(raw));
    for (const change of changesOf(frame)) onChange(change, now);
  });
  const onChange = (change: TranscriptChange, now: number) => {
    if (change.kind === "reply.started") {
      const t = byMessage.get(change.inReplyTo);
      if (t) {
        t.replyIds.add(change.replyId);
        byReply.set(change.replyId, t);
      }
    } else if (change.kind === "reply.chunk") {
      const t = byReply.get(change.replyId);
      if (!t) return;
      t.firstChunkAt ??= now;
      t.chunkText += change.text;
    } else if (change.kind === "reply.completed") {
      const t = byReply.get(change.replyId);
      if (!t) return;
      t.completions++;
      t.completedAt ??= now;
      t.completedText = change.text;
      waiting?.();
    }
  };
  for (let m = 0; m < o.messages; m++) {
    if (m > 0 && o.thinkMs > 0) await pause(o.thinkMs * (0.5 + Math.random()));
    const messageId = `m_${o.runId}_${index}_${m}`;
    const timing: ReplyTiming = { conversationId, messageId, sentAt: preciseNow(), replyIds: new Set(), completions: 0, chunkText: "" };
    byMessage.set(messageId, timing);
    timings.push(timing);
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, o.replyTimeoutMs);
      waiting = () => {
        if (timing.completedAt) {
          clearTimeout(timer);
          resolve();
        }
      };
    });
    ws.send(JSON.stringify({ action: "sendMessage", conversationId, messageId, text: PROMPTS[(index + m) % PROMPTS.length] }));
    await done;
  }
  // let late duplicates arrive before judging
  await new Promise((r) => setTimeout(r, 300));
  ws.close();
}

export async function runChatLoad(o: LoadOptions): Promise<{ timings: ReplyTiming[]; durationMs: number }> {
  const timings: ReplyTiming[] = [];
  const start = preciseNow();
  await Promise.all(Array.from({ length: o.clients }, (_, i) => runClient(o, i, timings)));
  return { timings, durationMs: preciseNow() - start };
}

export type ApartLoadOptions = Omit<LoadOptions, "url"> & { urlPrefix: string; conversationSecret?: string };

export function integrity(timings: readonly ReplyTiming[]) {
  const lost = timings.filter((t) => !t.completedAt).length;
  const doubled = timings.filter((t) => t.replyIds.size > 1 || t.completions > 1).length;
  const garbled = timings.filter((t) => t.completedAt && t.chunkText !== t.completedText).length;
  return { lost, doubled, garbled };
}

/**
 * Runs the load in a process of its own, as browsers are elsewhere: the clients' work does not
 * compete with the pipeline they measure. `urlPrefix` is the ws URL up to the conversationId;
 * with `conversationSecret` each client joins with its conversation's key.
 */
export function runChatLoadApart(o: ApartLoadOptions): Promise<{ timings: ReplyTiming[]; durationMs: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL("./chat-load.process.ts", import.meta.url)), { execArgv: ["--import", "tsx"], stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) => code && reject(new Error(`the load process exited with ${code}`)));
    child.once("message", (result: { timings: (Omit<ReplyTiming, "replyIds"> & { replyIds: string[] })[]; durationMs: number }) => {
      resolve({ ...result, timings: result.timings.map((t) => ({ ...t, replyIds: new Set(t.replyIds) })) });
      child.disconnect();
    });
    child.send(o);
  });
}
