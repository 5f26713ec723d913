// A small banner while the North Pole is out of reach; once connected it only speaks to screen readers.
import type { JSX } from "solid-js";
import type { ConnectionState } from "../chat/connection.js";
import { Later } from "./later.js";

type Audience = "child" | "elf";
type BannerProps = { state: ConnectionState; audience: Audience; onRetry: () => void };

// One function a state, rendered afresh when the state changes (as a <Switch> would, without its cost).
const SAYS: Record<ConnectionState, (props: BannerProps) => JSX.Element> = {
  open: () => "Connected to the North Pole.",
  connecting: () => (
    <>
      <span class="connection__spinner" aria-hidden="true" />
      Connecting to the North Pole…
    </>
  ),
  reconnecting: (props) => (
    <>
      <span class="connection__spinner" aria-hidden="true" />
      Lost the North Pole for a moment — reconnecting…
      {props.audience === "child" ? " Your messages will go as soon as we're back." : ""}
    </>
  ),
  // the refused link's words and button come with the later parts (ui/later.tsx)
  offline: (props) => <Later>{(parts) => <parts.RefusedBanner audience={props.audience} onRetry={props.onRetry} />}</Later>,
};

export function ConnectionBanner(props: BannerProps): JSX.Element {
  return (
    <div
      class={`connection connection--${props.state}`}
      classList={{ "sr-only": props.state === "open" }}
      role="status"
      data-testid="connection-state"
      data-state={props.state}
    >
      {SAYS[props.state](props)}
    </div>
  );
}
