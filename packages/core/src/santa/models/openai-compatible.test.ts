import { describe, expect, it } from "vitest";
import type { ModelEvent } from "../model.js";
import { OpenAICompatibleModel } from "./openai-compatible.js";

/** A fetch that answers with `body`, cut into pieces of `size` bytes (splitting lines and characters). */
const serve = (body: string, size: number, status = 200): typeof fetch => {
  const bytes = new TextEncoder().encode(body);
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
          controller.close();
        },
      }),
      { status, headers: { "content-type": "text/event-stream" } },
    );
};

const chunk = (content: string | null, finish: string | null = null) => JSON.stringify({ choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }] });
const request = { system: "You are Santa.", turns: [{ role: "child" as const, text: "hi" }], conversationId: "c" };

async function events(fetch: typeof globalThis.fetch): Promise<ModelEvent[]> {
  const out: ModelEvent[] = [];
  for await (const e of new OpenAICompatibleModel({ baseUrl: "http://server/v1/", model: "m", fetch }).stream(request)) out.push(e);
  return out;
}

describe("reading the OpenAI-compatible event stream", () => {
  const body = [`data: ${chunk("Ho ho 🎅 ")}`, ": a comment", "", `data: ${chunk("ho!")}`, "", `data: ${chunk(null, "stop")}`, "", "data: [DONE]", "", ""].join("\r\n");

  it.each([1, 2, 3, 7, 1000])("parses events cut into %i-byte pieces", async (size) => {
    const out = await events(serve(body, size));
    expect(out.slice(0, 2)).toEqual([
      { type: "text", text: "Ho ho 🎅 " },
      { type: "text", text: "ho!" },
    ]);
    // a server that reports no usage gets an estimate
    expect(out[2]).toEqual({ type: "done", stopReason: "end_turn", usage: { input: expect.any(Number), output: 3 } });
  });

  it("takes the usage a server reports", async () => {
    const withUsage = [`data: ${chunk("Ho", "stop")}`, `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 42, completion_tokens: 1 } })}`, "data: [DONE]", ""].join("\n\n");
    expect((await events(serve(withUsage, 5))).at(-1)).toEqual({ type: "done", stopReason: "end_turn", usage: { input: 42, output: 1 } });
  });

  it("fails retryable on an event that is not JSON", async () => {
    await expect(events(serve("data: {oops\n\n", 100))).rejects.toMatchObject({ code: "model_error", retryable: true });
  });
});
