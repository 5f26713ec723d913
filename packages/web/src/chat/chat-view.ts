// The chat session as Solid signals, without solid-js/store (it would cost the page 2 kB): the
// list renders with <Index>, so a growing reply updates the text of its bubble in place.
import { createSignal, onCleanup, type Accessor } from "solid-js";
import type { ConnectionState } from "./connection.js";
import type { ChatSession, ChatSessionState, Notice } from "./chat-session.js";
import { santaIsThinking, timeline, type TimelineItem } from "./transcript-merge.js";

export interface ChatView {
  readonly connection: ConnectionState;
  readonly items: readonly TimelineItem[];
  readonly thinking: boolean;
  readonly notices: readonly Notice[];
}

export function toChatView(state: ChatSessionState): ChatView {
  return {
    connection: state.connection,
    items: timeline(state.transcript),
    thinking: santaIsThinking(state.transcript),
    notices: state.notices,
  };
}

/** Call inside a component: the view follows the session until the component goes away. */
export function useChatView(session: ChatSession): Accessor<ChatView> {
  const [view, setView] = createSignal(toChatView(session.state()));
  onCleanup(session.subscribe((state) => setView(toChatView(state))));
  return view;
}
