// The conversation: Santa's bubbles on the left, the child's on the right, growing as Santa writes.
import { Index, Show, type JSX } from "solid-js";
import { SantaFace } from "../ui/icons.js";
import { Later } from "../ui/later.js";
import type { TimelineItem } from "./transcript-merge.js";

type MessageItem = Extract<TimelineItem, { kind: "message" }>;
type ReplyItem = Extract<TimelineItem, { kind: "reply" }>;

export function MessageList(props: {
  items: readonly TimelineItem[];
  thinking: boolean;
  onAskAgain: (inReplyTo: string) => void;
}): JSX.Element {
  // not a live region: ChatPage announces each reply once, when it is complete
  return (
    <ol class="messages" aria-label="Your chat with Santa" data-testid="message-list">
      <li class="row row--santa">
        <SantaFace class="avatar" />
        <div class="bubble bubble--santa bubble--welcome">
          <span class="bubble__name">Santa</span>
          Ho ho ho! Hello there! Tell me your name and what you're wishing for this Christmas — I read every letter.
        </div>
      </li>
      <Index each={props.items}>
        {(item) => (
          <Show when={item().kind === "reply"} fallback={<ChildBubble item={item() as MessageItem} />}>
            <SantaBubble item={item() as ReplyItem} onAskAgain={props.onAskAgain} />
          </Show>
        )}
      </Index>
      <Show when={props.thinking}>
        <li class="row row--santa" data-testid="santa-thinking">
          <SantaFace class="avatar" />
          <div class="bubble bubble--santa">
            <Thinking />
          </div>
        </li>
      </Show>
    </ol>
  );
}

function ChildBubble(props: { item: MessageItem }): JSX.Element {
  return (
    <li class="row row--child">
      <div class="bubble bubble--child" data-testid="message" data-status={props.item.status} data-message-id={props.item.messageId}>
        <span class="bubble__text">{props.item.text}</span>
        <span class="bubble__meta">
          <Show when={props.item.status === "sending"} fallback={<span class="sr-only">Sent</span>}>
            <span class="sending-dot" aria-hidden="true" />
            Sending…
          </Show>
        </span>
      </div>
    </li>
  );
}

function SantaBubble(props: { item: ReplyItem; onAskAgain: (inReplyTo: string) => void }): JSX.Element {
  return (
    <li class="row row--santa">
      <SantaFace class="avatar" />
      <div
        class="bubble bubble--santa"
        classList={{ "bubble--failed": props.item.status === "failed" }}
        data-testid="reply"
        data-status={props.item.status}
        data-reply-id={props.item.replyId}
      >
        <Show when={props.item.status === "streaming" && props.item.text === ""} fallback={<span class="bubble__name">Santa</span>}>
          <Thinking />
        </Show>
        <Show when={props.item.text !== ""}>
          {/* the words are shown only once the markdown parser is here: never raw markers, Santa thinks until then */}
          <Later fallback={<Thinking />}>
            {(parts) => (
              <>
                <parts.ReplyText text={props.item.text} streaming={props.item.status === "streaming"} />
                <Show when={props.item.status === "streaming"}>
                  <span class="caret" aria-hidden="true" />
                </Show>
              </>
            )}
          </Later>
        </Show>
        <Show when={props.item.status === "failed"}>
          <Later>{(parts) => <parts.ReplyFailed inReplyTo={props.item.inReplyTo} onAskAgain={props.onAskAgain} />}</Later>
        </Show>
      </div>
    </li>
  );
}

function Thinking(): JSX.Element {
  return (
    <span class="thinking">
      <span class="typing" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      <span class="thinking__label">Santa is thinking…</span>
    </span>
  );
}
