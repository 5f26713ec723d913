// The festive bar at the top of every page, with a small dot for the connection.
import type { JSX } from "solid-js";
import type { ConnectionState } from "../chat/connection.js";
import { Later } from "./later.js";

export function PageHeader(props: { title: string; subtitle: string; icon: JSX.Element; state: ConnectionState; action?: JSX.Element }): JSX.Element {
  return (
    <header class="page-header">
      <div class="page-header__icon">{props.icon}</div>
      <div class="page-header__text">
        <h1>{props.title}</h1>
        <p>{props.subtitle}</p>
      </div>
      {props.action}
      <span class={`status-dot status-dot--${props.state}`} title={props.state === "open" ? "Connected" : "Not connected"} aria-hidden="true" />
      {/* decoration: drawn with the later parts, a moment after the first paint */}
      <Later>
        {(parts) => (
          <>
            <parts.Snowflake class="page-header__flake page-header__flake--a" />
            <parts.Snowflake class="page-header__flake page-header__flake--b" />
          </>
        )}
      </Later>
    </header>
  );
}
