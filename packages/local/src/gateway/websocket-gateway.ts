// API Gateway WebSocket, offline: $connect with its REQUEST authorizer, route selection on
// `action` with $default, $disconnect; the @connections API (POST/GET/DELETE, 410 when gone);
// API Gateway's 32 KB frame and 128 KB message limits (close 1009), idle and lifetime limits, and
// the wired per-client rate limits, answered with a `rate_limited` error frame before any route
// is invoked. The same port serves the built web app.
import { randomBytes, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { admit, rateLimitedMessage, type HttpRouteDef, type RouteDef, type RouteRateLimit } from "@kringle/core";
import type { WebSocket, WebSocketServer } from "ws";
import { closeServer, listen } from "../stand-ins/listen.js";
import { signedByOneOf } from "../stand-ins/run-credentials.js";
import { FrameSizeGuard } from "./frame-size-guard.js";
import { serveReplayReports, type ReplayReportsOptions } from "./replay-reports.js";
import { serveStatic } from "./static-files.js";

// ws resolves to a browser stub under some bundler conditions; require picks the Node build
const require = createRequire(import.meta.url);
const { WebSocketServer: WSS } = require("ws") as typeof import("ws");

export const FRAME_MAX_BYTES = 32 * 1024;
export const MESSAGE_MAX_BYTES = 128 * 1024;
export const STAGE = "local";

export interface GatewayOptions {
  host: string;
  port: number;
  webRoot: string;
  routes: Record<string, RouteDef>;
  /** the wired HTTP routes ("GET /connect-check"), served on the same port */
  httpRoutes?: Record<string, HttpRouteDef>;
  /** per route: each connection's and each conversation's limit (the wiring's, with this run's values) */
  rateLimits?: Record<string, RouteRateLimit>;
  invoke: (fn: string, event: unknown) => Promise<unknown>;
  /** the access key ids whose signed @connections calls it answers (run-credentials.ts) */
  acceptedKeyIds: readonly string[];
  idleTimeoutMs: number;
  maxConnectionMs: number;
  onError: (message: string, error: unknown) => void;
  /** the replay reports served at /elves/replays */
  replays?: ReplayReportsOptions;
  /** what `GET /health` answers: each stand-in's state */
  health?: () => Promise<HealthReport>;
}

export interface HealthReport {
  ok: boolean;
  [part: string]: unknown;
}

interface Live {
  ws: WebSocket;
  connectedAt: number;
  lastActiveAt: number;
  sourceIp: string;
  userAgent: string;
  authorizer: Record<string, unknown>;
  timers: NodeJS.Timeout[];
  closeReason?: string;
  /** rate buckets of this connection, by route: theoretical arrival times (rate-limit.ts) */
  buckets: Map<string, number>;
}

const connectionId = () => randomBytes(10).toString("base64");

const isLoopback = (address: string | undefined) => !!address && /^(127\.|::1$|::ffff:127\.)/.test(address);

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

function statusLine(status: number): string {
  const text: Record<number, string> = { 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 500: "Internal Server Error" };
  return `HTTP/1.1 ${status} ${text[status] ?? "Error"}`;
}

export class WebSocketGateway {
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private readonly live = new Map<string, Live>();
  /** rate buckets shared by a conversation's connections, by route and conversation */
  private readonly conversationBuckets = new Map<string, number>();
  private inFlight = 0;
  private readonly served: Record<string, number> = {};
  /** shutting down: new connections are turned away, open ones stay until `stop` */
  private draining = false;
  url = "";

  constructor(private readonly o: GatewayOptions) {}

  get idle(): boolean {
    return this.inFlight === 0;
  }

  get connectionCount(): number {
    return this.live.size;
  }

  /** The signed @connections calls answered since the start, by method (POST is a push), for the benchmark. */
  managementCalls(): Record<string, number> {
    return { ...this.served };
  }

  /** The endpoint the @connections client uses (AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI). */
  get connectionsEndpoint(): string {
    return `${this.url}/${STAGE}`;
  }

  async start(): Promise<string> {
    this.wss = new WSS({ noServer: true, maxPayload: MESSAGE_MAX_BYTES, perMessageDeflate: false });
    this.server = createServer((req, res) =>
      this.http(req, res).catch((err: unknown) => {
        this.o.onError(`${req.method} ${req.url} failed`, err);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }),
    );
    this.server.on("upgrade", (req, socket, head) => void this.upgrade(req, socket, head));
    try {
      this.url = await listen(this.server, this.o.port, this.o.host);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
      throw new Error(`port ${this.o.port} on ${this.o.host} is in use; set KRINGLE_PORT to another`);
    }
    return this.url;
  }

  /** Turns new connections away while what is under way finishes; open ones still receive pushes. */
  drain(): void {
    this.draining = true;
  }

  /** Closes every connection (recording each with $disconnect) and stops listening. */
  async stop(): Promise<void> {
    this.draining = true;
    for (const [id, live] of this.live) this.close(id, live, 1001, "Going away", "Server shutting down");
    for (const client of this.wss?.clients ?? []) client.terminate();
    const deadline = Date.now() + 5000;
    while ((this.live.size || this.inFlight) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    this.wss?.close();
    if (this.server) await closeServer(this.server);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight++;
    return work.finally(() => this.inFlight--);
  }

  private requestContext(id: string, routeKey: string, eventType: string, live?: Pick<Live, "connectedAt" | "authorizer">) {
    const now = Date.now();
    return {
      routeKey,
      eventType,
      messageDirection: "IN",
      stage: STAGE,
      domainName: new URL(this.url).host,
      apiId: "local",
      connectionId: id,
      connectedAt: live?.connectedAt ?? now,
      requestId: randomUUID(),
      extendedRequestId: randomUUID(),
      messageId: randomUUID(),
      requestTime: new Date(now).toUTCString(),
      requestTimeEpoch: now,
      ...(live ? { authorizer: live.authorizer } : {}),
    };
  }

  // ---- $connect ---------------------------------------------------------------------------

  private refuse(socket: Duplex, status: number, message: string): void {
    socket.end(`${statusLine(status)}\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n${JSON.stringify({ message })}`);
  }

  /**
   * Runs the $connect authorizer as API Gateway does: the caller's context when it allows; a 403
   * with the authorizer's reason when its policy denies; a 401 when it throws Unauthorized.
   */
  private async authorize(
    id: string,
    query: Record<string, string>,
    headers: Record<string, string>,
  ): Promise<{ context: Record<string, unknown> } | { refused: 401 | 403; reason: string }> {
    const connect = this.o.routes.$connect;
    if (!connect?.authorizer) return { context: {} };
    try {
      const result = (await this.track(
        this.o.invoke(connect.authorizer.function, {
          type: "REQUEST",
          methodArn: `arn:aws:execute-api:local:000000000000:local/${STAGE}/$connect`,
          headers,
          queryStringParameters: query,
          requestContext: this.requestContext(id, "$connect", "CONNECT"),
        }),
      )) as { principalId?: string; policyDocument?: { Statement?: { Effect?: string }[] }; context?: Record<string, unknown> };
      const allowed = result.policyDocument?.Statement?.some((s) => s.Effect === "Allow") && !result.policyDocument?.Statement?.some((s) => s.Effect === "Deny");
      if (allowed) return { context: { ...result.context, principalId: result.principalId } };
      return { refused: 403, reason: typeof result.context?.reason === "string" ? result.context.reason : "Forbidden" };
    } catch (err) {
      // the only way an authorizer refuses with 401 on API Gateway; it means the token
      if (err instanceof Error && err.message === "Unauthorized") return { refused: 401, reason: "Unauthorized: the token is missing or wrong" };
      throw err;
    }
  }

  private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on("error", () => undefined);
    // while shutting down, a new connection is turned away as API Gateway does when it cannot route
    if (this.draining) return this.refuse(socket, 503, "Service Unavailable");
    const url = new URL(req.url ?? "/", "http://local");
    const query = Object.fromEntries(url.searchParams);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : (v ?? "")]));
    const id = connectionId();
    const connect = this.o.routes.$connect;
    try {
      const verdict = await this.authorize(id, query, headers);
      if ("refused" in verdict) return this.refuse(socket, verdict.refused, verdict.reason);
      const authorizer = verdict.context;
      const live = { connectedAt: Date.now(), authorizer };
      if (connect) {
        const result = (await this.track(
          this.o.invoke(connect.function, { requestContext: this.requestContext(id, "$connect", "CONNECT", live), headers, queryStringParameters: query, isBase64Encoded: false }),
        )) as { statusCode?: number; body?: unknown } | undefined;
        const status = result?.statusCode ?? 200;
        if (status < 200 || status > 299) return this.refuse(socket, status, typeof result?.body === "string" && result.body ? result.body : statusLine(status).slice(13));
      }
      this.wss!.handleUpgrade(req, socket, head, (ws) => this.opened(id, ws, live, req, head));
    } catch (err) {
      this.o.onError("$connect failed", err);
      this.refuse(socket, 500, "Internal server error");
    }
  }

  /**
   * A wired HTTP route (`GET /connect-check`, say), answered by its function with an HTTP API
   * (payload 2.0) event, as API Gateway's HTTP API invokes it on AWS.
   */
  private async httpRoute(routeKey: string, route: HttpRouteDef, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://local");
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : (v ?? "")]));
    const event = {
      version: "2.0",
      routeKey,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      queryStringParameters: Object.fromEntries(url.searchParams),
      requestContext: {
        stage: "$default",
        routeKey,
        http: { method: req.method, path: url.pathname, protocol: "HTTP/1.1", sourceIp: req.socket.remoteAddress ?? "127.0.0.1", userAgent: headers["user-agent"] ?? "" },
        timeEpoch: Date.now(),
      },
      isBase64Encoded: false,
    };
    const result = (await this.track(this.o.invoke(route.function, event))) as { statusCode?: number; headers?: Record<string, string>; body?: string } | undefined;
    res.writeHead(result?.statusCode ?? 200, result?.headers ?? {}).end(result?.body ?? "");
  }

  private opened(id: string, ws: WebSocket, base: Pick<Live, "connectedAt" | "authorizer">, req: IncomingMessage, head: Buffer): void {
    const live: Live = {
      ...base,
      ws,
      lastActiveAt: Date.now(),
      sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
      userAgent: String(req.headers["user-agent"] ?? ""),
      timers: [],
      buckets: new Map(),
    };
    this.live.set(id, live);
    const guard = new FrameSizeGuard(FRAME_MAX_BYTES, (bytes) =>
      this.close(id, live, 1009, "Frame too large", `a ${bytes}-byte frame is over the 32 KB limit`),
    );
    if (head.length) guard.feed(head);
    req.socket.on("data", (chunk: Buffer) => guard.feed(chunk));
    const idle = () => {
      clearTimeout(live.timers[0]);
      live.timers[0] = setTimeout(() => this.close(id, live, 1001, "Going away", "Idle timeout"), this.o.idleTimeoutMs);
    };
    idle();
    live.timers[1] = setTimeout(() => this.close(id, live, 1001, "Going away", "Connection lifetime exceeded"), this.o.maxConnectionMs);
    ws.on("message", (data, isBinary) => {
      live.lastActiveAt = Date.now();
      idle();
      void this.message(id, live, Buffer.isBuffer(data) ? data : Buffer.concat(data as Buffer[]), isBinary);
    });
    ws.on("ping", idle);
    // ws closes with 1009 itself when a message is over maxPayload; the error only needs noting
    ws.on("error", () => undefined);
    ws.on("close", (code, reason) => void this.closed(id, live, code, live.closeReason ?? reason.toString()));
  }

  // ---- routes -----------------------------------------------------------------------------

  private routeKey(body: string): string {
    try {
      const action = (JSON.parse(body) as { action?: unknown }).action;
      // an own property only: "toString" or "__proto__" is no route
      if (typeof action === "string" && !action.startsWith("$") && own(this.o.routes, action)) return action;
    } catch {
      // not JSON: $default
    }
    return "$default";
  }

  private async message(id: string, live: Live, data: Buffer, isBinary: boolean): Promise<void> {
    const body = isBinary ? data.toString("base64") : data.toString("utf8");
    const key = isBinary ? "$default" : this.routeKey(body);
    const route = own(this.o.routes, key);
    if (!route) return;
    if (!this.admit(id, live, key, body)) return;
    const context = this.requestContext(id, key, "MESSAGE", live);
    try {
      await this.track(this.o.invoke(route.function, { requestContext: context, body, isBase64Encoded: isBinary }));
    } catch (err) {
      this.o.onError(`route ${key} failed`, err);
      // what API Gateway itself sends when an integration fails
      this.post(id, Buffer.from(JSON.stringify({ message: "Internal server error", connectionId: id, requestId: context.requestId })));
    }
  }

  /** Takes the frame from the route's rate buckets; a frame over a limit is answered here and goes no further. */
  private admit(id: string, live: Live, routeKey: string, body: string): boolean {
    const limit = this.o.rateLimits && own(this.o.rateLimits, routeKey);
    if (!limit) return true;
    const now = Date.now();
    const conversation = `${routeKey}#${String(live.authorizer.conversationId ?? "")}`;
    const buckets: [Map<string, number>, string][] = [];
    if (limit.per.includes("connection")) buckets.push([live.buckets, routeKey]);
    if (limit.per.includes("conversation")) buckets.push([this.conversationBuckets, conversation]);
    const admissions = buckets.map(([map, bucket]) => admit(map.get(bucket), now, limit));
    const refused = admissions.find((a) => !a.allowed);
    if (refused && !refused.allowed) {
      let ref: unknown;
      try {
        ref = (JSON.parse(body) as { messageId?: unknown }).messageId;
      } catch {
        // routed by action, so it was JSON
      }
      const frame = { type: "error", code: "rate_limited", message: rateLimitedMessage(refused.retryAfterMs), retryAfterMs: refused.retryAfterMs };
      this.post(id, Buffer.from(JSON.stringify(typeof ref === "string" ? { ...frame, ref } : frame)));
      return false;
    }
    admissions.forEach((a, i) => a.allowed && buckets[i]![0].set(buckets[i]![1], a.tatMs));
    return true;
  }

  private close(id: string, live: Live, code: number, reason: string, why: string): void {
    if (this.live.get(id) !== live) return;
    live.closeReason = why;
    live.ws.close(code, reason);
    // a peer that does not answer the close handshake is cut off
    setTimeout(() => live.ws.terminate(), 1000).unref();
  }

  private async closed(id: string, live: Live, code: number, reason: string): Promise<void> {
    if (this.live.get(id) !== live) return;
    this.live.delete(id);
    live.timers.forEach(clearTimeout);
    // a conversation's bucket that has run empty is the same as none
    const now = Date.now();
    for (const [bucket, tat] of this.conversationBuckets) if (tat <= now) this.conversationBuckets.delete(bucket);
    const route = this.o.routes.$disconnect;
    if (!route) return;
    const requestContext = { ...this.requestContext(id, "$disconnect", "DISCONNECT", live), disconnectStatusCode: code, disconnectReason: reason };
    try {
      await this.track(this.o.invoke(route.function, { requestContext, isBase64Encoded: false }));
    } catch (err) {
      this.o.onError("$disconnect failed", err);
    }
  }

  // ---- @connections -----------------------------------------------------------------------

  private post(id: string, data: Buffer): boolean {
    const live = this.live.get(id);
    if (!live || live.ws.readyState !== live.ws.OPEN) return false;
    live.ws.send(data, { binary: false });
    return true;
  }

  private async http(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0];
    const httpRoute = this.o.httpRoutes?.[`${req.method} ${path}`];
    if (httpRoute) return this.httpRoute(`${req.method} ${path}`, httpRoute, req, res);
    if (req.method === "GET" && path === "/health") {
      const report = this.o.health ? await this.o.health() : { ok: true };
      const body = { ...report, gateway: { state: this.draining ? "draining" : "up", connections: this.live.size } };
      res.writeHead(report.ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
      return;
    }
    const match = /^\/([^/]+)\/@connections\/([^/?]+)$/.exec((req.url ?? "").split("?")[0]!);
    if (!match) {
      if (this.o.replays && (await serveReplayReports(this.o.replays, req, res))) return;
      return serveStatic(this.o.webRoot, req, res);
    }
    const json = (status: number, body: unknown, errorType?: string) => {
      res.writeHead(status, { "content-type": "application/json", ...(errorType ? { "x-amzn-errortype": errorType } : {}) });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (match[1] !== STAGE) return json(403, { message: "Forbidden" }, "ForbiddenException");
    // the management API answers the runtime's own signed calls from this machine only, as it
    // answers only IAM-signed calls on AWS
    if (!isLoopback(req.socket.remoteAddress) || !signedByOneOf(req.headers.authorization, this.o.acceptedKeyIds)) {
      return json(403, { message: "Forbidden" }, "ForbiddenException");
    }
    let id: string;
    try {
      id = decodeURIComponent(match[2]!);
    } catch {
      return json(400, { message: "bad connection id" }, "BadRequestException");
    }
    this.served[req.method ?? "?"] = (this.served[req.method ?? "?"] ?? 0) + 1;
    const live = this.live.get(id);
    const gone = () => json(410, { message: "Gone" }, "GoneException");
    switch (req.method) {
      case "POST": {
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of req) {
          size += (chunk as Buffer).length;
          if (size <= MESSAGE_MAX_BYTES) chunks.push(chunk as Buffer);
        }
        if (size > MESSAGE_MAX_BYTES) return json(413, { message: "Message too long" }, "PayloadTooLargeException");
        return this.post(id, Buffer.concat(chunks)) ? json(200, undefined) : gone();
      }
      case "GET":
        if (!live) return gone();
        return json(200, {
          connectedAt: new Date(live.connectedAt).toISOString(),
          lastActiveAt: new Date(live.lastActiveAt).toISOString(),
          identity: { sourceIp: live.sourceIp, userAgent: live.userAgent },
        });
      case "DELETE":
        if (!live) return gone();
        this.close(id, live, 1000, "", "Deleted by @connections");
        res.writeHead(204).end();
        return;
      default:
        return json(405, { message: "Method not allowed" });
    }
  }
}
