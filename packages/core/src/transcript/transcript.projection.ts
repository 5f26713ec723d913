// The transcript read model as a pure fold: messages and replies of one conversation, in order,
// with who is watching it. Folding an event twice changes nothing (Kinesis is at-least-once, and a
// child's retried send repeats its messageId).
import type { KringleEvent } from "../events/schemas.js";
import type { Entry, ReplyEntry, ReplyStatus, TranscriptChange } from "../protocol/frames.js";

export interface ReplyIndex {
  position: number;
  status: ReplyStatus;
}

/** What the projector keeps per conversation beside the entries themselves. */
export interface TranscriptMeta {
  conversationId: string;
  /** bumped on every change; saves are conditional on it */
  version: number;
  nextPosition: number;
  /** child connections that receive this conversation's deltas */
  watchers: string[];
  /** the latest connections that closed, so their opening read again does not bring them back */
  gone?: string[];
  /** the latest messages by id (for dropping resends and redeliveries), at most INDEX_LIMIT */
  messages: Record<string, number>;
  /** the latest replies by id, every one still streaming among them, at most INDEX_LIMIT finished */
  replies: Record<string, ReplyIndex>;
}

/**
 * How many message and reply ids the meta item remembers. Resends and redeliveries come within
 * seconds; remembering every id would grow the item (rewritten on every chunk) without bound.
 */
export const INDEX_LIMIT = 200;
const GONE_LIMIT = 100;

function trimmed<V>(index: Record<string, V>, positionOf: (v: V) => number, keep: (v: V) => boolean = () => false): Record<string, V> {
  const entries = Object.entries(index);
  if (entries.length <= INDEX_LIMIT) return index;
  const oldestFirst = entries.filter(([, v]) => !keep(v)).sort(([, a], [, b]) => positionOf(a) - positionOf(b));
  const drop = new Set(oldestFirst.slice(0, entries.length - INDEX_LIMIT).map(([id]) => id));
  return Object.fromEntries(entries.filter(([id]) => !drop.has(id)));
}

export interface TranscriptState {
  meta: TranscriptMeta;
  /** the entries loaded or written in this fold, by position (never the whole transcript) */
  entries: Record<number, Entry>;
}

export interface Push {
  to: string[];
  change: TranscriptChange;
}

export interface Folded {
  state: TranscriptState;
  /** positions whose entry changed and must be saved */
  dirty: number[];
  pushes: Push[];
}

export function emptyTranscript(conversationId: string): TranscriptState {
  return {
    meta: { conversationId, version: 0, nextPosition: 1, watchers: [], messages: {}, replies: {} },
    entries: {},
  };
}

const unchanged = (state: TranscriptState): Folded => ({ state, dirty: [], pushes: [] });

function changed(state: TranscriptState, meta: TranscriptMeta, entry: Entry | null, change: TranscriptChange | null, replay: boolean): Folded {
  const entries = entry ? { ...state.entries, [entry.position]: entry } : state.entries;
  return {
    state: { meta: { ...meta, version: meta.version + 1 }, entries },
    dirty: entry ? [entry.position] : [],
    pushes: change && !replay && meta.watchers.length ? [{ to: [...meta.watchers], change }] : [],
  };
}

/** The reply entry for `replyId` when it is loaded and still streaming. */
function streamingReply(state: TranscriptState, replyId: string): ReplyEntry | null {
  const index = state.meta.replies[replyId];
  if (!index || index.status !== "streaming") return null;
  const entry = state.entries[index.position];
  return entry?.kind === "reply" ? entry : null;
}

export function evolve(state: TranscriptState, event: KringleEvent): Folded {
  const { meta } = state;
  switch (event.type) {
    case "connection.opened": {
      const { connectionId, role } = event.data;
      if (role !== "child" || meta.watchers.includes(connectionId) || meta.gone?.includes(connectionId)) return unchanged(state);
      return changed(state, { ...meta, watchers: [...meta.watchers, connectionId] }, null, null, event.replay);
    }
    case "connection.closed": {
      const { connectionId } = event.data;
      if (!meta.watchers.includes(connectionId)) return unchanged(state);
      const watchers = meta.watchers.filter((c) => c !== connectionId);
      const gone = [...(meta.gone ?? []), connectionId].slice(-GONE_LIMIT);
      return changed(state, { ...meta, watchers, gone }, null, null, event.replay);
    }
    case "message.sent": {
      if (meta.messages[event.data.messageId] !== undefined) return unchanged(state);
      const position = meta.nextPosition;
      const entry: Entry = { kind: "message", position, messageId: event.data.messageId, text: event.data.text, at: event.at };
      const messages = trimmed({ ...meta.messages, [event.data.messageId]: position }, (p) => p);
      const next = { ...meta, nextPosition: position + 1, messages };
      return changed(state, next, entry, entry, event.replay);
    }
    case "reply.started": {
      const { replyId, inReplyTo } = event.data;
      if (meta.replies[replyId]) return unchanged(state);
      const position = meta.nextPosition;
      const entry: ReplyEntry = { kind: "reply", position, replyId, inReplyTo, text: "", lastSeq: -1, status: "streaming", at: event.at };
      const replies = trimmed(
        { ...meta.replies, [replyId]: { position, status: "streaming" as const } },
        (r) => r.position,
        (r) => r.status === "streaming",
      );
      const next = { ...meta, nextPosition: position + 1, replies };
      return changed(state, next, entry, { kind: "reply.started", position, replyId, inReplyTo, at: event.at }, event.replay);
    }
    case "reply.chunk": {
      const { replyId, seq, text } = event.data;
      const reply = streamingReply(state, replyId);
      // A chunk seen before (or older than one seen) is a redelivery.
      if (!reply || seq <= reply.lastSeq) return unchanged(state);
      const entry: ReplyEntry = { ...reply, text: reply.text + text, lastSeq: seq };
      return changed(state, meta, entry, { kind: "reply.chunk", position: reply.position, replyId, seq, text }, event.replay);
    }
    case "reply.completed": {
      const { replyId, text } = event.data;
      const reply = streamingReply(state, replyId);
      if (!reply) return unchanged(state);
      const entry: ReplyEntry = { ...reply, text, status: "completed" };
      const next = { ...meta, replies: { ...meta.replies, [replyId]: { position: reply.position, status: "completed" as const } } };
      return changed(state, next, entry, { kind: "reply.completed", position: reply.position, replyId, text }, event.replay);
    }
    case "reply.failed": {
      const { replyId, error, retryable } = event.data;
      const reply = streamingReply(state, replyId);
      if (!reply) return unchanged(state);
      const entry: ReplyEntry = { ...reply, status: "failed", error };
      const next = { ...meta, replies: { ...meta.replies, [replyId]: { position: reply.position, status: "failed" as const } } };
      return changed(state, next, entry, { kind: "reply.failed", position: reply.position, replyId, error, retryable }, event.replay);
    }
    default:
      return unchanged(state);
  }
}

/** Folds many events, collecting what to save and push. */
export function fold(state: TranscriptState, events: readonly KringleEvent[]): Folded {
  const dirty = new Set<number>();
  const pushes: Push[] = [];
  let current = state;
  for (const event of events) {
    const step = evolve(current, event);
    current = step.state;
    step.dirty.forEach((p) => dirty.add(p));
    pushes.push(...step.pushes);
  }
  return { state: current, dirty: [...dirty].sort((a, b) => a - b), pushes };
}
