// The chat page: header, connection banner, the conversation, notices and the writing box.
import { createEffect, createMemo, createSignal, onMount, untrack, type JSX } from "solid-js";
import { ConnectionBanner } from "../ui/ConnectionBanner.js";
import { PageHeader } from "../ui/PageHeader.js";
import { SantaFace } from "../ui/icons.js";
import { Later, laterParts } from "../ui/later.js";
import type { ChatSession } from "./chat-session.js";
import { useChatView } from "./chat-view.js";
import { Composer } from "./Composer.js";
import { MessageList } from "./MessageList.js";

/** How close to the bottom counts as "reading the newest": closer than this, new text scrolls into view. */
const STICK_TO_BOTTOM_PX = 120;

export function ChatPage(props: { session: ChatSession }): JSX.Element {
  const view = useChatView(props.session);
  const [draft, setDraft] = createSignal("");
  let scroller!: HTMLElement;
  let input: HTMLTextAreaElement | undefined;
  let stickToBottom = true;

  const send = () => {
    const result = props.session.send(draft());
    if (result.ok) {
      setDraft("");
      stickToBottom = true;
    }
  };

  const askAgain = (inReplyTo: string) => {
    const asked = view().items.find((i) => i.kind === "message" && i.messageId === inReplyTo);
    if (asked) setDraft(asked.text);
    input?.focus();
  };

  // A message the server refused goes back into the box, unless the child is already writing another.
  const lastNotice = createMemo(() => view().notices.at(-1));
  createEffect(() => {
    const refused = lastNotice()?.refusedText;
    if (refused !== undefined && untrack(draft) === "") setDraft(refused);
  });

  // Screen readers hear each reply once, when it is complete, and only one this page saw being
  // written: a conversation loaded from before is not read out again.
  const [announcement, setAnnouncement] = createSignal("");
  const beingWritten = new Set<string>();
  createEffect(() => {
    // the words are read out as shown, once the parser is here (a reply that completed before waits for it)
    const parts = laterParts();
    for (const item of view().items) {
      if (item.kind !== "reply") continue;
      if (item.status === "streaming") beingWritten.add(item.id);
      else if (parts && beingWritten.delete(item.id) && item.status === "completed") {
        setAnnouncement(`Santa says: ${parts.plainText(parts.parseReply(item.text))}`);
      }
    }
  });

  const newLetter = () => {
    props.session.newLetter();
    setDraft("");
    input?.focus();
  };

  // where a keyboard is at hand, the child can start writing at once (a phone's would cover the chat)
  onMount(() => {
    if (window.matchMedia?.("(pointer: fine)").matches) input?.focus({ preventScroll: true });
  });

  createEffect(() => {
    const last = view().items.at(-1);
    // Tracked so that each new bubble, each new word and the thinking dots scroll into view.
    void [view().items.length, last?.text, last?.status, view().thinking, view().notices.length];
    if (stickToBottom) scroller.scrollTop = scroller.scrollHeight;
  });

  return (
    <div class="app">
      <PageHeader
        title="Chat with Santa"
        subtitle="Straight to the North Pole"
        icon={<SantaFace />}
        state={view().connection}
        action={
          <button type="button" class="new-letter" data-testid="new-letter" onClick={newLetter}>
            New letter
          </button>
        }
      />
      <ConnectionBanner state={view().connection} audience="child" onRetry={() => props.session.retryNow()} />
      <main
        class="conversation"
        ref={scroller}
        onScroll={() => {
          stickToBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight < STICK_TO_BOTTOM_PX;
        }}
      >
        <MessageList items={view().items} thinking={view().thinking} onAskAgain={askAgain} />
      </main>
      <Later>{(parts) => <parts.Notices notices={view().notices} onDismiss={(id) => props.session.dismissNotice(id)} />}</Later>
      <Composer draft={draft()} onDraft={setDraft} onSend={send} ref={(el) => (input = el)} />
      <div class="sr-only" aria-live="polite" data-testid="reply-announcer">
        {announcement()}
      </div>
    </div>
  );
}
