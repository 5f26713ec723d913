// The elves' page: for now it checks the elves' link connects; the gift list comes with the gift extractor.
import { createSignal, For, onCleanup, type JSX } from "solid-js";
import { createConnection, type ConnectionOptions, type ConnectionState } from "../chat/connection.js";
import { ConnectionBanner } from "../ui/ConnectionBanner.js";
import { PageHeader } from "../ui/PageHeader.js";
import { ElfHat } from "../ui/icons.js";

export function ElvesPage(props: { connection: Omit<ConnectionOptions, "onFrame" | "onState" | "greeting"> }): JSX.Element {
  const [state, setState] = createSignal<ConnectionState>("connecting");
  const connection = createConnection({ ...props.connection, onFrame: () => undefined, onState: setState });
  onCleanup(() => connection.close());

  return (
    <div class="app app--elves">
      <PageHeader title="Elves' workshop" subtitle="Behind the scenes at the North Pole" icon={<ElfHat />} state={state()} />
      <ConnectionBanner state={state()} audience="elf" onRetry={() => connection.retryNow()} />
      <main class="workshop">
        <section class="card" aria-labelledby="gift-list-title">
          <h2 id="gift-list-title">The gift list</h2>
          <p>
            Who wished for what, child by child, will appear here once the gift extractor is at work. It is coming in a
            later feature — for now this page just checks that your elves' link reaches the North Pole.
          </p>
          <ul class="gift-placeholder" aria-hidden="true">
            <For each={[62, 48, 74]}>
              {(width) => (
                <li>
                  <span class="gift-placeholder__name" />
                  <span class="gift-placeholder__gift" style={{ width: `${width}%` }} />
                </li>
              )}
            </For>
          </ul>
        </section>
      </main>
    </div>
  );
}
