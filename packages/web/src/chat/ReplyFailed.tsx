// Under a reply that failed: the sleigh hit a snowdrift, and the question can be asked again.
import { Show, type JSX } from "solid-js";

export function ReplyFailed(props: { inReplyTo: string; onAskAgain: (inReplyTo: string) => void }): JSX.Element {
  return (
    <div class="reply-failed" role="note">
      <span>Santa's sleigh hit a snowdrift — try again.</span>
      <Show when={props.inReplyTo !== ""}>
        <button type="button" class="reply-failed__again" onClick={() => props.onAskAgain(props.inReplyTo)}>
          Ask again
        </button>
      </Show>
    </div>
  );
}
