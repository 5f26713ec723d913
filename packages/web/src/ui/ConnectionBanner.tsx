// A small banner while the North Pole is out of reach; once connected it only speaks to screen readers.
import { Match, Switch, type JSX } from "solid-js";
import type { ConnectionState } from "../chat/connection.js";

export function ConnectionBanner(props: { state: ConnectionState; audience: "child" | "elf"; onRetry: () => void }): JSX.Element {
  return (
    <div
      class={`connection connection--${props.state}`}
      classList={{ "sr-only": props.state === "open" }}
      role="status"
      data-testid="connection-state"
      data-state={props.state}
    >
      <Switch>
        <Match when={props.state === "open"}>Connected to the North Pole.</Match>
        <Match when={props.state === "connecting"}>
          <span class="connection__spinner" aria-hidden="true" />
          Connecting to the North Pole…
        </Match>
        <Match when={props.state === "reconnecting"}>
          <span class="connection__spinner" aria-hidden="true" />
          Lost the North Pole for a moment — reconnecting…
          {props.audience === "child" ? " Your messages will go as soon as we're back." : ""}
        </Match>
        <Match when={props.state === "offline"}>
          <span>
            <strong>Can't reach the North Pole.</strong>{" "}
            {props.audience === "child"
              ? "This link looks wrong or expired — ask a grown-up for a fresh one."
              : "This elves' link looks wrong or expired — ask for a fresh one."}
          </span>
          <button type="button" class="connection__retry" onClick={() => props.onRetry()}>
            Try again
          </button>
        </Match>
      </Switch>
    </div>
  );
}
