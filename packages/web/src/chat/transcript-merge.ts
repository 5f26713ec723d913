// The browser's copy of one conversation: folds snapshot and delta frames in exactly once, and
// tracks the messages this tab sent that the transcript has not shown back yet.
import type {
  Entry,
  MessageEntry,
  ReplyEntry,
  ReplyStatus,
  ServerFrame,
  TranscriptChange,
} from "@kringle/core/protocol/browser";

/** A reply as the browser holds it: chunks that arrived ahead of a gap wait in `held` by seq. */
export interface TranscriptReply extends ReplyEntry {
  held: Readonly<Record<number, string>>;
}
export type TranscriptEntry = MessageEntry | TranscriptReply;

/** A message this tab sent that has not come back as a transcript entry yet. */
export interface PendingMessage {
  messageId: string;
  text: string;
}

export interface Transcript {
  conversationId: string;
  /** one entry per position, in position order */
  entries: readonly TranscriptEntry[];
  /** oldest first */
  pending: readonly PendingMessage[];
}

/** What the chat shows, in order: the transcript, then the messages still on their way. */
export type TimelineItem =
  | { kind: "message"; id: string; messageId: string; text: string; status: "sending" | "sent" }
  | {
      kind: "reply";
      id: string;
      replyId: string;
      inReplyTo: string;
      text: string;
      status: ReplyStatus;
      error?: string;
    };

export function emptyTranscript(conversationId: string): Transcript {
  return { conversationId, entries: [], pending: [] };
}

/** Folds in a server frame; frames for another conversation, and frames that are not the transcript's, change nothing. */
export function applyFrame(transcript: Transcript, frame: ServerFrame): Transcript {
  if (!("conversationId" in frame) || frame.conversationId !== transcript.conversationId) return transcript;
  if (frame.type === "transcript.snapshot") return applyEntries(transcript, frame.entries);
  if (frame.type === "transcript.delta") return applyChange(transcript, frame.change);
  return frame.type === "transcript.deltas" ? frame.changes.reduce(applyChange, transcript) : transcript;
}

/** Folds in snapshot entries; entries the transcript already holds, or holds further along, change nothing. */
export function applyEntries(transcript: Transcript, entries: readonly Entry[]): Transcript {
  return entries.reduce(
    (t, entry) => (entry.kind === "message" ? putMessage(t, entry) : putReply(t, entry)),
    transcript,
  );
}

/** Folds in one delta; one seen before changes nothing. */
export function applyChange(transcript: Transcript, change: TranscriptChange): Transcript {
  switch (change.kind) {
    case "message":
      return putMessage(transcript, change);
    case "reply.started": {
      const existing = replyAt(transcript, change.position, change.replyId);
      if (existing === "other" || existing === undefined) {
        return put(transcript, { ...newReply(change.position, change.replyId), inReplyTo: change.inReplyTo, at: change.at });
      }
      return existing.inReplyTo === ""
        ? put(transcript, { ...existing, inReplyTo: change.inReplyTo, at: change.at })
        : transcript;
    }
    case "reply.chunk": {
      const existing = replyAt(transcript, change.position, change.replyId);
      if (existing === "other") return transcript;
      const reply = existing ?? newReply(change.position, change.replyId);
      if (reply.status !== "streaming" || change.seq <= reply.lastSeq || change.seq in reply.held) return transcript;
      return put(transcript, drain({ ...reply, held: { ...reply.held, [change.seq]: change.text } }));
    }
    case "reply.completed": {
      const existing = replyAt(transcript, change.position, change.replyId);
      const reply = existing === "other" || existing === undefined ? newReply(change.position, change.replyId) : existing;
      if (reply.status === "completed" && reply.text === change.text) return transcript;
      return put(transcript, { ...withoutError(reply), text: change.text, status: "completed", held: {} });
    }
    case "reply.failed": {
      const existing = replyAt(transcript, change.position, change.replyId);
      const reply = existing === "other" || existing === undefined ? newReply(change.position, change.replyId) : existing;
      if (reply.status === "failed" && reply.error === change.error) return transcript;
      return put(transcript, { ...reply, status: "failed", error: change.error, held: {} });
    }
  }
}

/** Remembers a message this tab is sending; it shows as "sending" until the transcript has it. */
export function addPending(transcript: Transcript, message: PendingMessage): Transcript {
  const known =
    transcript.pending.some((p) => p.messageId === message.messageId) ||
    transcript.entries.some((e) => e.kind === "message" && e.messageId === message.messageId);
  return known ? transcript : { ...transcript, pending: [...transcript.pending, message] };
}

/** Forgets a message the server refused (it will never appear in the transcript). */
export function dropPending(transcript: Transcript, messageId: string): Transcript {
  const pending = transcript.pending.filter((p) => p.messageId !== messageId);
  return pending.length === transcript.pending.length ? transcript : { ...transcript, pending };
}

/**
 * The `after` for a sync: the highest position P such that positions 1…P are all held and final
 * (a message, or a reply that completed or failed). Everything past it is asked for again.
 */
export function syncAfter(transcript: Transcript): number {
  let after = 0;
  for (const entry of transcript.entries) {
    if (entry.position !== after + 1 || !isFinal(entry)) break;
    after = entry.position;
  }
  return after;
}

export function timeline(transcript: Transcript): TimelineItem[] {
  const items: TimelineItem[] = transcript.entries.map((entry) =>
    entry.kind === "message"
      ? { kind: "message", id: `m:${entry.messageId}`, messageId: entry.messageId, text: entry.text, status: "sent" }
      : {
          kind: "reply",
          id: `r:${entry.replyId}`,
          replyId: entry.replyId,
          inReplyTo: entry.inReplyTo,
          text: entry.text,
          status: entry.status,
          ...(entry.error === undefined ? {} : { error: entry.error }),
        },
  );
  for (const p of transcript.pending) {
    items.push({ kind: "message", id: `m:${p.messageId}`, messageId: p.messageId, text: p.text, status: "sending" });
  }
  return items;
}

/**
 * True from the child's latest message being recorded until a reply to it starts, while no other
 * reply is being written (its bubble shows that Santa is busy). Messages the child sent while he
 * was busy are answered together by one reply to the latest: the earlier ones never get their own,
 * so only the latest is waited for.
 */
export function santaIsThinking(transcript: Transcript): boolean {
  const latest = transcript.entries.findLast((e) => e.kind === "message");
  if (!latest) return false;
  return !transcript.entries.some((e) => e.kind === "reply" && (e.status === "streaming" || e.inReplyTo === latest.messageId));
}

function isFinal(entry: TranscriptEntry): boolean {
  return entry.kind === "message" || entry.status !== "streaming";
}

function putMessage(transcript: Transcript, message: MessageEntry): Transcript {
  const confirmed = dropPending(transcript, message.messageId);
  const existing = entryAt(confirmed, message.position);
  if (existing?.kind === "message" && existing.messageId === message.messageId) return confirmed;
  return put(confirmed, message);
}

function putReply(transcript: Transcript, incoming: ReplyEntry): Transcript {
  const existing = replyAt(transcript, incoming.position, incoming.replyId);
  if (existing === "other" || existing === undefined) return put(transcript, { ...incoming, held: {} });
  if (incoming.status !== "streaming") {
    if (existing.status === incoming.status && existing.text === incoming.text && existing.error === incoming.error) {
      return transcript;
    }
    return put(transcript, { ...incoming, held: {} });
  }
  // The snapshot says "still streaming": it only helps if it is further along than what we hold.
  const known = existing.inReplyTo === "" ? { ...existing, inReplyTo: incoming.inReplyTo, at: incoming.at } : existing;
  if (existing.status !== "streaming" || incoming.lastSeq <= existing.lastSeq) {
    return known === existing ? transcript : put(transcript, known);
  }
  const held = Object.fromEntries(Object.entries(existing.held).filter(([seq]) => Number(seq) > incoming.lastSeq));
  return put(transcript, drain({ ...incoming, held }));
}

/** Folds held chunks into the text while they continue it without a gap. */
function drain(reply: TranscriptReply): TranscriptReply {
  let { text, lastSeq } = reply;
  const held = { ...reply.held };
  for (let next = held[lastSeq + 1]; next !== undefined; next = held[lastSeq + 1]) {
    lastSeq += 1;
    text += next;
    delete held[lastSeq];
  }
  return { ...reply, text, lastSeq, held };
}

function newReply(position: number, replyId: string): TranscriptReply {
  return { kind: "reply", position, replyId, inReplyTo: "", text: "", lastSeq: -1, status: "streaming", at: "", held: {} };
}

function withoutError(reply: TranscriptReply): TranscriptReply {
  const { error: _error, ...rest } = reply;
  return rest;
}

function entryAt(transcript: Transcript, position: number): TranscriptEntry | undefined {
  return transcript.entries.find((e) => e.position === position);
}

/** The reply at a position, "other" when something else holds that position. */
function replyAt(transcript: Transcript, position: number, replyId: string): TranscriptReply | "other" | undefined {
  const entry = entryAt(transcript, position);
  if (entry === undefined) return undefined;
  return entry.kind === "reply" && entry.replyId === replyId ? entry : "other";
}

function put(transcript: Transcript, entry: TranscriptEntry): Transcript {
  const entries = transcript.entries.filter((e) => e.position !== entry.position);
  const at = entries.findIndex((e) => e.position > entry.position);
  entries.splice(at === -1 ? entries.length : at, 0, entry);
  return { ...transcript, entries };
}
