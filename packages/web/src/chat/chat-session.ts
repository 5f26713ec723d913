// One child's chat, without any DOM: the transcript, the messages on their way, the server's
// error notices, and the connection that syncs on every open and re-sends what is unconfirmed.
// Without a conversation yet, the first sync names none and the server's `conversation.started`
// says which one this is (and its key, for the caller to keep); messages typed before wait for it.
import { hasVisibleText, MAX_TEXT_CHARS, type ErrorCode, type ServerFrame } from "@kringle/core/protocol/browser";
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
  retryNow(): void;
  /** gives up the conversation (one the server will not open) and connects for a new one at once */
  startOver(): void;
  /** starts a new letter to Santa: a new conversation on a new connection (the old one stays in the log) */
  newLetter(): void;
  close(): void;
}

export interface ChatSessionOptions
  extends Pick<ConnectionOptions, "url" | "WebSocket" | "timers" | "random" | "log" | "refusedAfter" | "askWhy"> {
  /** the conversation to rejoin; without one the server starts a conversation */
  conversationId?: string;
  /** the server started (or first keyed) this connection's conversation: keep both to rejoin it */
  onConversationStarted?: (conversationId: string, key: string) => void;
  /** a new letter: forget the kept conversation, so the next connection starts one */
  onNewLetter?: () => void;
  newMessageId?: () => string;
}

/** Notices kept at once; older ones make way. */
const MAX_NOTICES = 3;

export function createChatSession(options: ChatSessionOptions): ChatSession {
  const makeMessageId = options.newMessageId ?? newMessageId;
  const listeners = new Set<(state: ChatSessionState) => void>();
  let nextNoticeId = 1;
  /** undefined until the server names the conversation */
  let conversationId = options.conversationId;
  let state: ChatSessionState = {
    connection: "connecting",
    transcript: emptyTranscript(conversationId ?? ""),
    notices: [],
  };

  const update = (next: ChatSessionState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  };

  const resend = () =>
    conversationId === undefined
      ? []
      : state.transcript.pending.map((p) => ({
          action: "sendMessage" as const,
          conversationId: conversationId!,
          messageId: p.messageId,
          text: p.text,
        }));

  const receive = (frame: ServerFrame) => {
    if (frame.type === "conversation.started") {
      const known = conversationId !== undefined;
      if (frame.conversationId !== conversationId) {
        conversationId = frame.conversationId;
        update({ ...state, transcript: { ...emptyTranscript(frame.conversationId), pending: state.transcript.pending } });
      }
      options.onConversationStarted?.(frame.conversationId, frame.key);
      // what was typed before the conversation had a name goes out now
      if (!known) for (const action of resend()) connection.send(action);
      return;
    }
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
  const connect = () => {
    const own = ++generation;
    return createConnection({
      ...options,
      greeting: () => [
        conversationId === undefined
          ? { action: "sync", after: 0 }
          : { action: "sync", conversationId, after: syncAfter(state.transcript) },
        ...resend(),
      ],
      onFrame: (frame) => {
        if (own === generation) receive(frame);
      },
      onState: (connectionState) => {
        if (own === generation) update({ ...state, connection: connectionState });
      },
    });
  };
  let connection = connect();

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send(text) {
      if (!hasVisibleText(text)) return { ok: false, reason: "empty" };
      if (text.length > MAX_TEXT_CHARS) return { ok: false, reason: "too_long" };
      const messageId = makeMessageId();
      update({ ...state, transcript: addPending(state.transcript, { messageId, text }) });
      if (conversationId !== undefined) connection.send({ action: "sendMessage", conversationId, messageId, text });
      return { ok: true, messageId };
    },
    dismissNotice(id) {
      const notices = state.notices.filter((n) => n.id !== id);
      if (notices.length !== state.notices.length) update({ ...state, notices });
    },
    retryNow: () => connection.retryNow(),
    startOver() {
      conversationId = undefined;
      update({ ...state, transcript: { ...emptyTranscript(""), pending: state.transcript.pending } });
      connection.retryNow();
    },
    newLetter() {
      options.onNewLetter?.();
      conversationId = undefined;
      connection.close();
      update({ connection: "connecting", transcript: emptyTranscript(""), notices: [] });
      connection = connect();
    },
    close: () => connection.close(),
  };
}
