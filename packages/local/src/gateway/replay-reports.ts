// The replay reports at /elves/replays (the list) and /elves/replays/<run>/report.html|json, for
// elves only: they hold children's messages, so the elf token must come with every request.
import { timingSafeEqual } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";

export interface ReplayReportsOptions {
  /** where `kringle replay` writes its runs (the data dir's replays/) */
  dir: string;
  elfToken: string;
}

const PREFIX = "/elves/replays";
const RUN_FILE = /^\/elves\/replays\/([A-Za-z0-9][A-Za-z0-9_.-]{0,63})\/(report\.html|report\.json)$/;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function isElf(token: string | null, elfToken: string): boolean {
  if (!token) return false;
  const a = Buffer.from(token);
  const b = Buffer.from(elfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

interface RunSummary {
  runId: string;
  createdAt: string;
  prompt: string;
  model: string;
  baseline: string;
  summary: { conversations: number; replies: number; differing: number; regressions: number };
}

async function runs(dir: string): Promise<RunSummary[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: RunSummary[] = [];
  for (const name of names) {
    try {
      out.push(JSON.parse(await readFile(join(dir, name, "report.json"), "utf8")) as RunSummary);
    } catch {
      // not a finished run
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

function listPage(list: RunSummary[], token: string): string {
  const q = `?token=${encodeURIComponent(token)}`;
  const rows = list
    .map((r) => {
      const s = r.summary;
      const base = `${PREFIX}/${encodeURIComponent(r.runId)}`;
      return `<tr><td><a href="${base}/report.html${q}">${escape(r.runId)}</a></td><td>${escape(r.createdAt)}</td><td>${escape(r.prompt)}</td><td>${escape(r.model)}</td><td>${escape(r.baseline)}</td><td>${s.conversations}</td><td>${s.replies}</td><td>${s.differing}</td><td>${s.regressions}</td><td><a href="${base}/report.json${q}">JSON</a></td></tr>`;
    })
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Replays</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}</style></head>
<body><main><h1>Replays</h1>${list.length ? `<table><thead><tr><th>run</th><th>when</th><th>prompt</th><th>model</th><th>baseline</th><th>conversations</th><th>replies</th><th>differing</th><th>regressions</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : "<p>No replays yet: run <code>npx kringle replay --prompt v2</code>.</p>"}</main></body></html>
`;
}

/** Answers a request under /elves/replays; false for any other path. */
export async function serveReplayReports(o: ReplayReportsOptions, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://local");
  if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) return false;
  const token = url.searchParams.get("token");
  if (!isElf(token, o.elfToken)) {
    res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end("replays are for elves: open this page from the elves' link\n");
    return true;
  }
  const headers = { "cache-control": "no-store", "referrer-policy": "no-referrer" };
  if (url.pathname === PREFIX || url.pathname === `${PREFIX}/`) {
    res.writeHead(200, { ...headers, "content-type": "text/html; charset=utf-8" }).end(listPage(await runs(o.dir), token!));
    return true;
  }
  const match = RUN_FILE.exec(url.pathname);
  let body: Buffer | undefined;
  if (match) body = await readFile(join(o.dir, match[1]!, match[2]!)).catch(() => undefined);
  if (!match || !body) {
    res.writeHead(404, { "content-type": "text/plain" }).end("no such replay\n");
    return true;
  }
  res.writeHead(200, { ...headers, "content-type": match[2]!.endsWith(".html") ? "text/html; charset=utf-8" : "application/json" }).end(body);
  return true;
}
