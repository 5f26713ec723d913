// One wish as the elves see it: the gift (struck through when taken back, marked when Santa
// declined it: asked for, not a gift to make) and when it was made.
import { Show, type JSX } from "solid-js";
import type { Wish } from "@kringle/core/protocol";
import { whenText } from "./elves-time.js";
import { declineLabel } from "./gift-list.js";

/** `takenBack` says how a withdrawn wish's note: for screen readers only in the table, shown with its time in the panel. */
export function WishItem(props: { wish: Wish; takenBack: "quiet" | "shown"; testId?: string }): JSX.Element {
  return (
    <li class="dash-wish" data-status={props.wish.status} data-declined={props.wish.declined} data-testid={props.testId}>
      <Show when={props.wish.status === "withdrawn"} fallback={<span class="dash-wish__gift">{props.wish.gift}</span>}>
        <s class="dash-wish__gift">{props.wish.gift}</s>
        <Show when={props.takenBack === "shown"} fallback={<span class="sr-only"> (withdrawn)</span>}>
          <span class="dash-muted"> taken back{props.wish.withdrawnAt ? ` ${whenText(props.wish.withdrawnAt)}` : ""}</span>
        </Show>
      </Show>
      <Show when={props.wish.declined}>
        {(reason) => <span class="dash-wish__declined">asked for, {declineLabel(reason())}: Santa said no</span>}
      </Show>
      <time class="dash-wish__when" datetime={props.wish.at}>
        {whenText(props.wish.at)}
      </time>
    </li>
  );
}
