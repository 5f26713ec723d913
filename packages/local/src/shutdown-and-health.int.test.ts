// A graceful stop lets Santa's replies under way stream to the children still connected and
// turns new connections away meanwhile; `/health` reports each stand-in; `/connect-check` tells
// a page why its socket was refused.
import { afterAll, describe, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { HandshakeRefused } from "./testing/ws-client.js";
import { waitUntil } from "./testing/wait-until.js";

const running: TestKringle[] = [];
afterAll(async () => {
  for (const k of running) await k.dispose();
});

async function start(offlineWordMs = 0): Promise<TestKringle> {
  const k = await startTestKringle({ offlineWordMs });
  running.push(k);
  return k;
}

describe("a graceful stop", () => {
  it("streams the rest of a reply under way to the child, then closes", async () => {
    const k = await start(40);
    const child = await k.child("c_shutdown");
    child.send({ action: "sendMessage", conversationId: "c_shutdown", messageId: "m_1", text: "Hi Santa, I'm Ada and I wish for a telescope" });
    await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.chunk", "the first chunk");

    const stopped = k.stopKeepingData();
    // while stopping, a new child is turned away
    await waitUntil(async () => {
      try {
        (await k.child("c_late")).close();
        return false;
      } catch (err) {
        return err instanceof HandshakeRefused && err.status === 503;
      }
    }, { what: "new connections to be refused" });
    const completed = await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed", "the reply to complete");
    await stopped;
    await child.waitClosed();
    expect(completed.type === "transcript.delta" && completed.change.kind === "reply.completed" && completed.change.text).toContain("Ada");
  });
});

describe("the offline server's own endpoints", () => {
  it("answers /health with each stand-in's state", async () => {
    const k = await start();
    const res = await fetch(`${k.url}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toMatchObject({
      ok: true,
      kinesis: { state: "up", status: "ACTIVE" },
      dynamodb: { state: "up", tables: expect.any(Number) },
      bus: { state: "up" },
      consumers: { state: "up" },
      gateway: { state: "up", connections: 0 },
    });
  });

  it("tells a page whether its link may connect: 401 with what to do for a wrong token", async () => {
    const k = await start();
    const wrong = await fetch(`${k.url}/connect-check?token=nope&conversationId=c_1`);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ code: "unauthorized", message: expect.stringContaining("fresh link") });
    // a child's link without a conversation starts one; naming one without its key is refused
    const right = await fetch(`${k.url}/connect-check?token=${k.config.accessToken}`);
    expect(right.status).toBe(200);
    const keyless = await fetch(`${k.url}/connect-check?token=${k.config.accessToken}&conversationId=s_${"0".repeat(32)}`);
    expect(keyless.status).toBe(403);
    expect(await keyless.json()).toMatchObject({ code: "forbidden" });
  });

  it("answers an unknown path with 404, not the chat page", async () => {
    const k = await start();
    expect((await fetch(`${k.url}/nothing-here`)).status).toBe(404);
  });
});
