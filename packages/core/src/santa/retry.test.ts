import { describe, expect, it } from "vitest";
import { ModelError, type Model, type ModelEvent } from "./model.js";
import { withRetries } from "./retry.js";

/** A model that plays one script per attempt: words, then either done or an error. */
function scripted(attempts: { words: string[]; error?: ModelError }[]): Model & { calls: number } {
  const model = {
    id: "scripted",
    calls: 0,
    async *stream(): AsyncIterable<ModelEvent> {
      const attempt = attempts[model.calls++] ?? attempts[attempts.length - 1]!;
      for (const text of attempt.words) yield { type: "text", text };
      if (attempt.error) throw attempt.error;
      yield { type: "done", stopReason: "end_turn", usage: { input: 1, output: attempt.words.length } };
    },
  };
  return model;
}

const throttled = () => new ModelError("throttled", "slow down", true);
const request = { system: "", turns: [{ role: "child" as const, text: "hi" }], conversationId: "c" };

async function run(model: Model): Promise<{ events: ModelEvent[]; error?: unknown }> {
  const events: ModelEvent[] = [];
  try {
    for await (const e of model.stream(request)) events.push(e);
    return { events };
  } catch (error) {
    return { events, error };
  }
}

describe("retrying a model before its first token", () => {
  it("retries throttling with growing backoff, then streams", async () => {
    const delays: number[] = [];
    const model = scripted([{ words: [], error: throttled() }, { words: [], error: throttled() }, { words: ["Ho ", "ho!"] }]);
    const { events, error } = await run(withRetries(model, { attempts: 3, baseDelayMs: 100, sleep: async (ms) => void delays.push(ms), random: () => 1 }));
    expect(error).toBeUndefined();
    expect(model.calls).toBe(3);
    expect(delays).toEqual([100, 200]);
    expect(events.map((e) => e.type)).toEqual(["text", "text", "done"]);
  });

  it("gives up after the bounded number of attempts with the last error", async () => {
    const model = scripted([{ words: [], error: throttled() }]);
    const { error } = await run(withRetries(model, { attempts: 3, baseDelayMs: 1, sleep: async () => undefined }));
    expect(model.calls).toBe(3);
    expect(error).toMatchObject({ code: "throttled", retryable: true });
  });

  it("does not retry an error that retrying cannot fix", async () => {
    const model = scripted([{ words: [], error: new ModelError("model_rejected", "bad request", false) }]);
    const { error } = await run(withRetries(model, { attempts: 3, baseDelayMs: 1, sleep: async () => undefined }));
    expect(model.calls).toBe(1);
    expect(error).toMatchObject({ code: "model_rejected" });
  });

  it("does not retry once text has streamed (it would repeat it)", async () => {
    const model = scripted([{ words: ["Ho "], error: throttled() }, { words: ["never"] }]);
    const { events, error } = await run(withRetries(model, { attempts: 3, baseDelayMs: 1, sleep: async () => undefined }));
    expect(model.calls).toBe(1);
    expect(events).toEqual([{ type: "text", text: "Ho " }]);
    expect(error).toMatchObject({ code: "throttled", retryable: true });
  });
});
