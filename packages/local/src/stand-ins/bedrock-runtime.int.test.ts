// The Bedrock provider against the ConverseStream stand-in: real SDK, real event-stream frames.
import { BedrockModel, bedrockRuntimeClient, ModelError, withRetries, type Model, type ModelEvent, type ModelRequest } from "@kringle/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startBedrockStandIn, throttled, throttledMidStream, type BedrockStandIn } from "./bedrock-runtime.js";

const saved = { ...process.env };
let standIn: BedrockStandIn;
beforeAll(async () => {
  Object.assign(process.env, { AWS_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "kringle-local", AWS_SECRET_ACCESS_KEY: "kringle-local", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" });
  standIn = await startBedrockStandIn();
});
afterEach(() => {
  standIn.requests.length = 0;
  standIn.script.length = 0;
});
afterAll(async () => {
  await standIn.close();
  process.env = saved;
});

const request: ModelRequest = {
  system: "You are Santa.\n\nWhat you remember about this conversation:\n- The child's name is Mia.",
  turns: [
    { role: "child", text: "Hi, I'm Mia" },
    { role: "santa", text: "Hello Mia!" },
    { role: "child", text: "I want a kite" },
    { role: "child", text: "and a bike" },
  ],
  conversationId: "c_bedrock",
};

const model = (options: Partial<ConstructorParameters<typeof BedrockModel>[0]> = {}) =>
  new BedrockModel({ client: bedrockRuntimeClient({ AWS_ENDPOINT_URL_BEDROCK_RUNTIME: standIn.url }), modelId: "anthropic.claude-3-haiku-20240307-v1:0", ...options });
const fast = (m: Model, attempts = 3) => withRetries(m, { attempts, baseDelayMs: 1 });

async function run(m: Model): Promise<{ events: ModelEvent[]; text: string; error?: ModelError }> {
  const events: ModelEvent[] = [];
  try {
    for await (const e of m.stream(request)) events.push(e);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return { events, text: events.map((e) => (e.type === "text" ? e.text : "")).join(""), error };
  }
  return { events, text: events.map((e) => (e.type === "text" ? e.text : "")).join("") };
}

describe("the Bedrock provider on ConverseStream", () => {
  it("streams the reply word by word, then the stop reason and usage from the metadata frame", async () => {
    const { events, text, error } = await run(model());
    expect(error).toBeUndefined();
    expect(text).toMatch(/^Ho ho ho, Mia! Santa on Bedrock read 3 messages\./);
    expect(events.filter((e) => e.type === "text").length).toBe(text.split(" ").length);
    expect(events.at(-1)).toEqual({ type: "done", stopReason: "end_turn", usage: { input: expect.any(Number), output: text.split(" ").length } });
  });

  it("sends the system prompt, alternating messages and the inference settings", async () => {
    await run(model({ inference: { maxTokens: 123, temperature: 0.3 } }));
    const [sent] = standIn.requests;
    expect(sent!.modelId).toBe("anthropic.claude-3-haiku-20240307-v1:0");
    expect(sent!.body).toEqual({
      system: [{ text: request.system }],
      messages: [
        { role: "user", content: [{ text: "Hi, I'm Mia" }] },
        { role: "assistant", content: [{ text: "Hello Mia!" }] },
        { role: "user", content: [{ text: "I want a kite\n\nand a bike" }] },
      ],
      inferenceConfig: { maxTokens: 123, temperature: 0.3 },
    });
  });

  it("applies a guardrail when one is configured", async () => {
    await run(model({ guardrail: { id: "gr-santa", version: "3" } }));
    expect(standIn.requests[0]!.body.guardrailConfig).toEqual({ guardrailIdentifier: "gr-santa", guardrailVersion: "3", streamProcessingMode: "sync" });
  });

  it("passes on the guardrail's stop reason", async () => {
    standIn.script.push({ kind: "reply", text: "Let's talk about something else.", stopReason: "guardrail_intervened" });
    expect((await run(model())).events.at(-1)).toMatchObject({ type: "done", stopReason: "guardrail_intervened" });
  });

  it("retries throttling before the stream (HTTP 429) with backoff, then streams", async () => {
    standIn.script.push(throttled(), throttled());
    const { text, error } = await run(fast(model()));
    expect(error).toBeUndefined();
    expect(text).toMatch(/^Ho ho ho, Mia!/);
    expect(standIn.requests).toHaveLength(3);
  });

  it("gives up after the bounded attempts, retryable", async () => {
    standIn.script.push(throttled(), throttled(), throttled(), throttled());
    const { error } = await run(fast(model()));
    expect(error).toMatchObject({ code: "throttled", retryable: true });
    expect(standIn.requests).toHaveLength(3);
  });

  it("retries an exception frame that comes before the first token", async () => {
    standIn.script.push(throttledMidStream(0));
    const { text, error } = await run(fast(model()));
    expect(error).toBeUndefined();
    expect(text).toMatch(/^Ho ho ho/);
    expect(standIn.requests).toHaveLength(2);
  });

  it("fails, retryable and without retrying, on throttling after the first token", async () => {
    standIn.script.push(throttledMidStream(3));
    const { events, error } = await run(fast(model()));
    expect(events.map((e) => (e.type === "text" ? e.text : e.type))).toEqual(["Ho ", "ho ", "ho, "]);
    expect(error).toMatchObject({ code: "throttled", retryable: true });
    expect(standIn.requests).toHaveLength(1);
  });

  it.each([
    [{ kind: "error" as const, status: 400, type: "ValidationException" }, "model_rejected", false, 1],
    [{ kind: "error" as const, status: 403, type: "AccessDeniedException" }, "model_rejected", false, 1],
    [{ kind: "error" as const, status: 503, type: "ServiceUnavailableException" }, "model_unavailable", true, 3],
    [{ kind: "streamError" as const, afterWords: 2, type: "modelStreamErrorException" }, "model_error", true, 1],
  ])("maps %j to %s (retryable %s) after %i request(s)", async (step, code, retryable, requests) => {
    standIn.script.push(step, step, step);
    const { error } = await run(fast(model()));
    expect(error).toMatchObject({ code, retryable });
    expect(standIn.requests).toHaveLength(requests);
  });

  it("reports an unreachable endpoint as retryable", async () => {
    const gone = await startBedrockStandIn();
    await gone.close();
    const unreachable = new BedrockModel({ client: bedrockRuntimeClient({ AWS_ENDPOINT_URL_BEDROCK_RUNTIME: gone.url }), modelId: "m" });
    expect((await run(unreachable)).error).toMatchObject({ code: "model_unreachable", retryable: true });
  });
});
