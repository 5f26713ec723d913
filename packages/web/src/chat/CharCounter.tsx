// The count under the writing box, shown near the limit (Composer.tsx): how much of a letter is used.
import { MAX_TEXT_CHARS } from "@kringle/core/protocol/browser";
import type { JSX } from "solid-js";

export function CharCounter(props: { count: number }): JSX.Element {
  const over = () => props.count > MAX_TEXT_CHARS;
  return (
    <span id="char-counter" class="composer__counter" classList={{ "composer__counter--over": over() }} data-testid="char-counter">
      {`${props.count.toLocaleString("en")} / ${MAX_TEXT_CHARS.toLocaleString("en")}`}
      {over() ? " · too long to send" : ""}
    </span>
  );
}
