// Serves the built web app. Paths without a file extension get index.html (the app routes by
// path); a missing build gets a page that says how to make it.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
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
  if (!(await isFile(file))) {
    if (extname(pathname)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    file = join(root, "index.html");
    if (!(await isFile(file))) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("kringle's web app is not built yet: run `npm run build:web` (npm start does it for you).\n");
      return;
    }
  }
  const immutable = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
