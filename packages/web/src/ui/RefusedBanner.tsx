// What the connection banner says when the server refuses the link: why, and a way to try again.
import type { JSX } from "solid-js";

export function RefusedBanner(props: { audience: "child" | "elf"; onRetry: () => void }): JSX.Element {
  return (
    <>
      <span>
        <strong>Can't reach the North Pole.</strong>{" "}
        {props.audience === "child"
          ? "This link looks wrong or expired — ask a grown-up for a fresh one."
          : "This elves' link looks wrong or expired — ask for a fresh one."}
      </span>
      <button type="button" class="connection__retry" onClick={() => props.onRetry()}>
        Try again
      </button>
    </>
  );
}
