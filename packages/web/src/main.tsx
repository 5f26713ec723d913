// Starts the page the address asks for: the chat at /, the elves' page at /elves (loaded on demand,
// so the chat's bundle carries none of the dashboard).
import { render } from "solid-js/web";
import { ChatPage } from "./chat/ChatPage.js";
import { createChatSession } from "./chat/chat-session.js";
import { forgetConversation, keepConversation, keptConversation } from "./chat/ids.js";
import { pageFor, readToken, socketUrl } from "./link.js";
import { loadLaterParts } from "./ui/later.js";
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
  loadLaterParts().then(
    ({ MissingLink }) => render(() => <MissingLink page={page} />, root),
    () => {
      root.textContent = "This link is missing its magic key: ask for the whole link, then reload.";
    },
  );
} else if (page === "elves") {
  document.title = "Elves' workshop";
  const url = socketUrl(location, configuredUrl, { token });
  import("./elves/elves-app.js").then(
    ({ startElves }) => startElves(root, url),
    (error: unknown) => {
      console.error("kringle: the elves' page did not load", error);
      root.textContent = "The elves' page did not load. Check that the North Pole is running, then reload.";
    },
  );
} else {
  // the conversation this browser was given (id and key), asked again before every connection
  let kept = keptConversation(storage());
  const url = () => socketUrl(location, configuredUrl, { token, ...kept });
  const session = createChatSession({
    url,
    ...(kept.conversationId ? { conversationId: kept.conversationId } : {}),
    // a server that cannot be reached cannot send the check either: "unreachable", as a failed fetch is
    askWhy: () => loadLaterParts().then(({ askWhyRefused }) => askWhyRefused(url())),
    onConversationStarted(conversationId, key) {
      kept = { conversationId, key };
      keepConversation(storage(), conversationId, key);
    },
    // a new letter: the old conversation stays in the log, this browser starts another
    onNewLetter() {
      kept = {};
      forgetConversation(storage());
    },
  });
  // an id from before keys that the server will not key (it holds no messages, or another browser
  // was keyed first) is refused every time: start a conversation of this browser's own instead
  session.subscribe((state) => {
    if (state.connection !== "offline" || !kept.conversationId || kept.key) return;
    kept = {};
    forgetConversation(storage());
    session.startOver();
  });
  // back at once when the network or the tab is
  window.addEventListener("online", () => session.retryNow());
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") session.retryNow();
  });
  render(() => <ChatPage session={session} />, root);
  // what the first paint did not need, fetched now, so it is at hand before it is needed
  setTimeout(() => void loadLaterParts().catch(() => undefined));
}
