// The elves' route, loaded with import() so the chat's bundle carries none of it: starts the live
// session with the elves' link and renders the dashboard with its own styles and uPlot's charts.
import { render } from "solid-js/web";
// the styles the elves' pages share with the missing-link card, and the later parts the page uses
import "../ui/later-parts.js";
import uplotCss from "uplot/dist/uPlot.min.css?inline";
import { createElvesSession } from "./elves-session.js";
import elvesCss from "./elves.css?inline";
import { uplotCharts } from "./gift-charts.uplot.js";
import { ElvesPage } from "./ElvesPage.js";

export function startElves(root: HTMLElement, url: string): void {
  // the styles come inside the chunk, in place before the first render (vite.config.ts says why)
  const style = document.createElement("style");
  style.textContent = uplotCss + elvesCss;
  document.head.append(style);
  const session = createElvesSession({ url });
  window.addEventListener("online", () => session.retryNow());
  render(() => <ElvesPage session={session} charts={uplotCharts} />, root);
}
