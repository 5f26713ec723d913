import { describe, expect, it } from "vitest";
import type { KringleEvent } from "../events/schemas.js";
import type { RouteRateLimit } from "../wiring/types.js";
import type { Admission } from "./rate-limit.js";
import { MessageRefused, takeMessage, type MessageIntakePorts } from "./message-intake.js";

const limit: RouteRateLimit = { per: ["connection", "conversation"], everyMs: 1000, burst: 3 };
const child = { role: "child" as const, connectionId: "k1", conversationId: "c1" };
const action = { action: "sendMessage" as const, conversationId: "c1", messageId: "m1", text: "I'd like a kite" };

/** A guards store whose answers wait until the test lets them go, recording what was asked. */
function heldGuards(answers: { fresh: boolean; admission: Admission }) {
  const asked: string[] = [];
  const waiting: (() => void)[] = [];
  const held = <T>(what: string, value: T) => {
    asked.push(what);
    return new Promise<T>((resolve) => waiting.push(() => resolve(value)));
  };
  const guards: MessageIntakePorts["guards"] = {
    fingerprint: (_c, messageId) => held(`fingerprint ${messageId}`, answers.fresh),
    take: (bucket) => held(`take ${bucket}`, answers.admission),
  };
  return { guards, asked, release: () => waiting.splice(0).forEach((go) => go()) };
}

function recordingLog() {
  const appended: KringleEvent[] = [];
  return { appended, log: { append: async (events: readonly KringleEvent[]) => void appended.push(...events) } };
}

const settled = () => new Promise((r) => setTimeout(r, 0));

describe("takeMessage", () => {
  it("asks for the fingerprint and the rate limit at once, and records the message once both allow it", async () => {
    const store = heldGuards({ fresh: true, admission: { allowed: true, tatMs: 0 } });
    const { log, appended } = recordingLog();
    const taken = takeMessage(child, action, { guards: store.guards, log, rateLimit: limit });
    await settled();
    // both writes are under way before either has answered
    expect(store.asked).toEqual(["fingerprint m1", "take conversation#c1"]);
    expect(appended).toEqual([]);
    store.release();
    const sent = await taken;
    expect(appended).toEqual([sent]);
    expect(sent.data).toMatchObject({ messageId: "m1", text: "I'd like a kite" });
  });

  it("refuses a messageId used for another text, and records nothing", async () => {
    const store = heldGuards({ fresh: false, admission: { allowed: true, tatMs: 0 } });
    const { log, appended } = recordingLog();
    const taken = takeMessage(child, action, { guards: store.guards, log, rateLimit: limit });
    await settled();
    store.release();
    await expect(taken).rejects.toMatchObject({ code: "invalid_frame", ref: "m1" });
    expect(appended).toEqual([]);
  });

  it("refuses a message over the limit with the time to wait, and records nothing", async () => {
    const store = heldGuards({ fresh: true, admission: { allowed: false, retryAfterMs: 1500 } });
    const { log, appended } = recordingLog();
    const taken = takeMessage(child, action, { guards: store.guards, log, rateLimit: limit });
    await settled();
    store.release();
    const refusal = await taken.catch((err: unknown) => err);
    expect(refusal).toBeInstanceOf(MessageRefused);
    expect(refusal).toMatchObject({ code: "rate_limited", retryAfterMs: 1500 });
    expect(appended).toEqual([]);
  });

  it("refuses a message to another conversation before asking the store anything", async () => {
    const store = heldGuards({ fresh: true, admission: { allowed: true, tatMs: 0 } });
    const { log } = recordingLog();
    await expect(takeMessage(child, { ...action, conversationId: "c2" }, { guards: store.guards, log, rateLimit: limit })).rejects.toMatchObject({ code: "forbidden" });
    expect(store.asked).toEqual([]);
  });
});
