// The chat page as a child meets it, in headless Chromium against kringle offline: what it
// costs to load, how it looks to axe-core, how it behaves on a wrong link, and an open tab that
// carries on after the server restarts under it.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatRouteSizes, routeSizes } from "../bench/route-sizes.js";
import { repoRoot } from "../lambda/functions.js";
import { startTestKringle, tempDataDir, type TestKringle } from "../testing/test-kringle.js";
import { launchChromium } from "./browser.js";

const artifacts = join(repoRoot, ".e2e-artifacts");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const dataDir = tempDataDir();
let k: TestKringle;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  k = await startTestKringle({ offlineWordMs: 20, dataDir });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await k?.dispose();
});

async function open(url: string, viewport = { width: 1280, height: 800 }, before?: (page: Page) => unknown): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on("pageerror", (err) => console.error("page error:", err));
  await before?.(page);
  await page.goto(url);
  return page;
}

const connected = (page: Page) => page.locator('[data-testid="connection-state"][data-state="open"]').waitFor({ state: "attached", timeout: 20_000 });

async function chat(page: Page, text: string): Promise<string> {
  const done = await page.locator('[data-testid="reply"][data-status="completed"]').count();
  await page.getByTestId("message-input").fill(text);
  await page.getByTestId("message-input").press("Enter");
  const reply = page.locator('[data-testid="reply"][data-status="completed"]').nth(done);
  await reply.waitFor({ timeout: 20_000 });
  return (await reply.textContent()) ?? "";
}

/** axe-core's serious and critical findings on the page as it is now */
async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // judged as a person sees the page: after the bubbles' fade-in, which axe would read half-done
  await page.evaluate("Promise.all(document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished))");
  // evaluated, not a script tag: the page's policy allows no inline script
  await page.evaluate(axeSource);
  const options = { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } };
  const result = (await page.evaluate(`axe.run(document, ${JSON.stringify(options)})`)) as {
    violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`) }));
}

// What runs in the page is written as strings: this package type-checks without the DOM's types.

/** axe does not judge placeholders: the contrast of the input's placeholder on what is behind it */
async function placeholderContrast(page: Page): Promise<number> {
  const [fg, bg] = (await page.evaluate(`(() => {
    const input = document.querySelector('[data-testid="message-input"]');
    let behind = input, background = "rgba(0, 0, 0, 0)";
    while (behind && /^rgba\\(.*, 0\\)$|^transparent$/.test(background)) {
      background = getComputedStyle(behind).backgroundColor;
      behind = behind.parentElement;
    }
    return [getComputedStyle(input, "::placeholder").color, background];
  })()`)) as [string, string];
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const [light, dark] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe("the chat page's weight", () => {
  it("arrives compressed, its initial JS and CSS are what `npm run size` reports, and the later parts follow", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const assets: Response[] = [];
    page.on("response", (r) => {
      if (/\.(js|css)$/.test(new URL(r.url()).pathname)) assets.push(r);
    });
    await page.goto(k.chatUrl);
    await connected(page);
    const sizes = routeSizes(join(repoRoot, "packages/web/dist"));
    const [chat, , after] = sizes;
    const path = (r: Response) => new URL(r.url()).pathname.slice(1);
    // the later parts are asked for right after the first paint (ui/later.tsx): wait for them too
    await expect.poll(() => assets.map(path).filter((f) => after!.files.includes(f)).length).toBe(after!.files.length);
    let transferred = 0;
    for (const r of assets) {
      const headers = await r.allHeaders();
      expect(headers["content-encoding"], r.url()).toMatch(/^(br|gzip)$/);
      expect(headers["cache-control"], r.url()).toBe("public, max-age=31536000, immutable");
      transferred += (await r.request().sizes()).responseBodySize;
    }
    const initial = assets.filter((r) => chat!.files.includes(path(r)));
    let initialBytes = 0;
    for (const r of initial) initialBytes += (await r.request().sizes()).responseBodySize;
    console.log(`${formatRouteSizes(sizes)}\n  measured in Chromium: ${assets.length} files, ${(transferred / 1024).toFixed(1)} kB transferred (${(await assets[0]!.allHeaders())["content-encoding"]}), ${(initialBytes / 1024).toFixed(1)} kB before the first paint`);
    expect(new Set(assets.map(path))).toEqual(new Set([...chat!.files, ...after!.files]));
    expect(initialBytes).toBe(chat!.brotli);
    await context.close();
  });
});

describe("the chat page for a child", () => {
  it("has its input focused, no page-level scroll, and zero serious axe findings, also near the limit", async () => {
    const page = await open(k.chatUrl);
    await connected(page);
    expect(await page.evaluate("document.activeElement?.dataset.testid")).toBe("message-input");
    await chat(page, "Hi Santa! I'm Mia and I wish for a red bicycle.");
    expect(await page.evaluate("document.scrollingElement.scrollHeight - window.innerHeight")).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    const placeholder = await placeholderContrast(page);
    console.log(`placeholder contrast: ${placeholder.toFixed(2)}:1`);
    expect(placeholder).toBeGreaterThanOrEqual(4.5);
    await page.getByTestId("message-input").fill("x".repeat(1900));
    await page.getByTestId("char-counter").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId("message-input").fill("");
    await page.screenshot({ path: join(artifacts, "chat-laptop.png") });
    await page.context().close();
  });

  it("looks right on a phone, with no serious axe findings", async () => {
    const page = await open(k.chatUrl, { width: 390, height: 844 });
    await connected(page);
    await chat(page, "What do reindeer eat?");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, "chat-phone.png") });
    await page.context().close();
  });

  it("starts a new letter: an empty chat, and the next message is answered there", async () => {
    const page = await open(k.chatUrl);
    await connected(page);
    await chat(page, "Hello Santa, I'm Leo");
    await page.getByTestId("new-letter").click();
    await connected(page);
    expect(await page.getByTestId("message").count()).toBe(0);
    await chat(page, "Hi, it's a new letter");
    expect(await page.getByTestId("message").count()).toBe(1);
    await page.context().close();
  });

  it("says at once that a wrong link is refused, after one attempt", async () => {
    let attempts = 0;
    const page = await open(`${k.url}/?token=not-the-token`, undefined, (p) => p.on("websocket", () => (attempts += 1)));
    await page.locator('[data-testid="connection-state"][data-state="offline"]').waitFor({ state: "attached" });
    expect(await page.getByTestId("connection-state").textContent()).toContain("ask a grown-up for a fresh one");
    // the page waits for the server's answer before a second attempt, however slow the machine
    expect(attempts).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, "chat-refused.png") });
    await page.context().close();
  });

  it("runs under its content security policy, which refuses nothing it does and an inline script it does not", async () => {
    const record = (p: Page) =>
      p.addInitScript(`{
        const seen = (window.cspViolations = []);
        document.addEventListener("securitypolicyviolation", (e) => seen.push(e.violatedDirective + " " + e.blockedURI));
      }`);
    const violations = (p: Page) => p.evaluate("window.cspViolations") as Promise<string[]>;
    const page = await open(k.chatUrl, undefined, record);
    const headers = (await page.request.get(k.chatUrl)).headers();
    expect(headers["content-security-policy"]).toContain("script-src 'self';");
    expect(headers["referrer-policy"]).toBe("no-referrer");
    await connected(page);
    await chat(page, "Hello Santa! Can you tell me **three** things reindeer eat?");
    const elves = await open(k.elvesUrl, undefined, record);
    await connected(elves);
    expect(await violations(page)).toEqual([]);
    expect(await violations(elves)).toEqual([]);
    // the policy is in force: a script written into the page does not run
    const ran = await page.evaluate(`(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = true";
      document.head.append(script);
      return window.injected === true;
    })()`);
    expect(ran).toBe(false);
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
    await page.context().close();
    await elves.context().close();
  });

  it("the elves' page has zero serious axe findings", async () => {
    const page = await open(k.elvesUrl);
    await connected(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe("an open tab when the server restarts", () => {
  it("reconnects by itself and the next message is answered", async () => {
    const page = await open(k.chatUrl);
    await connected(page);
    await chat(page, "Hi Santa, I'm Ada");
    const port = Number(new URL(k.url).port);
    await k.stopKeepingData();
    await page.locator('[data-testid="connection-state"][data-state="reconnecting"]').waitFor({ state: "attached" });

    k = await startTestKringle({ offlineWordMs: 20, dataDir, port });
    const up = Date.now();
    await connected(page);
    console.log(`restart: the open tab was back ${Date.now() - up} ms after the server was`);
    expect(await chat(page, "I wish for a telescope")).not.toBe("");
    expect(await page.getByTestId("message").count()).toBe(2);
    await page.context().close();
  });
});
