// The offline gateway keeps API Gateway's semantics: @connections through the real SDK client,
// 410 GoneException, the frame and message limits, the idle timeout.
import { createRequire } from "node:module";
import {
  ApiGatewayManagementApiClient,
  DeleteConnectionCommand,
  GetConnectionCommand,
  GoneException,
  PayloadTooLargeException,
  PostToConnectionCommand,
} from "@aws-sdk/client-apigatewaymanagementapi";
import { ApiGatewayPusher, KinesisEventLog, type EventLog, type KringleEvent } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { standInClientConfig } from "../stand-ins/local-client-config.js";
import { startTestKringle, type TestKringle } from "../testing/test-kringle.js";
import { waitUntil } from "../testing/wait-until.js";

const require = createRequire(import.meta.url);
const { WebSocket } = require("ws") as typeof import("ws");

let k: TestKringle;
let api: ApiGatewayManagementApiClient;
beforeAll(async () => {
  k = await startTestKringle();
  api = new ApiGatewayManagementApiClient(standInClientConfig(k.gateway.connectionsEndpoint, k.credentials));
});
afterAll(() => k.dispose());

async function connectionIdOf(conversationId: string): Promise<string> {
  const items = await waitUntil(async () => {
    const open = (await k.scan("connections")).filter((c) => c.conversationId === conversationId && c.status === "open");
    return open.length ? open : undefined;
  });
  return items[0]!.connectionId as string;
}

async function eventsOf(conversationId: string, from: TestKringle = k): Promise<KringleEvent[]> {
  return from.archived(conversationId);
}

describe("@connections", () => {
  it("posts to, describes and deletes a live connection", async () => {
    const child = await k.child("c_conn");
    const id = await connectionIdOf("c_conn");
    const before = k.gateway.managementCalls();

    await api.send(new PostToConnectionCommand({ ConnectionId: id, Data: new TextEncoder().encode('{"type":"hello"}') }));
    await waitUntil(() => child.frames.find((f) => (f as { type: string }).type === "hello"));

    const info = await api.send(new GetConnectionCommand({ ConnectionId: id }));
    expect(info.Identity?.UserAgent).toBe("kringle-test");
    expect(info.ConnectedAt).toBeInstanceOf(Date);

    await api.send(new DeleteConnectionCommand({ ConnectionId: id }));
    expect(await child.waitClosed()).toMatchObject({ code: 1000 });
    await expect(api.send(new GetConnectionCommand({ ConnectionId: id }))).rejects.toBeInstanceOf(GoneException);
    // what the bench counts, by method (the runtime's own pushes may add to POST meanwhile)
    const after = k.gateway.managementCalls();
    expect(after.POST ?? 0).toBeGreaterThanOrEqual((before.POST ?? 0) + 1);
    expect(after.GET ?? 0).toBeGreaterThanOrEqual((before.GET ?? 0) + 2);
    expect(after.DELETE ?? 0).toBeGreaterThanOrEqual((before.DELETE ?? 0) + 1);
  });

  it("answers a gone connection with GoneException, which the pusher records as closed under one event id", async () => {
    const child = await k.child("c_gone");
    const id = await connectionIdOf("c_gone");
    child.close();
    await child.waitClosed();
    await waitUntil(() => k.gateway.connectionCount === 0 || undefined);

    await expect(api.send(new PostToConnectionCommand({ ConnectionId: id, Data: new Uint8Array([123, 125]) }))).rejects.toBeInstanceOf(
      GoneException,
    );
    const log: EventLog = new KinesisEventLog(k.kinesis.client, { streamName: "events" });
    const pusher = new ApiGatewayPusher(api, log);
    const frame = { type: "error", code: "internal", message: "x" } as const;
    expect(await pusher.send({ connectionId: id, conversationId: "c_gone" }, frame)).toBe("gone");
    expect(await pusher.send({ connectionId: id, conversationId: "c_gone" }, frame)).toBe("gone");
    await k.whenCaughtUp();

    // each push that finds it gone appends the same event; the archive and the projections take it once
    const gone = (await eventsOf("c_gone")).filter((e) => e.type === "connection.closed" && e.data.reason === "gone");
    expect(gone).toHaveLength(1);
    const item = (await k.scan("connections")).find((c) => c.connectionId === id);
    expect(item).toMatchObject({ status: "closed" });
    expect(item).not.toHaveProperty("openRole");
  });

  it("refuses a post over 128 KB with PayloadTooLargeException", async () => {
    const child = await k.child("c_big");
    const id = await connectionIdOf("c_big");
    await expect(api.send(new PostToConnectionCommand({ ConnectionId: id, Data: new Uint8Array(128 * 1024 + 1) }))).rejects.toBeInstanceOf(
      PayloadTooLargeException,
    );
    child.close();
  });
});

describe("limits", () => {
  const url = () => `${k.wsUrl}/?token=${k.config.accessToken}&conversationId=c_limits&key=${k.keyOf("c_limits")}`;
  const open = () =>
    new Promise<InstanceType<typeof WebSocket>>((resolve, reject) => {
      const ws = new WebSocket(url());
      ws.once("open", () => resolve(ws));
      ws.once("error", reject);
    });
  const closeCode = (ws: InstanceType<typeof WebSocket>) => new Promise<number>((resolve) => ws.once("close", (code) => resolve(code)));

  it("closes with 1009 on a frame over 32 KB", async () => {
    const ws = await open();
    const closed = closeCode(ws);
    ws.send(JSON.stringify({ action: "sync", pad: "x".repeat(33 * 1024) }));
    expect(await closed).toBe(1009);
  });

  it("accepts a 100 KB message sent in 32 KB frames", async () => {
    const ws = await open();
    const replies: string[] = [];
    ws.on("message", (d) => replies.push(String(d)));
    const body = Buffer.from(JSON.stringify({ action: "nope", pad: "x".repeat(100 * 1024) }));
    for (let i = 0; i < body.length; i += 32 * 1024) {
      ws.send(body.subarray(i, i + 32 * 1024), { fin: i + 32 * 1024 >= body.length, binary: false });
    }
    const reply = await waitUntil(() => replies[0]);
    expect(JSON.parse(reply)).toMatchObject({ type: "error", code: "unknown_action" });
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
  });

  it("closes with 1009 on a message over 128 KB, even in small frames", async () => {
    const ws = await open();
    const closed = closeCode(ws);
    const body = Buffer.alloc(129 * 1024, 120);
    for (let i = 0; i < body.length; i += 16 * 1024) ws.send(body.subarray(i, i + 16 * 1024), { fin: i + 16 * 1024 >= body.length, binary: false });
    expect(await closed).toBe(1009);
  });
});

describe("the idle timeout", () => {
  let idle: TestKringle;
  beforeAll(async () => {
    idle = await startTestKringle({ idleTimeoutMs: 800 });
  });
  afterAll(() => idle.dispose());

  it("closes an idle connection and records it as idle", async () => {
    const child = await idle.child("c_idle");
    expect(await child.waitClosed()).toMatchObject({ code: 1001 });
    await idle.whenCaughtUp();
    const closed = (await eventsOf("c_idle", idle)).find((e) => e.type === "connection.closed");
    expect(closed?.data).toMatchObject({ reason: "idle" });
  });

  it("keeps a connection that talks alive past the idle timeout", async () => {
    const child = await idle.child("c_busy");
    // talking every ~100 ms for longer than the timeout: time has to pass here, so this pauses
    const started = Date.now();
    for (let i = 0; Date.now() - started < 1200; i++) {
      child.send({ action: "sync", conversationId: "c_busy", after: 0 });
      await waitUntil(() => child.frames.filter((f) => f.type === "transcript.snapshot").length > i || undefined);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(child.closed).toBeUndefined();
    child.close();
  });
});
