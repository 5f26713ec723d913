// The two chart cards: the most-wished gifts and the wishes over time, each with its figures as text
// too (for screen readers, and to read exact numbers).
import { createEffect, For, onCleanup, onMount, Show, type JSX } from "solid-js";
import type { ChartKit, ChartView } from "./gift-charts.uplot.js";
import type { GiftCount, WishTimeline } from "./gift-list.js";

/** The most gifts the bar chart shows. */
export const TOP_GIFTS = 10;

/** Mounts a chart in a box and keeps it the width of its card. */
function ChartBox<T>(props: {
  data: T;
  mount: (el: HTMLElement, data: T, width: number) => ChartView<T>;
  label: string;
  testid: string;
}): JSX.Element {
  let box!: HTMLDivElement;
  let view: ChartView<T> | undefined;
  const width = () => Math.max(240, Math.floor(box.clientWidth || 480));
  onMount(() => {
    view = props.mount(box, props.data, width());
    if (typeof ResizeObserver !== "undefined") {
      const observer = new ResizeObserver(() => view?.resize(width()));
      observer.observe(box);
      onCleanup(() => observer.disconnect());
    }
  });
  createEffect(() => {
    const data = props.data;
    view?.update(data);
  });
  onCleanup(() => view?.destroy());
  return <div class="dash-chart" ref={box} role="img" aria-label={props.label} data-testid={props.testid} />;
}

export function GiftCharts(props: { top: readonly GiftCount[]; timeline: WishTimeline; charts: ChartKit }): JSX.Element {
  const per = () => (props.timeline.bucket === "hour" ? "hour" : "day");
  return (
    <div class="dash-charts">
      <section class="dash-card" aria-labelledby="top-gifts-title">
        <h2 id="top-gifts-title">Most wished for</h2>
        <p class="dash-card__note">Children wishing for each gift now (taken-back wishes not counted)</p>
        <Show when={props.top.length > 0} fallback={<p class="dash-muted dash-chart-empty">Every wish has been taken back.</p>}>
          <ChartBox data={props.top} mount={props.charts.giftBars} label="Bar chart of the most-wished gifts" testid="top-gifts-chart" />
        </Show>
        <ol class="sr-only" data-testid="top-gifts">
          <For each={props.top}>{(g) => <li>{`${g.gift}: ${g.count}`}</li>}</For>
        </ol>
      </section>
      <section class="dash-card" aria-labelledby="over-time-title">
        <h2 id="over-time-title">Wishes over time</h2>
        <p class="dash-card__note">Wishes made and taken back, per {per()}</p>
        <ChartBox data={props.timeline} mount={props.charts.wishTimeline} label={`Chart of wishes made and taken back per ${per()}`} testid="over-time-chart" />
      </section>
    </div>
  );
}
