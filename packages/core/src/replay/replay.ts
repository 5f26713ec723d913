// A replay run: each recorded conversation's child messages played again, turn by turn, through a
// candidate prompt and model, against an in-memory log and transcript under the run's own scope, so
// nothing live is appended to, written or pushed; the result is a report beside the recorded replies.
import type { ArchiveReader, TimeRange } from "../archive/archive.port.js";
import type { RunScope } from "../events/ids.js";
import type { EventOf, KringleEvent } from "../events/schemas.js";
import type { ExtractionTurn } from "../gifts/extraction.js";
import { silentPusher, type EventLog } from "../ports/index.js";
import type { Model } from "../santa/model.js";
import type { Prompt } from "../santa/prompts.js";
import { replyTo } from "../santa/santa.reactor.js";
import { MemoryTranscriptStore } from "../transcript/transcript.memory.js";
import { allEntries } from "../transcript/transcript.port.js";
import { projectTranscript } from "../transcript/transcript.runner.js";
import { giftAgreement, giftsOf, regressions, replyMetrics, type RecordedReply, type ReplyMetrics } from "./replay.metrics.js";

export const REPORT_KIND = "kringle.replay";
export const REPORT_VERSION = 1;

export interface ReplayedReply {
  messageId: string;
  at: string;
  child: string;
  original: { text: string; metrics: ReplyMetrics } | null;
  candidate: { text: string; metrics: ReplyMetrics };
  differs: boolean;
  /** metrics worse than the baseline's (the recorded reply, or the baseline run's candidate) */
  regressions: string[];
}

export interface Totals {
  replies: number;
  chars: number;
  outputTokens: number;
  ttftMs: number;
  namesUsed: number;
  wishes: number;
  acknowledged: number;
  safetyHits: number;
  failed: number;
}

export interface ReplayedConversation {
  conversationId: string;
  gifts: { original: string[]; candidate: string[]; agreement: number };
  replies: ReplayedReply[];
  totals: { original: Totals; candidate: Totals };
  /** candidate minus baseline, per total (gift agreement included) */
  deltas: Record<keyof Totals | "giftAgreement", number>;
  differing: number;
  regressions: number;
}

export interface ReplayReport {
  kind: typeof REPORT_KIND;
  version: typeof REPORT_VERSION;
  runId: string;
  createdAt: string;
  prompt: string;
  model: string;
  baseline: string;
  range: TimeRange & { conversations: string[] | "all"; limit?: number };
  conversations: ReplayedConversation[];
  summary: { conversations: number; replies: number; differing: number; regressions: number; original: Totals; candidate: Totals; giftAgreement: number; durationMs: number };
}

export class EmptyReplayError extends Error {
  readonly code = "empty_replay";
}

export interface ReplayOptions {
  runId: RunScope;
  archive: ArchiveReader;
  model: Model;
  prompt: Prompt;
  range?: TimeRange;
  /** ids, or every conversation in the range */
  conversations?: string[] | "all";
  limit?: number;
  concurrency?: number;
  historyTokens?: number;
  /** a previous run's report: regressions and deltas are against its candidate replies */
  baseline?: ReplayReport;
  now?: () => number;
  onConversation?: (done: number, total: number) => void;
}

const emptyTotals = (): Totals => ({ replies: 0, chars: 0, outputTokens: 0, ttftMs: 0, namesUsed: 0, wishes: 0, acknowledged: 0, safetyHits: 0, failed: 0 });

function add(totals: Totals, m: ReplyMetrics): void {
  totals.replies++;
  totals.chars += m.chars;
  totals.outputTokens += m.outputTokens;
  totals.ttftMs += m.ttftMs;
  if (m.usedName) totals.namesUsed++;
  totals.wishes += m.wishes;
  totals.acknowledged += m.acknowledged;
  if (m.safety) totals.safetyHits++;
  if (m.status === "failed") totals.failed++;
}

/** The recorded reply to each message: the first that ended, live replies only. */
function recordedReplies(events: readonly KringleEvent[]): Map<string, RecordedReply> {
  const inReplyTo = new Map<string, string>();
  const out = new Map<string, RecordedReply>();
  for (const e of events) {
    if (e.replay) continue;
    if (e.type === "reply.started") inReplyTo.set(e.data.replyId, e.data.inReplyTo);
    const messageId = "replyId" in e.data ? inReplyTo.get(e.data.replyId) : undefined;
    if (!messageId || out.has(messageId)) continue;
    if (e.type === "reply.completed") {
      out.set(messageId, { text: e.data.text, stopReason: e.data.stopReason, ttftMs: e.data.ttftMs, outputTokens: e.data.usage.output, status: "completed" });
    } else if (e.type === "reply.failed") {
      out.set(messageId, { text: "", stopReason: e.data.error, ttftMs: 0, outputTokens: 0, status: "failed" });
    }
  }
  return out;
}

/** The replay's own log: it keeps what the run appends and folds it into the run's transcript, one append at a time. */
class MemoryLog implements EventLog {
  readonly events: KringleEvent[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  constructor(private readonly store: MemoryTranscriptStore) {}
  append(events: readonly KringleEvent[]): Promise<void> {
    const next = this.queue.then(async () => {
      this.events.push(...events);
      const byConversation = new Map<string, KringleEvent[]>();
      for (const e of events) byConversation.set(e.conversationId, [...(byConversation.get(e.conversationId) ?? []), e]);
      for (const [id, evs] of byConversation) await projectTranscript(id, evs, { store: this.store, pusher: silentPusher });
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}

async function replayConversation(conversationId: string, events: readonly KringleEvent[], options: ReplayOptions): Promise<ReplayedConversation> {
  const store = new MemoryTranscriptStore();
  const log = new MemoryLog(store);
  const recorded = recordedReplies(events);
  const seen = new Set<string>();
  const messages = events.filter((e): e is EventOf<"message.sent"> => e.type === "message.sent" && !e.replay && !seen.has(e.id) && Boolean(seen.add(e.id)));
  const originalTurns: ExtractionTurn[] = [];
  const candidateTurns: ExtractionTurn[] = [];
  const replies: ReplayedReply[] = [];
  const totals = { original: emptyTotals(), candidate: emptyTotals() };
  const baseline = options.baseline?.conversations.find((c) => c.conversationId === conversationId);

  // Santa skipped these live (the child wrote again before he answered): the run does the same, so
  // the next reply answers them together, as the recorded one did
  const skippedLive = new Set(events.flatMap((e) => (e.type === "reply.skipped" && !e.replay ? [e.data.messageId] : [])));

  for (const message of messages) {
    const child: ExtractionTurn = { role: "child", text: message.data.text, messageId: message.data.messageId };
    const replayed = { ...message, replay: true };
    await log.append([replayed]);
    if (skippedLive.has(message.data.messageId) && message !== messages.at(-1)) {
      originalTurns.push(child);
      candidateTurns.push(child);
      continue;
    }
    const outcome = await replyTo(replayed, {
      log,
      model: options.model,
      prompt: options.prompt,
      historyTokens: options.historyTokens,
      transcript: (id) => allEntries(store, id),
      scope: options.runId,
      now: options.now,
      // the day the child wrote: Santa's sense of the calendar is the original's
      today: () => new Date(message.at),
    });
    const ended = log.events.find((e) => (e.type === "reply.completed" || e.type === "reply.failed") && e.data.replyId === outcome.replyId);
    const candidateReply: RecordedReply =
      ended?.type === "reply.completed"
        ? { text: ended.data.text, stopReason: ended.data.stopReason, ttftMs: ended.data.ttftMs, outputTokens: ended.data.usage.output, status: "completed" }
        : { text: "", stopReason: ended?.type === "reply.failed" ? ended.data.error : "interrupted", ttftMs: 0, outputTokens: 0, status: "failed" };
    const original = recorded.get(message.data.messageId);

    originalTurns.push(child);
    candidateTurns.push(child);
    const originalMetrics = original ? replyMetrics(originalTurns, original) : null;
    const candidateMetrics = replyMetrics(candidateTurns, candidateReply);
    if (original) originalTurns.push({ role: "santa", text: original.text });
    candidateTurns.push({ role: "santa", text: candidateReply.text });

    const against = baseline ? baseline.replies.find((r) => r.messageId === message.data.messageId)?.candidate.metrics : originalMetrics;
    if (originalMetrics) add(totals.original, originalMetrics);
    add(totals.candidate, candidateMetrics);
    replies.push({
      messageId: message.data.messageId,
      at: message.at,
      child: message.data.text,
      original: original && originalMetrics ? { text: original.text, metrics: originalMetrics } : null,
      candidate: { text: candidateReply.text, metrics: candidateMetrics },
      differs: original?.text !== candidateReply.text,
      regressions: against ? regressions(candidateMetrics, against) : [],
    });
  }

  const originalGifts = giftsOf(originalTurns);
  const candidateGifts = giftsOf(candidateTurns);
  const agreement = giftAgreement(originalGifts, candidateGifts);
  const base = baseline ? baseline.totals.candidate : totals.original;
  const baseAgreement = baseline ? baseline.gifts.agreement : 1;
  const deltas = Object.fromEntries(Object.keys(base).map((k) => [k, totals.candidate[k as keyof Totals] - base[k as keyof Totals]])) as ReplayedConversation["deltas"];
  deltas.giftAgreement = Math.round((agreement - baseAgreement) * 1000) / 1000;
  return {
    conversationId,
    gifts: { original: originalGifts, candidate: candidateGifts, agreement },
    replies,
    totals,
    deltas,
    differing: replies.filter((r) => r.differs).length,
    regressions: replies.filter((r) => r.regressions.length).length + (agreement < baseAgreement ? 1 : 0),
  };
}

/** The conversations a run covers, in id order (so a report's order never depends on the archive's). */
export async function selectConversations(archive: ArchiveReader, options: Pick<ReplayOptions, "range" | "conversations" | "limit">): Promise<string[]> {
  let ids: string[];
  if (Array.isArray(options.conversations)) {
    ids = [...new Set(options.conversations)];
  } else {
    ids = [];
    for await (const page of archive.conversationIds(options.range)) ids.push(...page);
  }
  ids.sort();
  return options.limit ? ids.slice(0, options.limit) : ids;
}

async function eventsOf(archive: ArchiveReader, conversationId: string): Promise<KringleEvent[]> {
  const events: KringleEvent[] = [];
  for await (const page of archive.conversation(conversationId)) events.push(...page.map((a) => a.event));
  return events;
}

export async function runReplay(options: ReplayOptions): Promise<ReplayReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const ids = await selectConversations(options.archive, options);
  const played: (ReplayedConversation | undefined)[] = new Array(ids.length);
  let next = 0;
  let done = 0;
  // each worker reads one conversation at a time: memory holds a few, not the whole archive
  const worker = async () => {
    while (next < ids.length) {
      const i = next++;
      const events = await eventsOf(options.archive, ids[i]!);
      if (events.some((e) => e.type === "message.sent")) played[i] = await replayConversation(ids[i]!, events, options);
      options.onConversation?.(++done, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, ids.length)) }, worker));
  const results = played.filter((c): c is ReplayedConversation => c !== undefined);
  if (!results.length) {
    const where = Array.isArray(options.conversations) ? `conversations ${options.conversations.join(", ")}` : `the archive from ${options.range?.since ?? "its first event"} until ${options.range?.until ?? "now"}`;
    throw new EmptyReplayError(`no child's message to replay in ${where}`);
  }

  const summary = { conversations: results.length, replies: 0, differing: 0, regressions: 0, original: emptyTotals(), candidate: emptyTotals(), giftAgreement: 0, durationMs: 0 };
  for (const c of results) {
    summary.replies += c.replies.length;
    summary.differing += c.differing;
    summary.regressions += c.regressions;
    summary.giftAgreement += c.gifts.agreement;
    for (const side of ["original", "candidate"] as const) for (const k of Object.keys(c.totals[side]) as (keyof Totals)[]) summary[side][k] += c.totals[side][k];
  }
  summary.giftAgreement = Math.round((summary.giftAgreement / results.length) * 1000) / 1000;
  const ended = now();
  summary.durationMs = ended - started;
  return {
    kind: REPORT_KIND,
    version: REPORT_VERSION,
    runId: options.runId,
    createdAt: new Date(ended).toISOString(),
    prompt: options.prompt.version,
    model: options.model.id,
    baseline: options.baseline?.runId ?? "original",
    range: { ...options.range, conversations: options.conversations ?? "all", ...(options.limit ? { limit: options.limit } : {}) },
    conversations: results,
    summary,
  };
}
