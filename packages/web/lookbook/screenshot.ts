// Dev-only: serves the look-book with vite and takes its scenes in headless Chromium at a laptop's
// and a tablet's size, into .e2e-artifacts/lookbook/. Run: npx tsx packages/web/lookbook/screenshot.ts
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import solid from "vite-plugin-solid";
import { createServer } from "vite";
import { launchChromium } from "../../local/src/e2e/browser.js";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(web, "..", "..", ".e2e-artifacts", "lookbook");
mkdirSync(out, { recursive: true });

const server = await createServer({ root: web, configFile: false, plugins: [solid()], server: { port: 0, host: "127.0.0.1" }, logLevel: "warn" });
await server.listen();
const address = server.httpServer?.address();
if (!address || typeof address === "string") throw new Error("vite did not listen");
const browser = await launchChromium();
try {
  const viewports = { laptop: { width: 1280, height: 800 }, tablet: { width: 820, height: 1180 } };
  for (const [device, viewport] of Object.entries(viewports)) {
    const page = await browser.newPage({ viewport });
    page.on("pageerror", (error) => console.error("page error:", error));
    for (const scene of ["full", "panel", "loading", "empty", "forbidden", "offline"]) {
      await page.goto(`http://127.0.0.1:${address.port}/lookbook/elves.html?scene=${scene}`);
      await page.locator('[data-testid="live-state"]').waitFor();
      const path = join(out, `elves-${scene}-${device}.png`);
      await page.screenshot({ path, animations: "disabled" });
      console.log(path);
      if (scene === "full") {
        await page.locator(".dash-list").evaluate((el) => el.scrollIntoView());
        await page.screenshot({ path: join(out, `elves-list-${device}.png`), animations: "disabled" });
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
