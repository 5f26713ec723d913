// The server's error frames, said kindly, each dismissible.
import { For, Show, type JSX } from "solid-js";
import type { ErrorCode } from "@kringle/core/protocol/browser";
import type { Notice } from "./chat-session.js";

const HEADLINES: Record<ErrorCode, string> = {
  bad_json: "Santa couldn't read that message.",
  unknown_action: "Santa couldn't read that message.",
  invalid_frame: "Santa couldn't read that message.",
  forbidden: "That isn't allowed here.",
  rate_limited: "Whoa, that's a lot of messages! Santa reads every one — wait a moment and send it again.",
  internal: "Something went wrong at the North Pole — please try again.",
};

export function Notices(props: { notices: readonly Notice[]; onDismiss: (id: number) => void }): JSX.Element {
  return (
    <Show when={props.notices.length > 0}>
      <div class="notices">
        <For each={props.notices}>
          {(notice) => (
            <div class="notice" role="alert" data-testid="error-notice" data-code={notice.code}>
              <div class="notice__text">
                <strong>{HEADLINES[notice.code]}</strong>
                <span class="notice__detail">{notice.message}</span>
                <Show when={notice.refusedText !== undefined}>
                  <span class="notice__detail">Your message wasn't sent — it's back in the box so you can try again.</span>
                </Show>
              </div>
              <button type="button" class="notice__close" aria-label="Dismiss" onClick={() => props.onDismiss(notice.id)}>
                ×
              </button>
            </div>
          )}
        </For>
      </div>
    </Show>
  );
}
