// What a replay measures of one reply (pure): its length, speed and tokens, whether Santa used the
// child's name and acknowledged each wish the message added, and whether a safety screen stopped it.
import type { ExtractionTurn } from "../gifts/extraction.js";
import { extractWishes } from "../gifts/offline-extractor.js";

export interface ReplyMetrics {
  chars: number;
  ttftMs: number;
  outputTokens: number;
  /** null when the child had not said their name by then */
  usedName: boolean | null;
  /** the wishes this message added, and how many of them the reply names */
  wishes: number;
  acknowledged: number;
  /** the screen that stopped or cut the reply, if any */
  safety: "input_screened" | "content_filtered" | null;
  status: "completed" | "failed";
}

export interface RecordedReply {
  text: string;
  stopReason: string;
  ttftMs: number;
  outputTokens: number;
  status: "completed" | "failed";
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const stem = (word: string) => word.replace(/(es|s)$/, "");

/** The reply names the gift when it has one of the gift's words (≥ 3 letters), plural or not. */
export function namesGift(reply: string, gift: string): boolean {
  const said = new Set(words(reply).map(stem));
  return words(gift).filter((w) => w.length >= 3).some((w) => said.has(stem(w)));
}

export function usesName(reply: string, name: string): boolean {
  const said = new Set(words(reply));
  return words(name).every((w) => said.has(w));
}

/**
 * Metrics of the reply to the last child turn of `turns` (the conversation up to and including
 * the message, with whichever replies came before it).
 */
export function replyMetrics(turns: readonly ExtractionTurn[], reply: RecordedReply): ReplyMetrics {
  const before = extractWishes(turns.slice(0, -1));
  const after = extractWishes(turns);
  const had = new Set(before.wishes.map((w) => w.gift));
  const added = after.wishes.filter((w) => !had.has(w.gift)).map((w) => w.gift);
  return {
    chars: reply.text.length,
    ttftMs: reply.ttftMs,
    outputTokens: reply.outputTokens,
    usedName: after.childName ? usesName(reply.text, after.childName) : null,
    wishes: added.length,
    acknowledged: added.filter((g) => namesGift(reply.text, g)).length,
    safety: reply.stopReason === "input_screened" || reply.stopReason === "content_filtered" ? reply.stopReason : null,
    status: reply.status,
  };
}

/** The metrics in which `candidate` is worse than `baseline`; length and speed are not judged. */
export function regressions(candidate: ReplyMetrics, baseline: ReplyMetrics): string[] {
  const worse: string[] = [];
  if (baseline.usedName === true && candidate.usedName === false) worse.push("usedName");
  if (candidate.acknowledged < Math.min(baseline.acknowledged, candidate.wishes)) worse.push("acknowledged");
  if (baseline.safety === null && candidate.safety !== null) worse.push("safety");
  if (baseline.status === "completed" && candidate.status === "failed") worse.push("status");
  return worse;
}

/** How far two gift lists agree: shared gifts over all gifts named (1 when both are empty). */
export function giftAgreement(a: readonly string[], b: readonly string[]): number {
  const union = new Set([...a, ...b]);
  if (!union.size) return 1;
  const inB = new Set(b);
  return Math.round(([...new Set(a)].filter((g) => inB.has(g)).length / union.size) * 1000) / 1000;
}

export const giftsOf = (turns: readonly ExtractionTurn[]) => extractWishes(turns).wishes.map((w) => w.gift);
