// Shown when the page was opened without its token: there is nothing to connect with.
import type { JSX } from "solid-js";
import type { Page } from "../link.js";
import { ElfHat } from "./elf-hat.js";
import { SantaFace } from "./icons.js";
import { PageHeader } from "./PageHeader.js";

export function MissingLink(props: { page: Page }): JSX.Element {
  const child = () => props.page === "chat";
  return (
    <div class="app" classList={{ "app--elves": !child() }}>
      <PageHeader
        title={child() ? "Chat with Santa" : "Elves' workshop"}
        subtitle="The North Pole needs the whole link"
        icon={child() ? <SantaFace /> : <ElfHat />}
        state="offline"
      />
      <main class="workshop">
        <section class="card" data-testid="missing-link">
          <h2>This link is missing its magic key</h2>
          <p>
            {child()
              ? "Ask a grown-up for the whole link to chat with Santa — it ends with ?token=…"
              : "Open the elves' link printed when the North Pole started — it ends with ?token=…"}
          </p>
        </section>
      </main>
    </div>
  );
}
