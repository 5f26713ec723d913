// The count under the writing box, shown near the limit (Composer.tsx): how much of a letter is
// used, and what a screen reader is told of it.
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

/** What the writing box's live region says near the limit, and past it. */
export function limitNote(over: boolean): string {
  const max = MAX_TEXT_CHARS.toLocaleString("en");
  return over ? `Too long to send: Santa reads up to ${max} characters.` : `Nearly at the ${max} character limit.`;
}
