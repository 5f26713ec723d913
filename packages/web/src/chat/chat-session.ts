// One child's chat, without any DOM: the transcript, the messages on their way, the server's
// error notices, and the connection that syncs on every open and re-sends what is unconfirmed.
import { MAX_TEXT_CHARS, type ErrorCode, type ServerFrame } from "@kringle/core/protocol/browser";
import { createConnection, type ConnectionOptions, type ConnectionState } from "./connection.js";
import { newMessageId } from "./ids.js";
import { addPending, applyFrame, dropPending, emptyTranscript, syncAfter, type Transcript } from "./transcript-merge.js";

export interface Notice {
  id: number;
  code: ErrorCode;
  message: string;
  /** the text of a message the server refused, so the child can send it again */
  refusedText?: string;
}

export interface ChatSessionState {
  connection: ConnectionState;
  transcript: Transcript;
  notices: readonly Notice[];
}

export type SendResult =
  | { ok: true; messageId: string }
  | { ok: false; reason: "empty" | "too_long" };

export interface ChatSession {
  state(): ChatSessionState;
  /** called after every change; returns the unsubscribe */
  subscribe(listener: (state: ChatSessionState) => void): () => void;
  /** shows the message as "sending" at once; it goes out now, or on the next open */
  send(text: string): SendResult;
  dismissNotice(id: number): void;
  /** starts a new letter to Santa: a new conversation on a new connection (the old one stays in the log) */
  newLetter(): void;
  retryNow(): void;
  close(): void;
}

export interface ChatSessionOptions
  extends Pick<ConnectionOptions, "url" | "WebSocket" | "timers" | "random" | "log" | "refusedAfter" | "askWhy"> {
  conversationId: string;
  newMessageId?: () => string;
  /** where a new letter goes: its socket address and conversation (main.tsx makes them) */
  newConversation?: () => { url: string; conversationId: string };
}

/** Notices kept at once; older ones make way. */
const MAX_NOTICES = 3;

export function createChatSession(options: ChatSessionOptions): ChatSession {
  const makeMessageId = options.newMessageId ?? newMessageId;
  const listeners = new Set<(state: ChatSessionState) => void>();
  let nextNoticeId = 1;
  let state: ChatSessionState = {
    connection: "connecting",
    transcript: emptyTranscript(options.conversationId),
    notices: [],
  };

  const update = (next: ChatSessionState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  };

  const receive = (frame: ServerFrame) => {
    if (frame.type !== "error") {
      const transcript = applyFrame(state.transcript, frame);
      if (transcript !== state.transcript) update({ ...state, transcript });
      return;
    }
    const refused = state.transcript.pending.find((p) => p.messageId === frame.ref);
    const notice: Notice = {
      id: nextNoticeId++,
      code: frame.code,
      message: frame.message,
      ...(refused ? { refusedText: refused.text } : {}),
    };
    update({
      ...state,
      transcript: refused ? dropPending(state.transcript, refused.messageId) : state.transcript,
      notices: [...state.notices, notice].slice(-MAX_NOTICES),
    });
  };

  /** bumped by each new letter: what an older connection still reports is ignored */
  let generation = 0;
  const connect = (url: string) => {
    const own = ++generation;
    return createConnection({
      ...options,
      url,
      greeting: () => [
        { action: "sync", conversationId: state.transcript.conversationId, after: syncAfter(state.transcript) },
        ...state.transcript.pending.map((p) => ({
          action: "sendMessage" as const,
          conversationId: state.transcript.conversationId,
          messageId: p.messageId,
          text: p.text,
        })),
      ],
      onFrame: (frame) => {
        if (own === generation) receive(frame);
      },
      onState: (connectionState) => {
        if (own === generation) update({ ...state, connection: connectionState });
      },
    });
  };
  let connection = connect(options.url);

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(text) {
      if (text.trim().length === 0) return { ok: false, reason: "empty" };
      if (text.length > MAX_TEXT_CHARS) return { ok: false, reason: "too_long" };
      const messageId = makeMessageId();
      update({ ...state, transcript: addPending(state.transcript, { messageId, text }) });
      connection.send({ action: "sendMessage", conversationId: state.transcript.conversationId, messageId, text });
      return { ok: true, messageId };
    },
    dismissNotice(id) {
      const notices = state.notices.filter((n) => n.id !== id);
      if (notices.length !== state.notices.length) update({ ...state, notices });
    },
    newLetter() {
      if (!options.newConversation) return;
      const next = options.newConversation();
      connection.close();
      update({ connection: "connecting", transcript: emptyTranscript(next.conversationId), notices: [] });
      connection = connect(next.url);
    },
    retryNow: () => connection.retryNow(),
    close: () => connection.close(),
  };
}
