// sendMessage's rate limits offline: end to end through the gateway (per connection and per
// conversation, across connections) and at the route (the handler's own check on the guards
// table, as it runs on AWS behind API Gateway). A refused frame gets `rate_limited` with
// `retryAfterMs` and records nothing. The interval is a minute so no test depends on its pace.
import { join } from "node:path";
import type { ServerFrame } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./lambda/functions.js";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { waitUntil } from "./testing/wait-until.js";
import type { TestClient } from "./testing/ws-client.js";

const BURST = 3;
const EVERY_MS = 60_000;

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle({ offlineWordMs: 0, sendMessageRateLimit: { burst: BURST, everyMs: EVERY_MS } });
});
afterAll(() => k.dispose());

type ErrorFrame = Extract<ServerFrame, { type: "error" }>;
const isMessage = (f: ServerFrame) => f.type === "transcript.delta" && f.change.kind === "message";

async function sentTexts(conversationId: string): Promise<string[]> {
  await k.whenCaughtUp();
  const events = await k.archived(conversationId);
  return events.filter((e) => e.type === "message.sent").map((e) => e.data.text as string).sort();
}

const send = (client: TestClient, conversationId: string, n: number) =>
  client.send({ action: "sendMessage", conversationId, messageId: `m_${conversationId}_${n}`, text: `wish number ${n}` });

describe("through the gateway", () => {
  it("admits a burst, then answers rate_limited with retryAfterMs and records nothing more", async () => {
    const child = await k.child("c_flood");
    for (let n = 1; n <= BURST + 2; n++) send(child, "c_flood", n);
    const refused = await waitUntil(() => {
      const errors = child.errors() as ErrorFrame[];
      return errors.length >= 2 ? errors : undefined;
    });
    for (const error of refused) {
      expect(error).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/try again in \d+ s/) });
      expect(error.retryAfterMs).toBeGreaterThan(0);
      expect(error.retryAfterMs).toBeLessThanOrEqual(EVERY_MS);
    }
    expect(refused.map((e) => e.ref).sort()).toEqual([`m_c_flood_${BURST + 1}`, `m_c_flood_${BURST + 2}`]);
    await waitUntil(() => (child.frames.filter(isMessage).length >= BURST ? true : undefined));
    expect(await sentTexts("c_flood")).toEqual(["wish number 1", "wish number 2", "wish number 3"]);
    child.close();
  });

  it("limits a conversation across its connections, and leaves other conversations alone", async () => {
    const first = await k.child("c_shared");
    const second = await k.child("c_shared");
    const other = await k.child("c_other");
    for (let n = 1; n <= BURST; n++) send(n % 2 ? first : second, "c_shared", n);
    await waitUntil(() => (first.frames.filter(isMessage).length >= BURST ? true : undefined));
    send(second, "c_shared", BURST + 1);
    expect(await second.waitFor((f) => f.type === "error")).toMatchObject({ code: "rate_limited", ref: `m_c_shared_${BURST + 1}` });

    send(other, "c_other", 1);
    await other.waitFor(isMessage);
    expect(other.errors()).toEqual([]);
    expect(await sentTexts("c_shared")).toHaveLength(BURST);
    [first, second, other].forEach((c) => c.close());
  });
});

describe("at the route (the handler's own check, behind API Gateway's)", () => {
  async function openConnectionIds(conversationId: string, count: number): Promise<string[]> {
    return waitUntil(async () => {
      const open = (await k.scan("connections")).filter((c) => c.conversationId === conversationId && c.status === "open");
      return open.length >= count ? open.map((c) => c.connectionId as string) : undefined;
    });
  }

  it("refuses past the burst per conversation across connections, answering the caller", async () => {
    const { handler } = (await import(join(repoRoot, "packages/functions/src/ws/send-message.ts"))) as {
      handler: (event: unknown) => Promise<{ statusCode: number }>;
    };
    const a = await k.child("c_route");
    const b = await k.child("c_route");
    const [idA, idB] = await openConnectionIds("c_route", 2);
    const invoke = (connectionId: string, n: number) =>
      handler({
        requestContext: {
          routeKey: "sendMessage",
          eventType: "MESSAGE",
          connectionId,
          stage: "local",
          domainName: new URL(k.url).host,
          authorizer: { role: "child", conversationId: "c_route" },
        },
        body: JSON.stringify({ action: "sendMessage", conversationId: "c_route", messageId: `m_r${n}`, text: `route wish ${n}` }),
        isBase64Encoded: false,
      });
    for (let n = 1; n <= BURST + 2; n++) expect((await invoke(n % 2 ? idA! : idB!, n)).statusCode).toBe(200);

    const errors = await waitUntil(() => {
      const all = [...a.errors(), ...b.errors()] as ErrorFrame[];
      return all.length >= 2 ? all : undefined;
    });
    expect(errors.map((e) => [e.code, e.ref]).sort()).toEqual([
      ["rate_limited", `m_r${BURST + 1}`],
      ["rate_limited", `m_r${BURST + 2}`],
    ]);
    expect(errors.every((e) => (e.retryAfterMs ?? 0) > 0)).toBe(true);
    await k.whenCaughtUp();
    const events = await k.archived("c_route");
    expect(events.filter((e) => e.type === "message.sent").map((e) => e.data.messageId).sort()).toEqual(["m_r1", "m_r2", "m_r3"]);
    // the conversation's bucket keeps the connections' limit too: one write a message, not two
    const buckets = (await k.scan("guards")).map((i) => String(i.id)).filter((id) => id.startsWith("rate#"));
    expect(buckets).toContain("rate#conversation#c_route");
    expect(buckets.filter((id) => id === `rate#connection#${idA}` || id === `rate#connection#${idB}`)).toEqual([]);
    a.close();
    b.close();
  });
});
