import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, closeServer } from "../stand-ins/listen.js";
import { chooseEncoding, serveStatic } from "./static-files.js";

let root: string;
let server: Server;
let url: string;
const script = `console.log(${JSON.stringify("ho ".repeat(2000))});`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "kringle-static-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(join(root, "index.html"), "<!doctype html><title>Chat with Santa</title>");
  writeFileSync(join(root, "assets", "index-abc123.js"), script);
  writeFileSync(join(root, "assets", "snow.png"), Buffer.from([137, 80, 78, 71]));
  server = createServer((req, res) => void serveStatic(root, req, res));
  url = await listen(server, 0, "127.0.0.1");
});
afterAll(async () => {
  await closeServer(server);
  rmSync(root, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the web app's files", () => {
  it("go out with brotli when the browser accepts it, gzip when only that, and as they are otherwise", async () => {
    const br = await get("/assets/index-abc123.js", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(br.body.length).toBeLessThan(script.length / 10);
    expect(br.headers.vary).toBe("Accept-Encoding");

    const gz = await get("/assets/index-abc123.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await get("/assets/index-abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it("never compress what is compressed already", async () => {
    const png = await get("/assets/snow.png", { "accept-encoding": "br, gzip" });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.body).toHaveLength(4);
  });

  it("cache hashed assets for good and make the page ask again every time", async () => {
    expect((await get("/assets/index-abc123.js")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await get("/")).headers["cache-control"]).toBe("no-cache");
  });

  it("carry the page's policy: no inline script, sockets to its own host, and never a Referer", async () => {
    const page = await get("/elves", { host: "127.0.0.1:3000" });
    expect(page.headers["content-security-policy"]).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws://127.0.0.1:3000; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(page.headers["referrer-policy"]).toBe("no-referrer");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    // a host that is not one names no socket
    expect((await get("/", { host: "evil.example; script-src *" })).headers["content-security-policy"]).toContain("connect-src 'self'; ");
  });

  it("answer the app's pages with index.html and any other path with 404", async () => {
    for (const page of ["/", "/elves", "/elves/", "/elves/replays/1"]) {
      const res = await get(page);
      expect(res.status, page).toBe(200);
      expect(res.body.toString(), page).toContain("Chat with Santa");
    }
    for (const other of ["/health-check", "/wp-admin", "/chat/x", "/assets/missing.js", "/elvesx"]) {
      expect((await get(other)).status, other).toBe(404);
    }
  });
});

describe("choosing an encoding", () => {
  it("prefers brotli, honours q=0 and falls back to none", () => {
    expect(chooseEncoding("gzip, br")).toBe("br");
    expect(chooseEncoding("br;q=0, gzip;q=0.8")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("identity")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
  });
});
