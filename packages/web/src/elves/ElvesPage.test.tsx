import { cleanup, fireEvent, render, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ChildGifts } from "@kringle/core/protocol";
import { card, cast, wish } from "../testing/gift-cards.js";
import { fakeSockets, manualTimers } from "../testing/fake-socket.js";
import { createElvesSession } from "./elves-session.js";
import type { Clock } from "./elves-time.js";
import type { ChartKit } from "./gift-charts.uplot.js";
import type { GiftCount, WishTimeline } from "./gift-list.js";
import { ElvesPage } from "./ElvesPage.js";

afterEach(cleanup);

/** Charts that record what they were asked to draw (jsdom has no canvas). */
function recordingCharts() {
  const drawn = { bars: [] as (readonly GiftCount[])[], timeline: [] as WishTimeline[], destroyed: 0 };
  const view = <T,>(log: T[]) => ({ update: (d: T) => void log.push(d), resize: () => undefined, destroy: () => void drawn.destroyed++ });
  const kit: ChartKit = {
    giftBars: (_el, data) => (drawn.bars.push(data), view(drawn.bars)),
    wishTimeline: (_el, data) => (drawn.timeline.push(data), view(drawn.timeline)),
  };
  return { kit, drawn };
}

function manualClock() {
  let now = 1_000_000;
  const ticks = new Set<() => void>();
  const clock: Clock = { now: () => now, every: (tick) => (ticks.add(tick), () => ticks.delete(tick)) };
  return { clock, advance: (ms: number) => ((now += ms), ticks.forEach((t) => t())), ticking: () => ticks.size, now: () => now };
}

function openPage() {
  const net = fakeSockets();
  const timers = manualTimers();
  const time = manualClock();
  const charts = recordingCharts();
  const downloads: { fileName: string; text: string }[] = [];
  const session = createElvesSession({ url: "ws://h/?token=elf", WebSocket: net.WebSocket, timers, random: () => 0.5, log: () => undefined, now: time.now });
  const page = render(() => (
    <ElvesPage session={session} charts={charts.kit} clock={time.clock} download={(fileName, text) => downloads.push({ fileName, text })} />
  ));
  const snapshot = (children: ChildGifts[]) => net.latest().receive({ type: "gifts.snapshot", children, complete: true });
  return { net, timers, time, charts, downloads, session, page, snapshot };
}

const state = (id: string) => screen.getByTestId(id).dataset.state;
const rowNames = () => screen.getAllByTestId("child-name").map((b) => b.textContent);

describe("the elves' dashboard: its states", () => {
  it("connects with the elves' link, asks for the list, and says it is loading until the snapshot is complete", () => {
    const { net } = openPage();
    expect(state("live-state")).toBe("loading");
    net.latest().accept();
    expect(net.latest().url).toBe("ws://h/?token=elf");
    expect(net.latest().actions()).toEqual([{ action: "watchGifts" }]);
    expect(screen.getByTestId("state-loading")).toBeTruthy();
    net.latest().receive({ type: "gifts.snapshot", children: [cast()[0]!], complete: false });
    expect(screen.getByTestId("state-loading")).toBeTruthy();
    net.latest().receive({ type: "gifts.snapshot", children: [], complete: true });
    expect(state("live-state")).toBe("live");
    expect(rowNames()).toEqual(["Mia"]);
  });

  it("says honestly that there are no wishes yet, and shows the first one the moment it comes", () => {
    const { net, snapshot } = openPage();
    net.latest().accept();
    snapshot([]);
    expect(screen.getByTestId("state-empty").textContent).toContain("No wishes yet");
    net.latest().receive({ type: "gifts.delta", child: card("c_mia", "Mia", [wish("red bike", "2026-12-01T09:00:00.000Z")]) });
    expect(screen.queryByTestId("state-empty")).toBeNull();
    expect(rowNames()).toEqual(["Mia"]);
  });

  it("given a child's link, when the server forbids the list, then it says this is not the elves' link", () => {
    const { net } = openPage();
    net.latest().accept();
    net.latest().receive({ type: "error", code: "forbidden", message: "only elves may watch the gift list", ref: "watchGifts" });
    expect(state("live-state")).toBe("forbidden");
    expect(screen.getByTestId("state-forbidden").textContent).toContain("This isn't the elves' link");
    expect(screen.queryByTestId("connection-state")).toBeNull();
  });

  it("given a wrong elves' link that never connects, then it says the link looks wrong", () => {
    const { net, timers } = openPage();
    for (let i = 0; i < 5; i++) {
      net.latest().refuse();
      if (i < 4) timers.runNext();
    }
    expect(state("live-state")).toBe("offline");
    expect(screen.getByTestId("state-offline").textContent).toContain("elves' link is probably wrong");
    expect(state("connection-state")).toBe("offline");
  });

  it("given the server cannot send the list, then it shows what it said", () => {
    const { net } = openPage();
    net.latest().accept();
    net.latest().receive({ type: "error", code: "internal", message: "the gift list is unavailable" });
    expect(screen.getByTestId("state-error").textContent).toContain("the gift list is unavailable");
    expect(state("live-state")).toBe("error");
  });

  it("keeps the list on screen while reconnecting, says it may be out of date, and is live again after the new snapshot", () => {
    const { net, timers, snapshot } = openPage();
    net.latest().accept();
    snapshot(cast());
    net.latest().drop();
    expect(state("live-state")).toBe("reconnecting");
    expect(rowNames()).toHaveLength(4);
    timers.runNext();
    net.latest().accept();
    expect(state("live-state")).toBe("loading");
    snapshot(cast());
    expect(state("live-state")).toBe("live");
  });

  it("says how long ago the last update came, counting on without a reload", () => {
    const { net, time, snapshot, page } = openPage();
    net.latest().accept();
    snapshot(cast());
    expect(screen.getByTestId("last-update").textContent).toContain("just now");
    time.advance(12_000);
    expect(screen.getByTestId("last-update").textContent).toContain("12 s ago");
    time.advance(60_000);
    expect(screen.getByTestId("last-update").textContent).toContain("1 min ago");
    net.latest().receive({ type: "gifts.delta", child: card("c_new", "Sam", [wish("drum", "2026-12-01T13:00:00.000Z")]) });
    expect(screen.getByTestId("last-update").textContent).toContain("just now");
    page.unmount();
    expect(time.ticking()).toBe(0);
  });
});

describe("the elves' dashboard: the list", () => {
  it("renders names and gifts as text, never as markup", () => {
    const { net, snapshot } = openPage();
    net.latest().accept();
    snapshot([card("c_x", '<img src=x onerror="alert(1)">Mia', [wish("<b>bike</b>", "2026-12-01T09:00:00.000Z")])]);
    const row = screen.getByTestId("child-row");
    expect(row.querySelector("img")).toBeNull();
    expect(row.querySelector("b")).toBeNull();
    expect(within(row).getByTestId("child-name").textContent).toBe('<img src=x onerror="alert(1)">Mia');
    expect(within(row).getByTestId("wish").textContent).toContain("<b>bike</b>");
  });

  it("shows each child's wishes with when they were made, withdrawn ones struck through or hidden by the toggle", () => {
    const { net, snapshot } = openPage();
    net.latest().accept();
    snapshot(cast());
    const mia = screen.getAllByTestId("child-row").find((r) => r.dataset.conversationId === "c_mia")!;
    const wishes = within(mia).getAllByTestId("wish");
    expect(wishes.map((w) => [w.querySelector(".dash-wish__gift")?.textContent, w.dataset.status])).toEqual([
      ["red bike", "wished"],
      ["puppy", "withdrawn"],
      ["kitten", "wished"],
    ]);
    expect(wishes[1]?.querySelector("s")?.textContent).toBe("puppy");
    expect(wishes[0]?.querySelector("time")?.getAttribute("datetime")).toBe("2026-12-01T09:00:00.000Z");
    expect(within(mia).getByTestId("wish-count").textContent).toBe("2");

    fireEvent.click(screen.getByTestId("show-withdrawn"));
    const shown = screen.getAllByTestId("child-row").find((r) => r.dataset.conversationId === "c_mia")!;
    expect(within(shown).getAllByTestId("wish").map((w) => w.querySelector(".dash-wish__gift")?.textContent)).toEqual(["red bike", "kitten"]);
  });

  it("shows a wish Santa declined apart, saying why, and does not count it as a gift to make", () => {
    const { net, snapshot } = openPage();
    net.latest().accept();
    snapshot([card("c_tom", "Tom", [wish("knife", "2026-12-01T09:00:00.000Z", { declined: "harmful" }), wish("kite", "2026-12-01T09:01:00.000Z")])]);
    const tom = screen.getAllByTestId("child-row")[0]!;
    const [knife, kite] = within(tom).getAllByTestId("wish");
    expect(knife?.dataset.declined).toBe("harmful");
    expect(knife?.textContent).toContain("asked for, not safe: Santa said no");
    expect(kite?.dataset.declined).toBeUndefined();
    expect(within(tom).getByTestId("wish-count").textContent).toBe("1");
  });

  it("searches by name or gift and sorts by name, wishes and last update", () => {
    const { net, snapshot } = openPage();
    net.latest().accept();
    snapshot(cast());
    expect(rowNames()).toEqual(["Name not given yet", "Zoë", "Leo", "Mia"]);
    fireEvent.click(screen.getByTestId("sort-name"));
    expect(rowNames()).toEqual(["Leo", "Mia", "Zoë", "Name not given yet"]);
    expect(screen.getByTestId("sort-name").closest("th")?.getAttribute("aria-sort")).toBe("ascending");
    fireEvent.click(screen.getByTestId("sort-name"));
    expect(rowNames()).toEqual(["Zoë", "Mia", "Leo", "Name not given yet"]);
    fireEvent.click(screen.getByTestId("sort-wishes"));
    expect(rowNames().slice(0, 2).sort()).toEqual(["Mia", "Zoë"]);

    fireEvent.input(screen.getByTestId("search"), { target: { value: "red bike" } });
    expect(rowNames().sort()).toEqual(["Mia", "Zoë"]);
    fireEvent.input(screen.getByTestId("search"), { target: { value: "unicorn" } });
    expect(screen.getByTestId("no-match").textContent).toContain("No child matches “unicorn”");
    fireEvent.click(within(screen.getByTestId("no-match")).getByRole("button", { name: "Show everyone" }));
    expect(rowNames()).toHaveLength(4);
  });

  it("draws a hundred children at a time, with a button for the rest", () => {
    const { net, snapshot } = openPage();
    net.latest().accept();
    snapshot(Array.from({ length: 130 }, (_, i) => card(`c_${i}`, `Child ${i}`, [wish("kite", "2026-12-01T09:00:00.000Z")])));
    expect(screen.getAllByTestId("child-row")).toHaveLength(100);
    expect(screen.getByTestId("show-more").textContent).toBe("Show 30 more (30 not shown)");
    fireEvent.click(screen.getByTestId("show-more"));
    expect(screen.getAllByTestId("child-row")).toHaveLength(130);
    expect(screen.queryByTestId("show-more")).toBeNull();
  });

  it("makes flagged conversations stand out, with a 'needs a grown-up' filter", () => {
    const { net, snapshot } = openPage();
    net.latest().accept();
    snapshot(cast());
    const flagged = screen.getAllByTestId("child-row").filter((r) => r.dataset.flagged === "true");
    expect(flagged.map((r) => r.dataset.conversationId)).toEqual(["c_leo"]);
    expect(within(flagged[0]!).getByTestId("flag").textContent).toContain("running away");
    expect(screen.getByTestId("attention").textContent).toContain("1 conversation needs a grown-up");
    expect(screen.getByTestId("count-flagged").textContent).toBe("1");
    fireEvent.click(screen.getByTestId("filter-flagged"));
    expect(rowNames()).toEqual(["Leo"]);
  });

  it("opens a child to read their conversation, read with sync", () => {
    const { net, snapshot } = openPage();
    net.latest().accept();
    snapshot(cast());
    const leo = screen.getAllByTestId("child-name").find((b) => b.textContent === "Leo")!;
    leo.focus();
    fireEvent.click(leo);
    expect(net.latest().actions().at(-1)).toEqual({ action: "sync", conversationId: "c_leo", after: 0 });
    const panel = screen.getByTestId("conversation-panel");
    expect(within(panel).getByTestId("transcript-loading")).toBeTruthy();
    expect(within(panel).getByTestId("panel-flags").textContent).toContain("running away");
    net.latest().receive({
      type: "transcript.snapshot",
      conversationId: "c_leo",
      complete: true,
      entries: [
        { kind: "message", position: 1, messageId: "m1", text: "<i>I want to run away</i>", at: "2026-12-01T10:15:00.000Z" },
        { kind: "reply", position: 2, replyId: "r1", inReplyTo: "m1", text: "Please talk to a grown-up you trust.", lastSeq: 0, status: "completed", at: "2026-12-01T10:15:01.000Z" },
      ],
    });
    const lines = within(panel).getAllByTestId("transcript-line");
    expect(lines.map((l) => l.textContent)).toEqual(["Leo<i>I want to run away</i>", "SantaPlease talk to a grown-up you trust."]);
    expect(panel.querySelector("i")).toBeNull();
    fireEvent.keyDown(document, { key: "Escape" });
    expect(screen.queryByTestId("conversation-panel")).toBeNull();
    expect(document.activeElement).toBe(leo);
  });
});

describe("the elves' dashboard: charts and export", () => {
  it("draws the most-wished gifts (current wishes only) and the wishes over time, and redraws on a delta", () => {
    const { net, snapshot, charts } = openPage();
    net.latest().accept();
    snapshot(cast());
    expect(charts.drawn.bars.at(-1)).toEqual([
      { gift: "kitten", count: 2 },
      { gift: "red bike", count: 2 },
      { gift: "lego", count: 1 },
      { gift: "sledge", count: 1 },
    ]);
    expect(charts.drawn.timeline.at(-1)?.made).toEqual([3, 1, 2, 1]);
    expect(screen.getByTestId("top-gifts").textContent).toContain("kitten: 2");
    net.latest().receive({ type: "gifts.delta", child: card("c_leo", "Leo", [wish("kitten", "2026-12-01T10:15:00.000Z")], { version: 9, flags: ["running-away"] }) });
    expect(charts.drawn.bars.at(-1)?.[0]).toEqual({ gift: "kitten", count: 3 });
  });

  it("downloads the whole list as CSV, whatever the search shows", () => {
    const { net, snapshot, downloads } = openPage();
    net.latest().accept();
    snapshot(cast());
    fireEvent.input(screen.getByTestId("search"), { target: { value: "leo" } });
    fireEvent.click(screen.getByTestId("export-csv"));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.fileName).toMatch(/^santas-list-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = downloads[0]!.text.trim().split("\r\n");
    expect(lines[0]).toBe("child,conversation,gift,status,when,declined");
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(["Leo", "Mia", "Mia", "Mia", "Zoë", "Zoë", ""]);
  });
});
