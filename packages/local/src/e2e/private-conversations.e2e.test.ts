// Private conversations in headless Chromium: a child's browser is given its conversation's id and
// key and keeps them; a second child's browser holding the first child's id but no key is refused
// and sees nothing of it (it ends up in a conversation of its own).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "../testing/test-kringle.js";
import { launchChromium } from "./browser.js";

let k: TestKringle;
let browser: Browser;

beforeAll(async () => {
  k = await startTestKringle({ offlineWordMs: 5 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await k?.dispose();
});

// scripts run in the page (strings: this package type-checks without the DOM's globals)
const kept = (page: import("playwright-core").Page) =>
  page.evaluate<{ id: string | null; key: string | null }>(
    '({ id: localStorage.getItem("kringle.conversationId"), key: localStorage.getItem("kringle.conversationKey") })',
  );

describe("private conversations", () => {
  it("refuses a second child with the first child's id but no key: it sees nothing of the first conversation", async () => {
    const first = await browser.newContext();
    const page = await first.newPage();
    await page.goto(k.chatUrl);
    await page.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached" });
    await page.getByTestId("message-input").fill("Hi Santa, my secret wish is a blue kite");
    await page.getByTestId("message-input").press("Enter");
    await page.locator('[data-testid="reply"][data-status="completed"]').last().waitFor({ timeout: 20_000 });
    const own = await kept(page);
    expect(own.id).toMatch(/^s_/);
    expect(own.key).toBe(k.keyOf(own.id!));

    const second = await browser.newContext();
    // the first child's id, as if copied into this browser, before the page's first script
    await second.addInitScript(
      `if (!sessionStorage.getItem("seeded")) { localStorage.setItem("kringle.conversationId", ${JSON.stringify(own.id)}); sessionStorage.setItem("seeded", "1"); }`,
    );
    const intruder = await second.newPage();
    await intruder.goto(k.chatUrl);
    // refused until the page gives the id up and is started on a conversation of its own
    await intruder.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached", timeout: 40_000 });
    const theirs = await kept(intruder);
    expect(theirs.id).not.toBe(own.id);
    expect(theirs.id).toMatch(/^s_/);
    expect(await intruder.getByTestId("message").count()).toBe(0);
    expect(await intruder.content()).not.toContain("blue kite");

    // and the first child's conversation is still only its own
    await page.reload();
    await page.locator('[data-testid="reply"][data-status="completed"]').last().waitFor();
    expect(await page.getByTestId("message").allTextContents()).toEqual([expect.stringContaining("blue kite")]);
    await first.close();
    await second.close();
  }, 90_000);
});
