// Serves the built web app: the app's pages (/, /elves, /elves/...) get index.html, as the app
// routes by path, and any other path is a 404. Text files go out compressed with brotli or gzip
// when the browser asks, each compressed once and kept; hashed assets are cached for good.
// A missing build gets a page that says how to make it.
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { contentSecurityPolicy } from "@kringle/core";

/** the paths the web app answers (packages/web/src/link.ts pageFor) */
const PAGE = /^\/(elves(\/.*)?)?$/;
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json", ".webmanifest", ".txt"]);
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Encoding = "br" | "gzip" | "identity";

/** What the browser accepts, best first: brotli, then gzip (a q=0 refuses one). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : "identity";
}

/** Each file's bytes per encoding, for as long as the file is unchanged. */
const cache = new Map<string, { mtimeMs: number; bodies: Partial<Record<Encoding, Promise<Buffer>>> }>();

async function body(file: string, mtimeMs: number, encoding: Encoding): Promise<Buffer> {
  let entry = cache.get(file);
  if (!entry || entry.mtimeMs !== mtimeMs) cache.set(file, (entry = { mtimeMs, bodies: {} }));
  const bodies = entry.bodies;
  const raw = (bodies.identity ??= readFile(file));
  if (encoding === "br") {
    bodies.br ??= raw.then((b) => brotli(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }));
  } else if (encoding === "gzip") {
    bodies.gzip ??= raw.then((b) => gzipped(b, { level: 9 }));
  }
  const out = bodies[encoding]!;
  // a failed read is not kept: the next request tries again
  out.catch(() => cache.delete(file));
  return out;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

async function fileTime(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}

/** The host a browser asked for, when it is one (a WebSocket on it is the page's own origin). */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The page's link carries the child's token and conversation key, so it never goes out as a
 * Referer; and the page runs under kringle's content security policy (no inline script). The
 * deployed site sends the same headers from CloudFront (stacks/Kringle.ts).
 */
function securityHeaders(host: string | undefined): Record<string, string> {
  // 'self' covers ws: on the same host in CSP 3; the explicit origin is for browsers before it
  const sameOriginSocket = host && HOST.test(host) ? [`ws://${host}`] : [];
  return {
    "content-security-policy": contentSecurityPolicy(sameOriginSocket),
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
  };
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? "/", "http://local").pathname);
  } catch {
    res.writeHead(400, { "content-type": "text/plain" }).end("bad path\n");
    return;
  }
  const wanted = normalize(join(root, pathname));
  if (wanted !== root && !wanted.startsWith(root + sep)) {
    res.writeHead(404).end();
    return;
  }
  let file = wanted;
  let mtimeMs = await fileTime(file);
  if (mtimeMs === undefined) {
    if (!PAGE.test(pathname)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" }).end("not found\n");
      return;
    }
    file = join(root, "index.html");
    mtimeMs = await fileTime(file);
    if (mtimeMs === undefined) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("kringle's web app is not built yet: run `npm run build:web` (npm start does it for you).\n");
      return;
    }
  }
  const type = extname(file);
  const encoding = COMPRESSIBLE.has(type) ? chooseEncoding(req.headers["accept-encoding"]) : "identity";
  const bytes = await body(file, mtimeMs, encoding);
  const immutable = file.startsWith(join(root, "assets") + sep);
  res.writeHead(200, {
    "content-type": TYPES[type] ?? "application/octet-stream",
    "content-length": bytes.length,
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    ...securityHeaders(req.headers.host),
    ...(COMPRESSIBLE.has(type) ? { vary: "Accept-Encoding" } : {}),
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
  });
  res.end(req.method === "HEAD" ? undefined : bytes);
}
