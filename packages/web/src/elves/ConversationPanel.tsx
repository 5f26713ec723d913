// One child opened: their wishes, what the safety screen raised, and the whole conversation with
// Santa (read with `sync`), beside the list. Everything the child wrote renders as text.
import { For, onCleanup, onMount, Show, type JSX } from "solid-js";
import type { ChildGifts } from "@kringle/core/protocol";
import { timeline } from "../chat/transcript-merge.js";
import type { OpenedConversation } from "./elves-session.js";
import { flagLabel, needsGrownUp, shownWishes } from "./gift-list.js";
import { WishItem } from "./WishItem.js";

export function ConversationPanel(props: {
  opened: OpenedConversation;
  card?: ChildGifts;
  onClose: () => void;
  onRefresh: () => void;
}): JSX.Element {
  let closeButton!: HTMLButtonElement;
  // focus goes back to the child's name the elf clicked, so the keyboard keeps its place in the list
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Escape") props.onClose();
  };
  onMount(() => {
    closeButton.focus();
    document.addEventListener("keydown", onKey);
  });
  onCleanup(() => {
    document.removeEventListener("keydown", onKey);
    if (opener?.isConnected) opener.focus();
  });
  const items = () => timeline(props.opened.transcript);
  const name = () => props.card?.childName ?? null;

  return (
    <>
      <div class="dash-backdrop" onClick={() => props.onClose()} aria-hidden="true" />
      <aside class="dash-panel" role="dialog" aria-modal="true" aria-labelledby="panel-title" data-testid="conversation-panel">
        <header class="dash-panel__head">
          <div>
            <h2 id="panel-title">
              <Show when={name() !== null} fallback="A child who has not said their name">
                {name()}
              </Show>
            </h2>
            <p class="dash-panel__id">Conversation {props.opened.conversationId}</p>
          </div>
          <button type="button" class="dash-panel__close" ref={closeButton} onClick={() => props.onClose()} aria-label="Close the conversation">
            ×
          </button>
        </header>
        <div class="dash-panel__body">
          <Show when={props.card && needsGrownUp(props.card)}>
            <div class="dash-alert" role="note" data-testid="panel-flags">
              <strong>This conversation needs a grown-up.</strong> The safety screen raised:{" "}
              {props.card?.flags.map(flagLabel).join(", ")}. Read it below and make sure a person follows up.
            </div>
          </Show>
          <Show when={props.card && props.card.wishes.length > 0}>
            <h3>Wishes</h3>
            <ul class="dash-wishes dash-wishes--panel">
              <For each={props.card ? shownWishes(props.card, true) : []}>
                {(wish) => <WishItem wish={wish} takenBack="shown" />}
              </For>
            </ul>
          </Show>
          <div class="dash-panel__transcript-head">
            <h3>The conversation</h3>
            <button type="button" class="dash-button dash-button--quiet" onClick={() => props.onRefresh()} data-testid="refresh-transcript">
              Refresh
            </button>
          </div>
          <Show when={props.opened.error}>
            <p class="dash-alert dash-alert--error" role="alert">
              Could not read this conversation: {props.opened.error}
            </p>
          </Show>
          <Show when={!props.opened.loading || items().length > 0} fallback={<p class="dash-muted" data-testid="transcript-loading">Reading the conversation…</p>}>
            <Show when={items().length > 0} fallback={<p class="dash-muted">Nothing was said in this conversation yet.</p>}>
              <ol class="dash-transcript" data-testid="transcript">
                <For each={items()}>
                  {(item) => (
                    <li class={`dash-line dash-line--${item.kind === "message" ? "child" : "santa"}`} data-testid="transcript-line">
                      <span class="dash-line__who">{item.kind === "message" ? (name() ?? "Child") : "Santa"}</span>
                      <span class="dash-line__text">{item.text}</span>
                      <Show when={item.kind === "reply" && item.status === "failed"}>
                        <span class="dash-muted"> (this reply failed)</span>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
          </Show>
        </div>
      </aside>
    </>
  );
}
