// GET /connect-check offline: the wired connectCheck handler, served by the gateway as the HTTP API
// serves it on AWS, answers as the $connect authorizer decides, and records nothing (a conversation
// from before keys is still keyed by its first real rejoin after a check said it may).
import { makeEvent, type ServerFrame } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { TestClient } from "./testing/ws-client.js";

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle({ offlineWordMs: 1 });
});
afterAll(() => k.dispose());

const check = async (query: string) => {
  const res = await fetch(`${k.url}/connect-check?${query}`);
  return { status: res.status, body: (await res.json()) as { code: string; message: string }, cache: res.headers.get("cache-control") };
};

describe("GET /connect-check", () => {
  it("answers each link as $connect would: 200 for a child or an elf, 401 for a wrong token, 403 for a wrong key or a malformed id", async () => {
    const token = `token=${k.config.accessToken}`;
    expect(await check(token)).toEqual({ status: 200, body: { code: "ok", message: "This link may connect." }, cache: "no-store" });
    expect((await check(`token=${k.config.elfToken}`)).status).toBe(200);
    expect((await check("token=nope")).body.code).toBe("unauthorized");
    expect((await check(`${token}&conversationId=s_AAAAAAAAAAAAAAAAAAAAAA&key=${k.keyOf("s_AAAAAAAAAAAAAAAAAAAAAA")}`)).status).toBe(200);
    const wrongKey = await check(`${token}&conversationId=s_AAAAAAAAAAAAAAAAAAAAAA&key=nope`);
    expect(wrongKey).toMatchObject({ status: 403, body: { code: "forbidden", message: expect.stringContaining("the key does not open this conversation") } });
    expect((await check(`${token}&conversationId=${encodeURIComponent("not an id!")}&key=x`)).status).toBe(403);
  });

  it("refuses a query that is not a link's, with 400 and what is wrong", async () => {
    const long = await check(`token=${"x".repeat(600)}`);
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ code: "invalid_query", message: expect.stringContaining("token") });
  });

  it("only looks at a conversation from before keys: after a check, the first keyless rejoin is still given the key", async () => {
    const legacy = "c_fedcba9876543210fedcba9876543210";
    const { KinesisEventLog, streamName, kinesisClient } = await import("@kringle/core");
    await new KinesisEventLog(kinesisClient(), { streamName: streamName() }).append([
      makeEvent("message.sent", legacy, { messageId: "m_old", text: "A sledge, please" }),
    ]);
    await k.whenCaughtUp();
    const query = `token=${k.config.accessToken}&conversationId=${legacy}`;
    expect((await check(query)).status).toBe(200);
    expect((await check(query)).status).toBe(200);

    const child = await TestClient.open(`${k.wsUrl}/?${query}`);
    child.send({ action: "sync", conversationId: legacy, after: 0 });
    const started = await child.waitFor((f: ServerFrame) => f.type === "conversation.started");
    expect(started).toEqual({ type: "conversation.started", conversationId: legacy, key: k.keyOf(legacy) });
    child.close();
    // now claimed: a keyless link is refused, and the check says so
    expect((await check(query)).status).toBe(403);
  });
});
