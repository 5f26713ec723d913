// Santa's list end to end in headless Chromium, two pages against kringle offline: a child chats in
// one, and the elves' dashboard in the other shows her wishes appear, then change, without a reload.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lambda/functions.js";
import { startTestKringle, type TestKringle } from "../testing/test-kringle.js";
import { launchChromium } from "./browser.js";

const artifacts = join(repoRoot, ".e2e-artifacts");
let k: TestKringle;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  k = await startTestKringle();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await k?.dispose();
});

/** The gifts a child's row shows with the given status, A to Z (wishes made together share a time). */
async function gifts(row: Locator, status: "wished" | "withdrawn"): Promise<string[]> {
  return (await row.locator(`[data-testid="wish"][data-status="${status}"] .dash-wish__gift`).allTextContents()).sort();
}

async function say(chat: Page, text: string): Promise<void> {
  const replies = await chat.locator('[data-testid="reply"][data-status="completed"]').count();
  await chat.getByTestId("message-input").fill(text);
  await chat.getByTestId("message-input").press("Enter");
  await expect.poll(() => chat.locator('[data-testid="reply"][data-status="completed"]').count(), { timeout: 20_000 }).toBe(replies + 1);
}

describe("the elves' dashboard", () => {
  it("is loaded only by the elves' page: the chat fetches none of its code", async () => {
    const context = await browser.newContext();
    const requested = async (url: string, ready: string) => {
      const page = await context.newPage();
      const urls: string[] = [];
      page.on("request", (request) => urls.push(new URL(request.url()).pathname));
      await page.goto(url);
      await page.locator(ready).waitFor({ state: "attached" });
      // the dashboard's styles come inside its chunk: its sheet is as wide as elves.css says
      const width = await page.evaluate("getComputedStyle(document.querySelector('.app')).maxWidth");
      await page.close();
      return { assets: urls.filter((path) => path.startsWith("/assets/")), width };
    };
    const chat = await requested(k.chatUrl, '[data-testid="connection-state"]');
    const elves = await requested(k.elvesUrl, '[data-testid="live-state"]');
    expect(chat.assets.filter((path) => path.includes("elves-app"))).toEqual([]);
    expect(chat.width).toBe("780px");
    expect(elves.assets.filter((path) => /elves-app-.*\.js$/.test(path))).toHaveLength(1);
    expect(elves.assets.filter((path) => /\.css$/.test(path))).toEqual(chat.assets.filter((path) => /\.css$/.test(path)));
    expect(elves.width).toBe("1240px");
    await context.close();
  });

  it("shows a child's wishes appear live, then the puppy leave and the kitten join", async () => {
    const elvesContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const dashboard = await elvesContext.newPage();
    dashboard.on("pageerror", (err) => console.error("dashboard error:", err));
    await dashboard.goto(k.elvesUrl);
    await dashboard.locator('[data-testid="live-state"][data-state="live"]').waitFor();

    const childContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const chat = await childContext.newPage();
    chat.on("pageerror", (err) => console.error("chat error:", err));
    await chat.goto(k.chatUrl);
    await chat.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached" });

    await say(chat, "I'm Mia and I'd love a red bike and a puppy");
    const mia = dashboard.getByTestId("child-row").filter({ has: dashboard.getByTestId("child-name").getByText("Mia", { exact: true }) });
    await expect.poll(() => gifts(mia, "wished"), { timeout: 10_000 }).toEqual(["puppy", "red bike"]);
    await dashboard.screenshot({ path: join(artifacts, "elves-gifts-appear.png") });

    await say(chat, "actually not the puppy, a kitten instead");
    await expect.poll(() => gifts(mia, "wished"), { timeout: 10_000 }).toEqual(["kitten", "red bike"]);
    expect(await gifts(mia, "withdrawn")).toEqual(["puppy"]);
    expect(await dashboard.getByTestId("last-update").textContent()).toMatch(/last update/);
    await dashboard.screenshot({ path: join(artifacts, "elves-gifts-changed.png") });

    await elvesContext.close();
    await childContext.close();
  });

  it("opens Mia to read her conversation with Santa", async () => {
    const context = await browser.newContext({ viewport: { width: 820, height: 1180 } });
    const dashboard = await context.newPage();
    await dashboard.goto(k.elvesUrl);
    await dashboard.getByTestId("child-name").getByText("Mia", { exact: true }).click();
    const panel = dashboard.getByTestId("conversation-panel");
    await expect.poll(() => panel.getByTestId("transcript-line").count(), { timeout: 10_000 }).toBe(4);
    expect(await panel.getByTestId("transcript-line").first().textContent()).toContain("red bike and a puppy");
    await dashboard.screenshot({ path: join(artifacts, "elves-conversation.png") });
    await context.close();
  });

  it("shows a wish Santa declined on the child's row, marked, and not counted", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const dashboard = await context.newPage();
    await dashboard.goto(k.elvesUrl);
    await dashboard.locator('[data-testid="live-state"][data-state="live"]').waitFor();
    const chat = await context.newPage();
    await chat.goto(k.chatUrl);
    await chat.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached" });
    await say(chat, "I'm Tom and I want a pocket knife and a kite");
    const tom = dashboard.getByTestId("child-row").filter({ has: dashboard.getByTestId("child-name").getByText("Tom", { exact: true }) });
    const knife = tom.locator('[data-testid="wish"][data-declined="harmful"]');
    await knife.waitFor({ timeout: 10_000 });
    expect(await knife.textContent()).toContain("asked for, not safe: Santa said no");
    expect(await tom.getByTestId("wish-count").textContent()).toBe("1");
    await dashboard.screenshot({ path: join(artifacts, "elves-declined-wish.png") });
    await context.close();
  });

  it("tells a child's link that the list is for elves", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const childLink = new URL(k.elvesUrl);
    childLink.searchParams.set("token", k.config.accessToken);
    await page.goto(childLink.toString());
    await page.getByTestId("state-forbidden").waitFor({ timeout: 10_000 });
    await context.close();
  });
});
