// The chat's weight budget (issue 11), checked on a fresh build of the web app: the JS and CSS its
// first paint needs stay within 15 kB gzipped, and what it fetches after stays out of that count.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../lambda/functions.js";
import { CHAT_BUDGET_GZIP_BYTES, formatRouteSizes, routeSizes } from "./route-sizes.js";

const dist = mkdtempSync(join(tmpdir(), "kringle-web-"));
const vite = join(repoRoot, "node_modules/vite/bin/vite.js");

beforeAll(() => {
  // as `npm run build:web` builds it: not in vitest's test mode (vite-plugin-solid would build for tests)
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_ENV" && k !== "TEST"));
  execFileSync(process.execPath, [vite, "build", "--outDir", dist, "--emptyOutDir"], { cwd: join(repoRoot, "packages/web"), env, stdio: "pipe" });
}, 120_000);
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe("the chat page's weight, built", () => {
  it("loads at most 15 kB of JS and CSS, gzipped, before its first paint; the rest comes after, the elves' page apart", () => {
    const sizes = routeSizes(dist);
    console.log(formatRouteSizes(sizes));
    const [chat, elves, after] = sizes;
    expect(chat!.gzip).toBeLessThanOrEqual(CHAT_BUDGET_GZIP_BYTES);
    expect(chat!.files.filter((f) => /later-parts|elves-app/.test(f))).toEqual([]);
    expect(after!.files.some((f) => /later-parts/.test(f))).toBe(true);
    expect(elves!.files.some((f) => /elves-app/.test(f))).toBe(true);
  });
});
