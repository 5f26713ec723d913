// Headless Chromium for the end-to-end tests: Debian's chromium driven by playwright-core
// (nothing is downloaded), with the flags a closed network and a root user need. Playwright
// gives every launch a fresh profile of its own.
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.KRINGLE_CHROMIUM ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
