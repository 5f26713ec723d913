import { describe, expect, it } from "vitest";
import { DEFAULT_BEDROCK_MODEL_ID } from "./model-defaults.js";
import { historyTokens, ModelConfigError, retryPolicy, santaModel, santaPrompt } from "./santa-config.js";

describe("choosing Santa's model from the environment", () => {
  it.each([
    [{}, "north-pole-1"],
    [{ KRINGLE_MODEL: "offline" }, "north-pole-1"],
    [{ KRINGLE_MODEL: "bedrock" }, DEFAULT_BEDROCK_MODEL_ID],
    [{ KRINGLE_MODEL: "bedrock", KRINGLE_BEDROCK_MODEL_ID: "us.anthropic.claude-haiku-4-5-20251001-v1:0" }, "us.anthropic.claude-haiku-4-5-20251001-v1:0"],
    [{ KRINGLE_MODEL: "bedrock", AWS_ENDPOINT_URL_BEDROCK_RUNTIME: "http://127.0.0.1:1" }, DEFAULT_BEDROCK_MODEL_ID],
    [{ KRINGLE_MODEL: "openai", KRINGLE_OPENAI_BASE_URL: "http://localhost:11434/v1" }, "openai:llama3.2"],
    [{ KRINGLE_MODEL: "openai", KRINGLE_OPENAI_BASE_URL: "http://localhost:8080/v1", KRINGLE_OPENAI_MODEL: "qwen2.5" }, "openai:qwen2.5"],
  ])("%j thinks with %s", (env, id) => {
    expect(santaModel({ AWS_REGION: "us-east-1", ...env }).id).toBe(id);
  });

  it.each([
    [{ KRINGLE_MODEL: "openai" }, /needs KRINGLE_OPENAI_BASE_URL/],
    [{ KRINGLE_MODEL: "gpt" }, /not a model kringle knows \(offline, bedrock, openai\)/],
    [{ KRINGLE_OFFLINE_WORD_MS: "fast" }, /KRINGLE_OFFLINE_WORD_MS must be a non-negative number/],
  ])("refuses %j", (env, message) => {
    expect(() => santaModel(env)).toThrow(ModelConfigError);
    expect(() => santaModel(env)).toThrow(message);
  });

  it("builds a model once per configuration", () => {
    const env = { KRINGLE_MODEL: "offline", KRINGLE_OFFLINE_WORD_MS: "7" };
    expect(santaModel(env)).toBe(santaModel({ ...env }));
    expect(santaModel(env)).not.toBe(santaModel({ ...env, KRINGLE_OFFLINE_WORD_MS: "8" }));
  });
});

describe("Santa's other settings", () => {
  it("selects the prompt version with KRINGLE_SANTA_PROMPT, v1 by default", () => {
    expect(santaPrompt({}).version).toBe("v1");
    expect(santaPrompt({ KRINGLE_SANTA_PROMPT: "v2" }).version).toBe("v2");
  });

  it("retries twice by default, as configured otherwise", () => {
    expect(retryPolicy({})).toMatchObject({ attempts: 3, baseDelayMs: 250 });
    expect(retryPolicy({ KRINGLE_MODEL_RETRIES: "0", KRINGLE_MODEL_RETRY_BASE_MS: "5" })).toMatchObject({ attempts: 1, baseDelayMs: 5 });
  });

  it("shows 1500 tokens of history by default", () => {
    expect(historyTokens({})).toBe(1500);
    expect(historyTokens({ KRINGLE_HISTORY_TOKENS: "300" })).toBe(300);
  });
});
