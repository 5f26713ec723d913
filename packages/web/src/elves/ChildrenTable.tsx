// Santa's list as a table, one row per child: search, sort, the "needs a grown-up" filter and the
// withdrawn-wishes toggle. Names and gifts are text nodes, never markup.
import { createSignal, For, Show, type JSX } from "solid-js";
import type { ChildGifts } from "@kringle/core/protocol";
import { currentWishes, flagLabel, needsGrownUp, shownWishes, type ListQuery, type SortKey } from "./gift-list.js";
import { whenText } from "./elves-time.js";
import { WishItem } from "./WishItem.js";

/** Rows drawn at first and added by each "show more": a December's worth of children stays quick. */
export const ROWS_AT_A_TIME = 100;

export function ChildrenTable(props: {
  rows: readonly ChildGifts[];
  total: number;
  flagged: number;
  query: ListQuery;
  onQuery: (query: ListQuery) => void;
  onOpen: (conversationId: string) => void;
  opened?: string;
}): JSX.Element {
  const [limit, setLimit] = createSignal(ROWS_AT_A_TIME);
  const shown = () => props.rows.slice(0, limit());
  const hidden = () => props.rows.length - shown().length;
  const set = (change: Partial<ListQuery>) => props.onQuery({ ...props.query, ...change });
  const sortBy = (sort: SortKey) =>
    set(props.query.sort === sort ? { descending: !props.query.descending } : { sort, descending: sort !== "name" });

  const SortHeader = (p: { sort: SortKey; label: string; class?: string }) => (
    <th
      scope="col"
      class={p.class}
      aria-sort={props.query.sort === p.sort ? (props.query.descending ? "descending" : "ascending") : "none"}
    >
      <button type="button" class="dash-sort" data-testid={`sort-${p.sort}`} onClick={() => sortBy(p.sort)}>
        {p.label}
        <span class="dash-sort__arrow" aria-hidden="true">
          {props.query.sort === p.sort ? (props.query.descending ? "▼" : "▲") : "↕"}
        </span>
      </button>
    </th>
  );

  return (
    <section class="dash-card dash-list" aria-labelledby="list-title">
      <div class="dash-list__head">
        <h2 id="list-title">Santa's list</h2>
        <div class="dash-controls">
          <label class="dash-search">
            <span class="sr-only">Search by name or gift</span>
            <input
              type="search"
              placeholder="Search a name or a gift…"
              value={props.query.search}
              onInput={(e) => set({ search: e.currentTarget.value })}
              data-testid="search"
            />
          </label>
          <label class="dash-toggle" classList={{ "dash-toggle--alert": props.flagged > 0 }}>
            <input
              type="checkbox"
              checked={props.query.needsGrownUp}
              onChange={(e) => set({ needsGrownUp: e.currentTarget.checked })}
              data-testid="filter-flagged"
            />
            Needs a grown-up ({props.flagged})
          </label>
          <label class="dash-toggle">
            <input
              type="checkbox"
              checked={props.query.showWithdrawn}
              onChange={(e) => set({ showWithdrawn: e.currentTarget.checked })}
              data-testid="show-withdrawn"
            />
            Show withdrawn wishes
          </label>
        </div>
      </div>
      <Show
        when={props.rows.length > 0}
        fallback={
          <div class="dash-none" data-testid="no-match">
            <p>No child matches{props.query.search.trim() ? ` “${props.query.search.trim()}”` : ""}{props.query.needsGrownUp ? " among those who need a grown-up" : ""}.</p>
            <button type="button" class="dash-button dash-button--quiet" onClick={() => set({ search: "", needsGrownUp: false })}>
              Show everyone
            </button>
          </div>
        }
      >
        <p class="dash-list__count" aria-live="polite">
          {props.rows.length === props.total ? `${props.total} ${props.total === 1 ? "child" : "children"}` : `${props.rows.length} of ${props.total} children`}
        </p>
        <div class="dash-table-wrap">
          <table class="dash-table" data-testid="children-table">
            <thead>
              <tr>
                <SortHeader sort="name" label="Child" class="dash-table__child" />
                <th scope="col">Wishes</th>
                <SortHeader sort="wishes" label="How many" class="dash-table__count" />
                <SortHeader sort="updated" label="Last update" class="dash-table__updated" />
              </tr>
            </thead>
            <tbody>
              <For each={shown()}>
                {(card) => (
                  <ChildRow card={card} showWithdrawn={props.query.showWithdrawn} opened={props.opened === card.conversationId} onOpen={props.onOpen} />
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={hidden() > 0}>
          <div class="dash-more">
            <button type="button" class="dash-button dash-button--quiet" onClick={() => setLimit(limit() + ROWS_AT_A_TIME)} data-testid="show-more">
              Show {Math.min(hidden(), ROWS_AT_A_TIME)} more ({hidden()} not shown)
            </button>
          </div>
        </Show>
      </Show>
    </section>
  );
}

function ChildRow(props: { card: ChildGifts; showWithdrawn: boolean; opened: boolean; onOpen: (conversationId: string) => void }): JSX.Element {
  const wishes = () => shownWishes(props.card, props.showWithdrawn);
  return (
    <tr
      class="dash-row"
      classList={{ "dash-row--flagged": needsGrownUp(props.card), "dash-row--open": props.opened }}
      data-testid="child-row"
      data-conversation-id={props.card.conversationId}
      data-flagged={needsGrownUp(props.card) ? "true" : "false"}
    >
      <td class="dash-table__child">
        <button type="button" class="dash-child" onClick={() => props.onOpen(props.card.conversationId)} data-testid="child-name">
          <Show when={props.card.childName !== null} fallback={<span class="dash-child__unnamed">Name not given yet</span>}>
            {props.card.childName}
          </Show>
        </button>
        <Show when={needsGrownUp(props.card)}>
          <span class="dash-flag" data-testid="flag">
            Needs a grown-up<span class="dash-flag__kinds"> · {props.card.flags.map(flagLabel).join(", ")}</span>
          </span>
        </Show>
      </td>
      <td>
        <Show when={wishes().length > 0} fallback={<span class="dash-muted">No wishes yet</span>}>
          <ul class="dash-wishes">
            <For each={wishes()}>
              {(wish) => <WishItem wish={wish} takenBack="quiet" testId="wish" />}
            </For>
          </ul>
        </Show>
      </td>
      <td class="dash-table__count" data-testid="wish-count">
        {currentWishes(props.card).length}
      </td>
      <td class="dash-table__updated">
        <time datetime={props.card.updatedAt}>{whenText(props.card.updatedAt)}</time>
      </td>
    </tr>
  );
}
