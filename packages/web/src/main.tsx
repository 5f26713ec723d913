// Starts the page the address asks for: the chat at /, the elves' page at /elves.
import { render } from "solid-js/web";
import { ChatPage } from "./chat/ChatPage.js";
import { createChatSession } from "./chat/chat-session.js";
import { conversationId, newConversationId } from "./chat/ids.js";
import { askWhyRefused } from "./chat/link-check.js";
import { ElvesPage } from "./elves/ElvesPage.js";
import { pageFor, readToken, socketUrl } from "./link.js";
import { MissingLink } from "./ui/MissingLink.js";
import "./styles.css";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
const page = pageFor(location.pathname);
// kept with the conversation: this browser keeps chatting, in a new tab or after a restart too
const token = readToken(page, location, storage(), history);
const configuredUrl = import.meta.env.VITE_WS_URL || undefined;

if (token === undefined) {
  render(() => <MissingLink page={page} />, root);
} else if (page === "elves") {
  document.title = "Elves' workshop";
  render(() => <ElvesPage connection={{ url: socketUrl(location, configuredUrl, { token }) }} />, root);
} else {
  const conversation = conversationId(storage());
  const url = socketUrl(location, configuredUrl, { token, conversationId: conversation });
  const session = createChatSession({
    url,
    conversationId: conversation,
    askWhy: () => askWhyRefused(url),
    newConversation: () => {
      const next = newConversationId(storage());
      return { conversationId: next, url: socketUrl(location, configuredUrl, { token, conversationId: next }) };
    },
  });
  // back at once when the network or the tab is
  window.addEventListener("online", () => session.retryNow());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") session.retryNow();
  });
  render(() => <ChatPage session={session} />, root);
}
