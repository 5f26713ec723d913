// The box the child writes in: Enter sends, Shift+Enter breaks the line, and a counter, shown
// only near the limit, keeps the letter within what the server accepts.
import { createEffect, Show, type JSX } from "solid-js";
import { MAX_TEXT_CHARS } from "@kringle/core/protocol/browser";
import { SendIcon } from "../ui/icons.js";
import { Later } from "../ui/later.js";

/** From here on the counter warns. */
export const NEAR_LIMIT_CHARS = MAX_TEXT_CHARS - 200;
const TALLEST_INPUT_PX = 160;

export function Composer(props: {
  draft: string;
  onDraft: (text: string) => void;
  onSend: () => void;
  ref: (input: HTMLTextAreaElement) => void;
}): JSX.Element {
  let input!: HTMLTextAreaElement;
  // The server counts UTF-16 code units, as String.length does.
  const count = () => props.draft.length;
  const over = () => count() > MAX_TEXT_CHARS;
  const near = () => !over() && count() >= NEAR_LIMIT_CHARS;
  const canSend = () => props.draft.trim().length > 0 && !over();

  const send = () => {
    if (canSend()) props.onSend();
    input.focus();
  };

  createEffect(() => {
    props.draft;
    input.style.height = "auto";
    if (input.scrollHeight > 0) input.style.height = `${Math.min(input.scrollHeight, TALLEST_INPUT_PX)}px`;
  });

  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label for="message-input" class="sr-only">
        Your message to Santa
      </label>
      <div class="composer__field" classList={{ "composer__field--over": over() }}>
        <textarea
          id="message-input"
          ref={(el) => {
            input = el;
            props.ref(el);
          }}
          data-testid="message-input"
          rows={1}
          placeholder="Write to Santa…"
          autocomplete="off"
          enterkeyhint="send"
          value={props.draft}
          aria-describedby={near() || over() ? "char-counter" : undefined}
          aria-invalid={over()}
          onInput={(e) => props.onDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              send();
            }
          }}
        />
        <Show when={near() || over()}>
          <Later>{(parts) => <parts.CharCounter count={count()} />}</Later>
        </Show>
        {/* in the page from the start, so a screen reader follows it; its words come with the counter */}
        <span class="sr-only" aria-live="polite">
          <Show when={near() || over()}>
            <Later>{(parts) => parts.limitNote(over())}</Later>
          </Show>
        </span>
      </div>
      <button type="submit" class="composer__send" data-testid="send-button" disabled={!canSend()} aria-label="Send to Santa">
        <SendIcon class="composer__send-icon" />
        <span class="composer__send-label">Send</span>
      </button>
    </form>
  );
}
