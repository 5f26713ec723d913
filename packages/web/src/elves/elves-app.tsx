// The elves' route, loaded with import() so the chat's bundle carries none of it: starts the live
// session with the elves' link and renders the dashboard with its own styles and uPlot's charts.
import { render } from "solid-js/web";
import { createElvesSession } from "./elves-session.js";
import { uplotCharts } from "./gift-charts.uplot.js";
import { ElvesPage } from "./ElvesPage.js";
import "./elves.css";

export function startElves(root: HTMLElement, url: string): void {
  const session = createElvesSession({ url });
  window.addEventListener("online", () => session.retryNow());
  render(() => <ElvesPage session={session} charts={uplotCharts} />, root);
}
