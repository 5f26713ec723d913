// How route-sizes reads a build: what a page needs first, what comes after, and the one mistake it
// refuses (a lazy chunk with a CSS file, which nothing would load).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { routeSizes } from "./route-sizes.js";

function fakeBuild(manifest: Record<string, unknown>, files: string[]): string {
  const dist = mkdtempSync(join(tmpdir(), "kringle-sizes-"));
  mkdirSync(join(dist, ".vite"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, ".vite", "manifest.json"), JSON.stringify(manifest));
  for (const f of files) writeFileSync(join(dist, f), `/* ${f} */ ${"x".repeat(100)}`);
  return dist;
}

const entry = { file: "assets/index.js", isEntry: true, css: ["assets/index.css"], dynamicImports: ["src/ui/later-parts.tsx", "src/elves/elves-app.tsx"] };
const later = { file: "assets/later-parts.js", isDynamicEntry: true, imports: ["index.html"] };
const elves = { file: "assets/elves-app.js", isDynamicEntry: true, imports: ["index.html", "src/ui/later-parts.tsx"] };
const files = ["assets/index.js", "assets/index.css", "assets/later-parts.js", "assets/elves-app.js"];

describe("route sizes", () => {
  it("counts the entry and its CSS for the chat, the lazy chunks after it, and the elves' chunk with what it imports", () => {
    const dist = fakeBuild({ "index.html": entry, "src/ui/later-parts.tsx": later, "src/elves/elves-app.tsx": elves }, files);
    const [chat, elvesPage, after] = routeSizes(dist);
    expect(chat!.files).toEqual(["assets/index.js", "assets/index.css"]);
    expect(after!.files).toEqual(["assets/later-parts.js"]);
    expect(new Set(elvesPage!.files)).toEqual(new Set(files));
    expect(chat!.gzip).toBeGreaterThan(0);
  });

  it("refuses a lazy chunk with a CSS file of its own", () => {
    const dist = fakeBuild(
      { "index.html": entry, "src/ui/later-parts.tsx": { ...later, css: ["assets/later.css"] }, "src/elves/elves-app.tsx": elves },
      [...files, "assets/later.css"],
    );
    expect(() => routeSizes(dist)).toThrow(/later-parts.tsx is loaded lazily but has a CSS file/);
  });
});
