// The chat in headless Chromium against kringle offline: a message gets Santa's reply streaming
// in, and a reload shows the whole conversation again, from the transcript projection.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lambda/functions.js";
import { startTestKringle, type TestKringle } from "../testing/test-kringle.js";
import { launchChromium } from "./browser.js";

const artifacts = join(repoRoot, ".e2e-artifacts");
let k: TestKringle;
let browser: Browser;
/** one child's browser: its localStorage keeps the conversation across pages and reloads */
let child: BrowserContext;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  k = await startTestKringle({ offlineWordMs: 60 });
  browser = await launchChromium();
  child = await browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await k?.dispose();
});

async function openChat(): Promise<Page> {
  const page = await child.newPage();
  page.on("pageerror", (err) => console.error("page error:", err));
  await page.goto(k.chatUrl);
  await page.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached" });
  return page;
}

describe("the chat page", () => {
  it("shows Santa's reply streaming in, then the whole conversation again after a reload", async () => {
    const page = await openChat();
    const input = page.getByTestId("message-input");
    await input.fill("Hi Santa! My name is Mia and I would like a red bicycle.");
    await input.press("Enter");

    await expect.poll(() => page.getByTestId("message").last().getAttribute("data-status")).toBe("sent");
    const reply = page.getByTestId("reply").last();
    await reply.and(page.locator('[data-status="streaming"]')).waitFor();
    const partial = (await reply.textContent()) ?? "";
    await page.screenshot({ path: join(artifacts, "chat-streaming.png") });

    await page.locator('[data-testid="reply"][data-status="completed"]').last().waitFor({ timeout: 20_000 });
    const full = (await reply.textContent()) ?? "";
    expect(full.length).toBeGreaterThan(partial.length);
    expect(full).toContain("Mia");
    await expect.poll(() => input.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    await page.screenshot({ path: join(artifacts, "chat-completed.png") });

    await page.reload();
    await page.locator('[data-testid="reply"][data-status="completed"]').last().waitFor();
    expect(await page.getByTestId("message").allTextContents()).toEqual([expect.stringContaining("red bicycle")]);
    expect(await page.locator('[data-testid="reply"][data-status="completed"]').last().textContent()).toBe(full);
    await page.screenshot({ path: join(artifacts, "chat-reloaded.png") });
    await page.close();
  });

  it("keeps the conversation in this browser: a second message joins the first", async () => {
    const page = await openChat();
    await page.locator('[data-testid="reply"][data-status="completed"]').last().waitFor();
    const before = await page.getByTestId("message").count();
    await page.getByTestId("message-input").fill("What do the reindeer eat?");
    await page.getByTestId("send-button").click();
    await expect.poll(() => page.locator('[data-testid="reply"][data-status="completed"]').count(), { timeout: 20_000 }).toBe(before + 1);
    expect(await page.getByTestId("message").count()).toBe(before + 1);
    await page.close();
  });

  it("answers messages sent while Santa is writing in one reply, and leaves no 'thinking' behind", async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await other.newPage();
    await page.goto(k.chatUrl);
    await page.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached" });
    const input = page.getByTestId("message-input");
    // a long first reply (about 90 words, 5 s at 60 ms a word): the three messages below go out
    // while it streams even on a busy machine, where the browser is slow and the model is not
    await input.fill("Hi Santa, I'm Leo. How many days until Christmas? What do the reindeer eat? How old are you?");
    await input.press("Enter");
    await page.locator('[data-testid="reply"][data-status="streaming"]').waitFor();
    for (const text of ["I want a kite", "and a yo-yo", "and a sledge"]) {
      await input.fill(text);
      await input.press("Enter");
    }
    await expect.poll(() => page.locator('[data-testid="reply"][data-status="completed"]').count(), { timeout: 20_000 }).toBe(2);
    await expect.poll(() => page.getByTestId("santa-thinking").count()).toBe(0);
    expect(await page.getByTestId("message").count()).toBe(4);
    expect(await page.getByTestId("reply").count()).toBe(2);
    const last = (await page.getByTestId("reply").last().textContent()) ?? "";
    for (const wish of ["kite", "yo-yo", "sledge"]) expect(last).toContain(wish);
    await page.screenshot({ path: join(artifacts, "chat-one-reply-to-three.png") });
    await other.close();
  });

  it("refuses a message over 2,000 characters in the page itself", async () => {
    const page = await openChat();
    await page.getByTestId("message-input").fill("x".repeat(2001));
    expect(await page.getByTestId("send-button").isDisabled()).toBe(true);
    await page.close();
  });

  it("opens the elves' page with the elves' token", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(k.elvesUrl);
    await page.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached" });
    await page.screenshot({ path: join(artifacts, "elves.png") });
    await context.close();
  });
});
