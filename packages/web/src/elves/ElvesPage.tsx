// The elves' dashboard: who wished for what, live, with the two charts, the CSV export, and the
// conversations that need a grown-up standing out. Every state says honestly what is going on.
import { createMemo, createSignal, onCleanup, Show, type JSX } from "solid-js";
import { ConnectionBanner } from "../ui/ConnectionBanner.js";
import { PageHeader } from "../ui/PageHeader.js";
import { ElfHat } from "../ui/elf-hat.js";
import { ChildrenTable } from "./ChildrenTable.js";
import { ConversationPanel } from "./ConversationPanel.js";
import type { ElvesSession, ElvesState } from "./elves-session.js";
import { sinceText, systemClock, type Clock } from "./elves-time.js";
import type { ChartKit } from "./gift-charts.uplot.js";
import { GiftCharts, TOP_GIFTS } from "./GiftCharts.js";
import { csvFileName, giftsCsv } from "./gifts-csv.js";
import { currentWishes, DEFAULT_QUERY, listChildren, needsGrownUp, topGifts, wishesOverTime, type ListQuery } from "./gift-list.js";

/** Saves a file in the browser: a Blob behind a temporary link. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type LiveState = "live" | "loading" | "reconnecting" | "offline" | "forbidden" | "error";

export function liveState(state: ElvesState): LiveState {
  if (state.forbidden !== undefined) return "forbidden";
  if (state.connection === "offline") return "offline";
  if (!state.board.loaded && state.problem !== undefined) return "error";
  if (state.connection !== "open") return state.board.loaded ? "reconnecting" : "loading";
  return state.board.loaded && !state.board.refreshing ? "live" : "loading";
}

const LIVE_TEXT: Record<LiveState, string> = {
  live: "Live",
  loading: "Loading the list…",
  reconnecting: "Reconnecting — the list may be out of date",
  offline: "Not connected",
  forbidden: "Not the elves' link",
  error: "The list could not be loaded",
};

export function ElvesPage(props: {
  session: ElvesSession;
  charts: ChartKit;
  clock?: Clock;
  download?: (fileName: string, text: string) => void;
}): JSX.Element {
  const clock = props.clock ?? systemClock;
  const [state, setState] = createSignal(props.session.state());
  onCleanup(props.session.subscribe(setState));
  const [now, setNow] = createSignal(clock.now());
  onCleanup(clock.every(() => setNow(clock.now())));
  const [query, setQuery] = createSignal<ListQuery>(DEFAULT_QUERY);

  const children = () => state().board.children;
  const all = createMemo(() => Object.values(children()));
  const rows = createMemo(() => listChildren(children(), query()));
  const flagged = createMemo(() => all().filter(needsGrownUp).length);
  const wishing = createMemo(() => all().reduce((n, c) => n + currentWishes(c).length, 0));
  const top = createMemo(() => topGifts(children(), TOP_GIFTS));
  const overTime = createMemo(() => wishesOverTime(children()));
  const live = () => liveState(state());
  const opened = () => state().opened;

  const exportCsv = () =>
    (props.download ?? downloadText)(csvFileName(new Date(clock.now())), giftsCsv(listChildren(children(), { ...DEFAULT_QUERY, sort: "name", descending: false })));

  // which of the page's states shows: the first that holds, in this order (a memo, so a view is
  // only made anew when another one is due)
  const view = createMemo(() =>
    live() === "forbidden"
      ? "forbidden"
      : !state().board.loaded && state().connection === "offline"
        ? "offline"
        : live() === "error"
          ? "error"
          : !state().board.loaded
            ? "loading"
            : all().length === 0
              ? "empty"
              : "list",
  );
  const VIEWS: Record<ReturnType<typeof view>, () => JSX.Element> = {
    forbidden: () => (
      <StateCard testid="forbidden" title="This isn't the elves' link">
        The North Pole will not show Santa's list to this link ({state().forbidden}). Open the elves' link printed when
        kringle started — it is a different one from the children's chat link.
      </StateCard>
    ),
    offline: () => (
      <StateCard testid="offline" title="Can't reach the North Pole">
        None of the attempts to connect got through. If kringle is running, this elves' link is probably wrong or expired: ask
        for a fresh one.
      </StateCard>
    ),
    error: () => (
      <StateCard testid="error" title="The list could not be loaded">
        The North Pole answered: “{state().problem?.message}”. Reloading the page asks again.
      </StateCard>
    ),
    loading: () => (
      <StateCard testid="loading" title="Fetching Santa's list…">
        Gathering every child's wishes from the workshop.
      </StateCard>
    ),
    empty: () => (
      <StateCard testid="empty" title="No wishes yet">
        As soon as a child tells Santa what they would like, they appear here — no need to reload.
      </StateCard>
    ),
    list: () => (
      <>
        <Show when={flagged() > 0 && !query().needsGrownUp}>
          <div class="dash-attention" role="note" data-testid="attention">
            <strong>
              {flagged()} {flagged() === 1 ? "conversation needs" : "conversations need"} a grown-up.
            </strong>{" "}
            <button type="button" class="dash-link" onClick={() => setQuery({ ...query(), needsGrownUp: true })}>
              Show {flagged() === 1 ? "it" : "them"}
            </button>
          </div>
        </Show>
        <GiftCharts top={top()} timeline={overTime()} charts={props.charts} />
        <ChildrenTable
          rows={rows()}
          total={all().length}
          flagged={flagged()}
          query={query()}
          onQuery={setQuery}
          onOpen={(id) => props.session.open(id)}
          opened={opened()?.conversationId}
        />
      </>
    ),
  };

  return (
    <div class="app app--elves app--dashboard">
      <PageHeader title="Elves' workshop" subtitle="Santa's list, live from the North Pole" icon={<ElfHat />} state={live() === "forbidden" ? "offline" : state().connection} />
      <Show when={live() !== "forbidden"}>
        <ConnectionBanner state={state().connection} audience="elf" onRetry={() => props.session.retryNow()} />
      </Show>
      <main class="workshop dash">
        <div class="dash-bar">
          <p class={`dash-live dash-live--${live()}`} data-testid="live-state" data-state={live()} role="status">
            <span class="dash-live__dot" aria-hidden="true" />
            <span class="dash-live__text">{LIVE_TEXT[live()]}</span>
            <Show when={state().board.lastUpdateAt !== undefined}>
              <span class="dash-live__since" data-testid="last-update">
                · last update {sinceText(state().board.lastUpdateAt ?? 0, now())}
              </span>
            </Show>
          </p>
          <Show when={state().board.loaded && all().length > 0}>
            <dl class="dash-figures">
              <div>
                <dt>Children</dt>
                <dd data-testid="count-children">{all().length}</dd>
              </div>
              <div>
                <dt>Wishes</dt>
                <dd data-testid="count-wishes">{wishing()}</dd>
              </div>
              <div classList={{ "dash-figures--alert": flagged() > 0 }}>
                <dt>Need a grown-up</dt>
                <dd data-testid="count-flagged">{flagged()}</dd>
              </div>
            </dl>
            <button type="button" class="dash-button" onClick={exportCsv} data-testid="export-csv">
              Download CSV
            </button>
          </Show>
        </div>
        {VIEWS[view()]()}
      </main>
      <Show when={opened()}>
        {(o) => (
          <ConversationPanel
            opened={o()}
            card={children()[o().conversationId]}
            onClose={() => props.session.closeOpened()}
            onRefresh={() => props.session.refreshOpened()}
          />
        )}
      </Show>
    </div>
  );
}

function StateCard(props: { testid: string; title: string; children: JSX.Element }): JSX.Element {
  return (
    <section class="dash-card dash-state" data-testid={`state-${props.testid}`}>
      <h2>{props.title}</h2>
      <p>{props.children}</p>
    </section>
  );
}
