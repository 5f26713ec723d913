// A bus event delivered again while Santa is still answering it (a retry that overtook the first
// run) waits for that run and answers with its outcome: one reply, and no false dead letter.
import { makeEvent, wiring } from "@kringle/core";
import type { Context } from "aws-lambda";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readsAheadHeld, handler as santa } from "../../functions/src/bus/santa.js";
import { lambdaContext } from "./lambda/functions.js";
import { busEvent } from "./testing/bus-event.js";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";

let k: TestKringle;
beforeAll(async () => {
  // slow enough that the second delivery arrives while the first reply streams
  k = await startTestKringle({ offlineWordMs: 20 });
});
afterAll(() => k.dispose());

it("a delivery that finds the same message in progress waits for it and gets its outcome", async () => {
  const message = makeEvent("message.sent", "c_twice_santa", { messageId: "m_1", text: "Hello Santa, what do reindeer eat?" }, { id: "e_twice_santa" });
  const event = busEvent(message, "bus-1");
  const context = () => lambdaContext("santa", wiring.functions.santa, Date.now() + 120_000) as Context;
  const both = Promise.all([santa(event, context()), santa({ ...event, id: "bus-2" }, context())]);
  // each delivery's read made ahead is held while it runs, and dropped when it ends: none is kept
  expect(readsAheadHeld()).toBe(2);
  const [first, second] = await both;
  expect(readsAheadHeld()).toBe(0);
  expect(second).toEqual(first);
  expect(first).toMatchObject({ status: "completed" });
  await k.whenCaughtUp();
  const started = (await k.archived("c_twice_santa")).filter((e) => e.type === "reply.started");
  expect(started).toHaveLength(1);
});
