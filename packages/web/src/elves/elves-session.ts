// The elves' live view of Santa's list, without any DOM: one connection with the elves' token that
// asks for the list on every open, the merged cards, and the transcript of the child an elf opened.
import type { ErrorCode, ServerFrame } from "@kringle/core/protocol/browser";
import { checkServerFrame } from "@kringle/core/protocol/gifts-frame-check";
import { createConnection, type ConnectionOptions, type ConnectionState } from "../chat/connection.js";
import { applyFrame, emptyTranscript, syncAfter, type Transcript } from "../chat/transcript-merge.js";
import { applyGiftsFrame, emptyBoard, watchSent, type GiftBoard } from "./gifts-board.js";

export interface OpenedConversation {
  conversationId: string;
  transcript: Transcript;
  /** the first complete snapshot has not arrived yet */
  loading: boolean;
  error?: string;
}

export interface ServerProblem {
  code: ErrorCode;
  message: string;
}

export interface ElvesState {
  connection: ConnectionState;
  board: GiftBoard;
  /** the server will not show the list to this link (it is not the elves' link): nothing is retried */
  forbidden?: string;
  /** the last other error the server sent about the list */
  problem?: ServerProblem;
  opened?: OpenedConversation;
}

export interface ElvesSession {
  state(): ElvesState;
  /** called after every change; returns the unsubscribe */
  subscribe(listener: (state: ElvesState) => void): () => void;
  /** shows this conversation's transcript (read with `sync`) */
  open(conversationId: string): void;
  /** asks again for what the open transcript is missing */
  refreshOpened(): void;
  closeOpened(): void;
  retryNow(): void;
  close(): void;
}

export interface ElvesSessionOptions
  extends Pick<ConnectionOptions, "url" | "WebSocket" | "timers" | "random" | "log" | "refusedAfter"> {
  /** ms since the epoch: when a frame arrived */
  now?: () => number;
}

export function createElvesSession(options: ElvesSessionOptions): ElvesSession {
  const now = options.now ?? Date.now;
  const listeners = new Set<(state: ElvesState) => void>();
  let state: ElvesState = { connection: "connecting", board: emptyBoard() };

  const update = (next: ElvesState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(state);
  };

  const syncOpened = () => {
    const opened = state.opened;
    if (opened) connection.send({ action: "sync", conversationId: opened.conversationId, after: syncAfter(opened.transcript) });
  };

  const receive = (frame: ServerFrame) => {
    switch (frame.type) {
      case "gifts.snapshot":
      case "gifts.delta": {
        const before = state.opened && state.board.children[state.opened.conversationId]?.version;
        const board = applyGiftsFrame(state.board, frame, now());
        update({ ...state, board, ...(frame.type === "gifts.snapshot" && frame.complete ? { problem: undefined } : {}) });
        // The open child's card changed: a new message came, so fetch the rest of the transcript.
        const after = state.opened && board.children[state.opened.conversationId]?.version;
        if (after !== undefined && before !== undefined && after !== before) syncOpened();
        return;
      }
      case "transcript.snapshot":
      case "transcript.delta":
      case "transcript.deltas": {
        const opened = state.opened;
        if (!opened || frame.conversationId !== opened.conversationId) return;
        const transcript = applyFrame(opened.transcript, frame);
        const loading = opened.loading && !(frame.type === "transcript.snapshot" && frame.complete);
        if (transcript === opened.transcript && loading === opened.loading) return;
        update({ ...state, opened: { ...opened, transcript, loading } });
        return;
      }
      case "error": {
        // An error names what it is about in `ref`: the action, or here the conversation read.
        const aboutOpened = state.opened !== undefined && (frame.ref === "sync" || frame.ref === state.opened.conversationId);
        if (frame.code === "forbidden" && !aboutOpened) {
          connection.close();
          update({ ...state, forbidden: frame.message });
        } else if (aboutOpened && state.opened) {
          update({ ...state, opened: { ...state.opened, loading: false, error: frame.message } });
        } else {
          update({ ...state, problem: { code: frame.code, message: frame.message } });
        }
        return;
      }
      case "conversation.started":
        return;
    }
  };

  const connection = createConnection({
    ...options,
    check: checkServerFrame,
    greeting: () => {
      update({ ...state, board: watchSent(state.board) });
      const opened = state.opened;
      return [
        { action: "watchGifts" },
        ...(opened ? [{ action: "sync" as const, conversationId: opened.conversationId, after: syncAfter(opened.transcript) }] : []),
      ];
    },
    onFrame: receive,
    onState: (connectionState) => update({ ...state, connection: connectionState }),
  });

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open(conversationId) {
      if (state.opened?.conversationId === conversationId) return;
      update({ ...state, opened: { conversationId, transcript: emptyTranscript(conversationId), loading: true } });
      syncOpened();
    },
    refreshOpened: syncOpened,
    closeOpened() {
      if (state.opened) update({ ...state, opened: undefined });
    },
    retryNow: () => connection.retryNow(),
    close: () => connection.close(),
  };
}
