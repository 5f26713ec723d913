// A real model's markdown in Chromium: Santa's reply from the Bedrock stand-in, with bold, a list
// and an injection attempt, renders as words, a list and bold, and the HTML stays text.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lambda/functions.js";
import { startBedrockStandIn, type BedrockStandIn } from "../stand-ins/bedrock-runtime.js";
import { startTestKringle, type TestKringle } from "../testing/test-kringle.js";
import { launchChromium } from "./browser.js";

const artifacts = join(repoRoot, ".e2e-artifacts");
const reply = 'Ho ho ho, **Mia**! Here is your list:\n\n- a *red* sledge\n- a kitten\n\nSee <img src=x onerror="document.title=\'pwned\'"> and [this](javascript:alert(1)).';
const saved = { ...process.env };
let standIn: BedrockStandIn;
let k: TestKringle;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  standIn = await startBedrockStandIn({ wordDelayMs: 5, script: [{ kind: "reply", text: reply }] });
  process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = standIn.url;
  k = await startTestKringle({ model: "bedrock" });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await k?.dispose();
  await standIn?.close();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe("a model's markdown in the chat", () => {
  it("renders bold and a list, and shows HTML and links as text", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(k.chatUrl);
    await page.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached" });
    await page.getByTestId("message-input").fill("Hi Santa, I'm Mia");
    await page.getByTestId("message-input").press("Enter");
    const bubble = page.locator('[data-testid="reply"][data-status="completed"]').last();
    await bubble.waitFor({ timeout: 20_000 });
    expect(await bubble.locator("strong").first().textContent()).toBe("Mia");
    expect(await bubble.locator("li").allTextContents()).toEqual(["a red sledge", "a kitten"]);
    expect(await bubble.locator("em").textContent()).toBe("red");
    expect(await bubble.locator("img, a, script").count()).toBe(0);
    const text = (await bubble.textContent()) ?? "";
    expect(text).toContain(`<img src=x onerror="document.title='pwned'">`);
    expect(text).toContain("See ");
    expect(text).not.toContain("**");
    expect(await page.title()).not.toBe("pwned");
    await page.screenshot({ path: join(artifacts, "chat-markdown.png") });
    await page.close();
  });
});
