// Santa hears a child in trouble, end to end offline: a disclosure is recorded as safety.flagged in
// the log, answered gently, and the conversation stays in care mode with the North Pole model and
// with Bedrock (its stand-in), whose system prompt then carries the care note.
import type { ServerFrame } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBedrockStandIn, type BedrockStandIn } from "./stand-ins/bedrock-runtime.js";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { waitUntil } from "./testing/wait-until.js";
import type { TestClient } from "./testing/ws-client.js";

type Delta = Extract<ServerFrame, { type: "transcript.delta" }>;

/** Sends a message and waits for its reply to complete; returns the reply's text. */
async function say(client: TestClient, conversationId: string, messageId: string, text: string): Promise<string> {
  client.send({ action: "sendMessage", conversationId, messageId, text });
  const started = (await client.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.started" && f.change.inReplyTo === messageId, `the reply to ${messageId}`)) as Delta;
  const replyId = "replyId" in started.change ? started.change.replyId : "";
  const end = (await client.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed" && f.change.replyId === replyId, `reply ${replyId} to complete`)) as Delta;
  return end.change.kind === "reply.completed" ? end.change.text : "";
}

// the archive's items are events and, beside each, a marker that keeps it archived once (no event)
const eventsOf = async (k: TestKringle, conversationId: string) =>
  k.archived(conversationId);

describe("a disclosure to the North Pole model", () => {
  let k: TestKringle;
  beforeAll(async () => {
    k = await startTestKringle();
  });
  afterAll(async () => {
    await k?.dispose();
  });

  it("is flagged in the log, answered gently, and the next replies stay gentle", async () => {
    const C = "c_safety_np";
    const child = await k.child(C);
    await say(child, C, "m_1", "Hi Santa, I'm Sam");
    const first = await say(child, C, "m_2", "my step dad hurts me when mum is out and says i cant tell");
    expect(first).toMatch(/grown-up you trust/);
    expect(first).not.toMatch(/Ho ho|wish list/i);

    const flags = async () => (await eventsOf(k, C)).filter((e) => e.type === "safety.flagged").map((e) => e.data);
    await waitUntil(async () => (await flags()).length >= 2, { what: "the flags to reach the archive" });
    expect(await flags()).toEqual([
      { messageId: "m_2", kind: "abuse" },
      { messageId: "m_2", kind: "secrecy" },
    ]);

    for (const [id, text] of [
      ["m_3", "ok. can you tell me a joke?"],
      ["m_4", "I want a bike for christmas"],
      ["m_5", "promise you won't tell anyone"],
    ]) {
      const reply = await say(child, C, id!, text!);
      expect(reply).toMatch(/grown-up/);
      expect(reply).not.toMatch(/Ho ho|joke|on my list|secret is safe|won't tell/i);
    }
    child.close();
    await k.whenCaughtUp();
    // asking Santa to promise secrecy raises nothing new: secrecy was flagged already
    expect((await flags()).length).toBe(2);
  });
});

describe("a disclosure with Bedrock (stand-in)", () => {
  const saved = { ...process.env };
  let k: TestKringle;
  let bedrock: BedrockStandIn;
  beforeAll(async () => {
    bedrock = await startBedrockStandIn({ wordDelayMs: 1 });
    Object.assign(process.env, { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: bedrock.url, KRINGLE_MODEL_RETRY_BASE_MS: "1" });
    k = await startTestKringle({ model: "bedrock", offlineWordMs: 1 });
  });
  afterAll(async () => {
    await k?.dispose();
    await bedrock?.close();
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });

  it("is answered without the model, and the model is then asked in care mode", async () => {
    const C = "c_safety_bedrock";
    const child = await k.child(C);
    const asked = bedrock.requests.length;
    const first = await say(child, C, "m_1", "i want to kill myself");
    expect(first).toMatch(/grown-up you trust/);
    expect(bedrock.requests.length).toBe(asked);

    await say(child, C, "m_2", "ok");
    const request = JSON.stringify(bedrock.requests.at(-1)!.body);
    expect(request).toContain("Care mode");
    expect(request).toContain("needs a grown-up (self-harm)");
    child.close();
  });
});
