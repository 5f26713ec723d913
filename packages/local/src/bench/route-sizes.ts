// What each page of the built web app costs to load: the JS and CSS its first paint needs, read
// from vite's manifest, raw, gzipped and brotli'd (as the offline server sends them), and what the
// chat fetches right after its first paint (packages/web/src/ui/later.tsx).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The chat route's budget for initial JS + CSS, gzipped (issue 11). */
export const CHAT_BUDGET_GZIP_BYTES = 15 * 1024;

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  src?: string;
}

export interface RouteSize {
  route: string;
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

/** The files a chunk loads before it runs: itself, what it imports statically, and their CSS. */
function initialFiles(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key]!;
  return [chunk.file, ...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((k) => initialFiles(manifest, k, seen))];
}

export function routeSizes(dist: string): RouteSize[] {
  const manifestPath = join(dist, ".vite", "manifest.json");
  if (!existsSync(manifestPath)) throw new Error(`no ${manifestPath}: run \`npm run build:web\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error("the manifest has no entry");
  const measure = (route: string, files: string[]): RouteSize => {
    const unique = [...new Set(files)];
    const bytes = unique.map((f) => readFileSync(join(dist, f)));
    return {
      route,
      files: unique,
      raw: bytes.reduce((n, b) => n + b.length, 0),
      gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
      brotli: bytes.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
    };
  };
  // A lazy chunk's CSS would never load: import() is built without vite's preload helper
  // (packages/web/vite.config.ts), so a lazy chunk brings its styles inline.
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry && chunk.css?.length) throw new Error(`${key} is loaded lazily but has a CSS file (${chunk.css.join(", ")}): import its CSS with ?inline`);
  }
  const chat = initialFiles(manifest, entry);
  const lazy = manifest[entry]!.dynamicImports ?? [];
  // the elves' page is the entry plus the chunk it loads lazily, when it has one
  const elvesChunk = lazy.find((k) => /elves/i.test(k));
  const elves = elvesChunk ? [...chat, ...initialFiles(manifest, elvesChunk)] : chat;
  const sizes = [measure("/ (chat)", chat), measure("/elves", elves)];
  // fetched by the chat right after its first paint: the entry's other lazy chunks
  const later = lazy.filter((k) => k !== elvesChunk).flatMap((k) => initialFiles(manifest, k, new Set([entry])));
  if (later.length > 0) sizes.push(measure("/ after", later));
  return sizes;
}

export function formatRouteSizes(sizes: RouteSize[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const lines = sizes.map((s) => `  ${s.route.padEnd(10)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip ${kb(s.brotli).padStart(9)} br   (${s.files.length} files)`);
  const chat = sizes[0]!;
  const verdict = chat.gzip <= CHAT_BUDGET_GZIP_BYTES ? "within" : "OVER";
  const after = sizes.some((s) => s.route === "/ after") ? "\n  (/ after: what the chat fetches right after its first paint)" : "";
  return `web app, initial JS + CSS per route:\n${lines.join("\n")}${after}\n  chat budget ${kb(CHAT_BUDGET_GZIP_BYTES)} gzip: ${verdict} (${kb(chat.gzip)}, ${chat.gzip} bytes of ${CHAT_BUDGET_GZIP_BYTES})`;
}
