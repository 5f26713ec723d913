// The chat session as a Solid store: each change is reconciled by item id, so a growing reply
// updates its text in place instead of re-creating its bubble.
import { onCleanup } from "solid-js";
import { createStore, reconcile } from "solid-js/store";
import type { ConnectionState } from "./connection.js";
import type { ChatSession, ChatSessionState, Notice } from "./chat-session.js";
import { santaIsThinking, timeline, type TimelineItem } from "./transcript-merge.js";

export interface ChatView {
  connection: ConnectionState;
  items: TimelineItem[];
  thinking: boolean;
  notices: Notice[];
}

export function toChatView(state: ChatSessionState): ChatView {
  return {
    connection: state.connection,
    items: timeline(state.transcript),
    thinking: santaIsThinking(state.transcript),
    notices: [...state.notices],
  };
}

/** Call inside a component: the store follows the session until the component goes away. */
export function useChatView(session: ChatSession): ChatView {
  const [view, setView] = createStore<ChatView>(toChatView(session.state()));
  const unsubscribe = session.subscribe((state) => setView(reconcile(toChatView(state), { key: "id" })));
  onCleanup(unsubscribe);
  return view;
}
