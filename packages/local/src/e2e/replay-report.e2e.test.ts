// A replay report page in headless Chromium, opened from its file as a user opens it: everything
// shown at first, and the "only differing" and "only regressions" filters hide the rest.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadPrompt, MemoryArchive, NorthPoleModel, recordConversation, replayReportPage, runReplay, type Model } from "@kringle/core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "./browser.js";

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), "kringle-report-"));
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** North Pole's replies, except that a reply to a message with a wish in it never names the gift. */
function forgetful(): Model {
  const inner = new NorthPoleModel({ wordDelayMs: 0 });
  return {
    id: "forgetful-1",
    async *stream(request, signal) {
      const last = request.turns.at(-1)?.text ?? "";
      if (/bike|kite/.test(last)) {
        yield { type: "text", text: "Ho ho ho, how lovely!" };
        yield { type: "done", stopReason: "end_turn", usage: { input: 1, output: 5 } };
        return;
      }
      yield* inner.stream(request, signal);
    },
  };
}

it("opens from its file, and its filters show only the differing replies, then only the regressions", async () => {
  const start = new Date("2026-12-01T10:00:00Z");
  const archive = new MemoryArchive([
    ...(await recordConversation("c_page_1", start, ["hello Santa", "I would love a red bike"])),
    ...(await recordConversation("c_page_2", start, ["hello Santa", "what do reindeer eat?"])),
  ]);
  const report = await runReplay({ runId: "page", archive, model: forgetful(), prompt: loadPrompt("v2") });
  const file = join(dir, "report.html");
  writeFileSync(file, replayReportPage(report));

  const page = await browser.newPage();
  const errors: Error[] = [];
  page.on("pageerror", (err) => errors.push(err));
  await page.goto(pathToFileURL(file).href);
  const shown = () => page.locator(".reply:visible").count();
  expect(await shown()).toBe(4);
  await expect(page.locator("#shown").textContent()).resolves.toBe("4 replies shown");

  await page.getByLabel("only replies that differ").check();
  expect(await shown()).toBe(report.summary.differing);
  expect(await page.locator(".conversation:visible h3").allTextContents()).toEqual([expect.stringContaining("c_page_1")]);

  await page.getByLabel("only replies that differ").uncheck();
  await page.getByLabel("only regressions").check();
  expect(await shown()).toBe(1);
  await expect(page.locator(".reply:visible .regression").textContent()).resolves.toContain("acknowledged");

  await page.getByLabel("only regressions").uncheck();
  expect(await shown()).toBe(4);
  expect(errors).toEqual([]);
});
