// The two charts drawn with uPlot: the most-wished gifts as horizontal bars (names stay readable at
// any width) and the wishes made and taken back over time.
import uPlot from "uplot";
import type { GiftCount, WishTimeline } from "./gift-list.js";

/** A mounted chart: fed new figures, resized with its card, removed with the page. */
export interface ChartView<T> {
  update(data: T): void;
  resize(width: number): void;
  destroy(): void;
}

/** Draws the charts; the page takes it as a prop, so tests without a canvas can hand in their own. */
export interface ChartKit {
  giftBars(el: HTMLElement, data: readonly GiftCount[], width: number): ChartView<readonly GiftCount[]>;
  wishTimeline(el: HTMLElement, data: WishTimeline, width: number): ChartView<WishTimeline>;
}

const INK = "#3b2a21";
const INK_SOFT = "#7a6555";
const GRID = "rgba(122, 101, 85, 0.16)";
const GREEN = "#1d6b42";
const RED = "#b3261e";
const FONT = '13px ui-rounded, "Nunito", "Segoe UI", system-ui, sans-serif';
/** height of one gift's bar row, and the room for the axis at the top */
const BAR_ROW_PX = 24;
const BAR_AXIS_PX = 40;
export const TIMELINE_HEIGHT_PX = 200;

/** Long gift names are shortened on the axis; the full name is in the list below the chart. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function giftBarsHeight(count: number): number {
  return BAR_AXIS_PX + Math.max(count, 3) * BAR_ROW_PX;
}

function countAxis(side: 0 | 1 | 2 | 3): uPlot.Axis {
  return {
    side,
    size: side === 0 || side === 2 ? 28 : 40,
    stroke: INK_SOFT,
    font: FONT,
    grid: { stroke: GRID, width: 1 },
    ticks: { show: false },
    // whole wishes only
    incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000],
    values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? String(v) : "")),
  };
}

function barsData(data: readonly GiftCount[]): uPlot.AlignedData {
  return [data.map((_, i) => i), data.map((d) => d.count)];
}

export const uplotCharts: ChartKit = {
  giftBars(el, initial, width) {
    let data = initial;
    const chart = new uPlot(
      {
        width,
        height: giftBarsHeight(data.length),
        legend: { show: false },
        cursor: { show: false },
        padding: [8, 16, 4, 4],
        scales: {
          // x holds the gift's index, drawn top to bottom; y the count, left to right
          x: { time: false, ori: 1, dir: -1, range: () => [-0.5, Math.max(data.length, 1) - 0.5] },
          y: { ori: 0, range: (_u, _min, max) => [0, Math.max(3, Math.ceil(max * 1.1))] },
        },
        axes: [
          {
            side: 3,
            stroke: INK,
            font: FONT,
            size: 150,
            gap: 8,
            grid: { show: false },
            ticks: { show: false },
            splits: () => data.map((_, i) => i),
            values: (_u, splits) => splits.map((i) => shorten(data[i]?.gift ?? "", 20)),
          },
          countAxis(0),
        ],
        series: [
          {},
          {
            label: "children wishing",
            fill: GREEN,
            stroke: GREEN,
            paths: uPlot.paths.bars?.({ size: [0.7, 22], radius: 0.25 }),
            points: { show: false },
          },
        ],
      },
      barsData(data),
      el,
    );
    return {
      update(next) {
        data = next;
        chart.setSize({ width: chart.width, height: giftBarsHeight(next.length) });
        chart.setData(barsData(next));
      },
      resize: (w) => chart.setSize({ width: w, height: chart.height }),
      destroy: () => chart.destroy(),
    };
  },

  wishTimeline(el, initial, width) {
    let data = initial;
    const aligned = (d: WishTimeline): uPlot.AlignedData => [d.starts.map((s) => s / 1000), d.made, d.withdrawn];
    const chart = new uPlot(
      {
        width,
        height: TIMELINE_HEIGHT_PX,
        cursor: { drag: { x: false, y: false } },
        legend: { show: true, live: false },
        // room on the right for half of the last time label ("12:30am"), which uPlot centres on the edge
        padding: [12, 30, 0, 4],
        scales: {
          x: {
            time: true,
            // one bucket either side, so a single hour still shows as a bar
            range: () => {
              const step = data.bucket === "hour" ? 3600 : 86400;
              const first = (data.starts[0] ?? Date.now()) / 1000;
              const last = (data.starts.at(-1) ?? Date.now()) / 1000;
              return [first - step / 2, last + step / 2];
            },
          },
          y: { range: (_u, _min, max) => [0, Math.max(3, Math.ceil(max * 1.15))] },
        },
        axes: [{ stroke: INK_SOFT, font: FONT, grid: { stroke: GRID, width: 1 }, ticks: { show: false } }, countAxis(3)],
        series: [
          {},
          {
            label: "wishes made",
            fill: "rgba(29, 107, 66, 0.85)",
            stroke: GREEN,
            paths: uPlot.paths.bars?.({ size: [0.6, 28], radius: 0.2, align: 0 }),
            points: { show: false },
          },
          { label: "taken back", stroke: RED, width: 2, points: { show: true, size: 6, fill: RED } },
        ],
      },
      aligned(data),
      el,
    );
    return {
      update(next) {
        data = next;
        chart.setData(aligned(next));
      },
      resize: (w) => chart.setSize({ width: w, height: TIMELINE_HEIGHT_PX }),
      destroy: () => chart.destroy(),
    };
  },
};
