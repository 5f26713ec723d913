// A message event delivered to the gift extractor twice adds its wishes once. With the offline
// rules that needs nothing (a retry repeats its events exactly, ids and all); a model may word the
// wish anew the second time, so with KRINGLE_EXTRACTOR=model the reaction is idempotent on the
// event's id, in a record of its own beside Santa's for the same event.
import { makeEvent, wiring, type KringleEvent } from "@kringle/core";
import type { Context } from "aws-lambda";
import { afterEach, describe, expect, it } from "vitest";
import { handler as extractor } from "../../functions/src/bus/gift-extractor.js";
import { handler as santa } from "../../functions/src/bus/santa.js";
import { lambdaContext } from "./lambda/functions.js";
import { startOpenAIStandIn, type OpenAIStandIn } from "./stand-ins/openai-compatible.js";
import { busEvent } from "./testing/bus-event.js";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { restoreEnvironment } from "./testing/environment.js";

const saved = { ...process.env };
let k: TestKringle | undefined;
let openai: OpenAIStandIn | undefined;
afterEach(async () => {
  await k?.dispose();
  await openai?.close();
  k = openai = undefined;
  restoreEnvironment(saved);
});

const context = (name: "giftExtractor" | "santa") => lambdaContext(name, wiring.functions[name], Date.now() + 60_000) as Context;
const wishes = (events: KringleEvent[]) => events.flatMap((e) => (e.type === "gift.requested" ? [e.data.gift] : []));
const extractions = (standIn: OpenAIStandIn) => standIn.requests.filter((r) => r.body.stream !== true).length;

describe("a model's extraction, delivered twice", () => {
  it("is asked of the model once and adds the wish once, though the model would word it anew", async () => {
    let worded = 0;
    // each time the model sees the wish it words it differently, as a model may
    openai = await startOpenAIStandIn({
      json: (request) =>
        JSON.stringify(request.body.messages).includes("red bike")
          ? { childName: null, gifts: [{ gift: ++worded === 1 ? "red bike" : "shiny red bicycle", message: 1 }] }
          : { childName: null, gifts: [] },
    });
    Object.assign(process.env, { KRINGLE_EXTRACTOR: "model", KRINGLE_OPENAI_BASE_URL: openai.url, KRINGLE_MODEL_RETRY_BASE_MS: "1" });
    k = await startTestKringle({ model: "openai" });
    const C = "c_model_twice";
    const message = makeEvent("message.sent", C, { messageId: "m_1", text: "dear santa i would love a red bike" }, { id: "e_model_twice" });
    // Santa answers the same event first: his idempotency record must not stand for the extractor's
    await santa(busEvent(message, "bus-santa"), context("santa"));
    const first = await extractor(busEvent(message, "bus-1"), context("giftExtractor"));
    const asked = extractions(openai);
    const second = await extractor(busEvent(message, "bus-2"), context("giftExtractor"));
    expect(first).toEqual({ appended: 1 });
    expect(second).toEqual(first);
    expect(extractions(openai)).toBe(asked);
    await k.whenCaughtUp();
    expect(wishes(await k.archived(C))).toEqual(["red bike"]);
    const records = (await k.scan("idempotency")).map((r) => String(r.id).split("#")[0]).sort();
    expect(records).toEqual(["giftExtractor", "santa"]);
  });
});

describe("the offline rules' extraction, delivered twice", () => {
  it("adds the wish once and keeps no idempotency record: its retry repeats the same events", async () => {
    k = await startTestKringle();
    const C = "c_offline_twice";
    const message = makeEvent("message.sent", C, { messageId: "m_1", text: "dear santa i would love a red bike" }, { id: "e_offline_twice" });
    const first = await extractor(busEvent(message, "bus-1"), context("giftExtractor"));
    const second = await extractor(busEvent(message, "bus-2"), context("giftExtractor"));
    expect(first).toEqual({ appended: 1 });
    expect(second).toEqual(first);
    await k.whenCaughtUp();
    expect(wishes(await k.archived(C))).toEqual(["red bike"]);
    expect(await k.scan("idempotency")).toEqual([]);
  });
});
