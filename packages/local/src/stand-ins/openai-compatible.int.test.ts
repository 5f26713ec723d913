// The OpenAI-compatible provider against the SSE stand-in: chat completions streamed over fetch.
import { ModelError, OpenAICompatibleModel, withRetries, type Model, type ModelEvent, type ModelRequest } from "@kringle/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startOpenAIStandIn, type OpenAIStandIn, type OpenAIStep } from "./openai-compatible.js";

let standIn: OpenAIStandIn;
beforeAll(async () => {
  standIn = await startOpenAIStandIn();
});
afterEach(() => {
  standIn.requests.length = 0;
  standIn.script.length = 0;
});
afterAll(() => standIn.close());

const request: ModelRequest = {
  system: "You are Santa.\n\nWhat you remember about this conversation:\n- The child's name is Mia.",
  turns: [
    { role: "child", text: "Hi, I'm Mia" },
    { role: "santa", text: "Hello Mia!" },
    { role: "child", text: "I want a kite" },
  ],
  conversationId: "c_openai",
};

const model = (options: Partial<ConstructorParameters<typeof OpenAICompatibleModel>[0]> = {}) => new OpenAICompatibleModel({ baseUrl: standIn.url, model: "llama3.2", ...options });
const fast = (m: Model) => withRetries(m, { attempts: 3, baseDelayMs: 1 });

async function run(m: Model): Promise<{ events: ModelEvent[]; text: string; error?: ModelError }> {
  const events: ModelEvent[] = [];
  const text = () => events.map((e) => (e.type === "text" ? e.text : "")).join("");
  try {
    for await (const e of m.stream(request)) events.push(e);
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    return { events, text: text(), error };
  }
  return { events, text: text() };
}

describe("the OpenAI-compatible provider", () => {
  it("streams the reply from server-sent events, then the finish reason and usage", async () => {
    const { events, text, error } = await run(model());
    expect(error).toBeUndefined();
    expect(text).toMatch(/^Ho ho ho, Mia! Santa on an OpenAI-compatible server read 3 messages\./);
    expect(events.filter((e) => e.type === "text").length).toBe(text.split(" ").length);
    expect(events.at(-1)).toEqual({ type: "done", stopReason: "end_turn", usage: { input: expect.any(Number), output: text.split(" ").length } });
  });

  it("sends a streaming chat completions request with the system prompt first", async () => {
    await run(model({ apiKey: "sk-local", inference: { maxTokens: 99, temperature: 0.2 } }));
    const [sent] = standIn.requests;
    expect(sent!.headers.authorization).toBe("Bearer sk-local");
    expect(sent!.body).toEqual({
      model: "llama3.2",
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 99,
      temperature: 0.2,
      messages: [
        { role: "system", content: request.system },
        { role: "user", content: "Hi, I'm Mia" },
        { role: "assistant", content: "Hello Mia!" },
        { role: "user", content: "I want a kite" },
      ],
    });
  });

  it("sends no authorization without an API key (Ollama needs none)", async () => {
    await run(model());
    expect(standIn.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("maps finish reasons", async () => {
    standIn.script.push({ kind: "reply", text: "Ho ho", finishReason: "length" });
    expect((await run(model())).events.at(-1)).toMatchObject({ stopReason: "max_tokens" });
  });

  it("retries HTTP 429 before the stream, then streams", async () => {
    standIn.script.push({ kind: "error", status: 429 }, { kind: "error", status: 429 });
    const { text, error } = await run(fast(model()));
    expect(error).toBeUndefined();
    expect(text).toMatch(/^Ho ho ho/);
    expect(standIn.requests).toHaveLength(3);
  });

  it.each<[OpenAIStep, string, boolean, number]>([
    [{ kind: "error", status: 503 }, "model_unavailable", true, 3],
    [{ kind: "error", status: 500 }, "model_error", true, 3],
    [{ kind: "error", status: 401 }, "model_rejected", false, 1],
    [{ kind: "error", status: 404 }, "model_rejected", false, 1],
    [{ kind: "streamError", afterWords: 2 }, "model_error", true, 1],
    [{ kind: "streamError", afterWords: 2, type: "rate_limit_exceeded" }, "throttled", true, 1],
    [{ kind: "drop", afterWords: 2 }, "stream_ended", true, 1],
  ])("maps %j to %s (retryable %s) after %i request(s)", async (step, code, retryable, requests) => {
    standIn.script.push(step, step, step);
    const { error } = await run(fast(model()));
    expect(error).toMatchObject({ code, retryable });
    expect(standIn.requests).toHaveLength(requests);
  });

  it("does not retry after the first token: the partial text stays partial", async () => {
    standIn.script.push({ kind: "streamError", afterWords: 2 });
    const { events, error } = await run(fast(model()));
    expect(events).toEqual([
      { type: "text", text: "Ho " },
      { type: "text", text: "ho " },
    ]);
    expect(error).toBeInstanceOf(ModelError);
  });

  it("reports an unreachable server as retryable", async () => {
    const gone = await startOpenAIStandIn();
    await gone.close();
    expect((await run(new OpenAICompatibleModel({ baseUrl: gone.url, model: "x" }))).error).toMatchObject({ code: "model_unreachable", retryable: true });
  });
});
