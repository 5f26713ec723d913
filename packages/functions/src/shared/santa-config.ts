// Santa's configuration from the environment: which model thinks (offline North Pole, Bedrock or
// an OpenAI-compatible server), which prompt it follows, how much history it sees, how it retries.
import {
  BedrockModel,
  bedrockRuntimeClient,
  DEFAULT_BEDROCK_MODEL_ID,
  DEFAULT_OPENAI_MODEL,
  loadPrompt,
  NorthPoleModel,
  OpenAICompatibleModel,
  promptsDir,
  withRetries,
  type Model,
  type Prompt,
  type RetryPolicy,
} from "@kringle/core";

export class ModelConfigError extends Error {
  readonly code = "model_not_configured";
}

export const MODEL_KINDS = ["offline", "bedrock", "openai"] as const;

function number(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new ModelConfigError(`${name} must be a non-negative number, not "${value}"`);
  return n;
}

export function retryPolicy(env: NodeJS.ProcessEnv = process.env): RetryPolicy {
  return {
    attempts: 1 + Math.floor(number(env, "KRINGLE_MODEL_RETRIES", 2)),
    baseDelayMs: number(env, "KRINGLE_MODEL_RETRY_BASE_MS", 250),
    maxDelayMs: 4_000,
  };
}

function inference(env: NodeJS.ProcessEnv) {
  return { maxTokens: number(env, "KRINGLE_MODEL_MAX_TOKENS", 400), temperature: number(env, "KRINGLE_MODEL_TEMPERATURE", 0.7) };
}

function build(env: NodeJS.ProcessEnv): Model {
  const kind = env.KRINGLE_MODEL || "offline";
  switch (kind) {
    case "offline":
      return new NorthPoleModel({ wordDelayMs: number(env, "KRINGLE_OFFLINE_WORD_MS", 40) });
    case "bedrock": {
      const guardrailId = env.KRINGLE_BEDROCK_GUARDRAIL_ID;
      const model = new BedrockModel({
        client: bedrockRuntimeClient(env),
        modelId: env.KRINGLE_BEDROCK_MODEL_ID || DEFAULT_BEDROCK_MODEL_ID,
        inference: inference(env),
        ...(guardrailId ? { guardrail: { id: guardrailId, version: env.KRINGLE_BEDROCK_GUARDRAIL_VERSION || "DRAFT" } } : {}),
      });
      return withRetries(model, retryPolicy(env));
    }
    case "openai": {
      const baseUrl = env.KRINGLE_OPENAI_BASE_URL;
      if (!baseUrl) throw new ModelConfigError("KRINGLE_MODEL=openai needs KRINGLE_OPENAI_BASE_URL, e.g. http://localhost:11434/v1 for Ollama");
      const model = new OpenAICompatibleModel({
        baseUrl,
        model: env.KRINGLE_OPENAI_MODEL || DEFAULT_OPENAI_MODEL,
        apiKey: env.KRINGLE_OPENAI_API_KEY || undefined,
        inference: inference(env),
        timeoutMs: number(env, "KRINGLE_MODEL_TIMEOUT_MS", 30_000),
      });
      return withRetries(model, retryPolicy(env));
    }
    default:
      throw new ModelConfigError(`KRINGLE_MODEL=${kind} is not a model kringle knows (${MODEL_KINDS.join(", ")})`);
  }
}

let cached: { key: string; model: Model } | undefined;

/** The configured model, built once per configuration (a Bedrock client keeps its connections). */
export function santaModel(env: NodeJS.ProcessEnv = process.env): Model {
  const key = Object.keys(env)
    .filter((k) => k.startsWith("KRINGLE_") || k === "AWS_ENDPOINT_URL_BEDROCK_RUNTIME" || k === "AWS_REGION")
    .sort()
    .map((k) => `${k}=${env[k]}`)
    .join("&");
  if (cached?.key !== key) cached = { key, model: build(env) };
  return cached.model;
}

export function santaPrompt(env: NodeJS.ProcessEnv = process.env): Prompt {
  return loadPrompt(env.KRINGLE_SANTA_PROMPT || "v1", promptsDir(env));
}

/** How many (approximate) tokens of earlier conversation Santa is shown. */
export function historyTokens(env: NodeJS.ProcessEnv = process.env): number {
  return number(env, "KRINGLE_HISTORY_TOKENS", 1500);
}
