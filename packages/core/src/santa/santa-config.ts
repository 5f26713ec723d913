// Santa's configuration: which model thinks (offline North Pole, Bedrock or an OpenAI-compatible
// server), which prompt it follows, how much history it sees, how it retries; built from the
// settings config/environment.ts reads.
import { ConfigError, MODEL_KINDS, promptsDir, santaSettings, santaSettingsKey, type SantaSettings } from "../config/environment.js";
import { DEFAULT_BEDROCK_MODEL_ID } from "./model-defaults.js";
import type { Model } from "./model.js";
import { BedrockModel, bedrockRuntimeClient } from "./models/bedrock.js";
import { NorthPoleModel } from "./models/north-pole.js";
import { DEFAULT_OPENAI_MODEL, OpenAICompatibleModel } from "./models/openai-compatible.js";
import { loadPrompt, type Prompt } from "./prompts.js";
import { withRetries, type RetryPolicy } from "./retry.js";

export class ModelConfigError extends ConfigError {
  override readonly code = "model_not_configured";
}

export { MODEL_KINDS };

type Env = NodeJS.ProcessEnv;

/** Settings, with a malformed variable reported as a model configuration error. */
function settings(env: Env): SantaSettings {
  try {
    return santaSettings(env);
  } catch (err) {
    throw err instanceof ConfigError ? new ModelConfigError(err.message) : err;
  }
}

export function retryPolicy(env: Env = process.env): RetryPolicy {
  const s = settings(env);
  return { attempts: 1 + s.retries, baseDelayMs: s.retryBaseMs, maxDelayMs: 4_000 };
}

function build(env: Env): Model {
  const s = settings(env);
  const inference = { maxTokens: s.maxTokens, temperature: s.temperature };
  switch (s.kind) {
    case "offline":
      return new NorthPoleModel({ wordDelayMs: s.offlineWordMs });
    case "bedrock": {
      const model = new BedrockModel({
        client: bedrockRuntimeClient(env),
        modelId: s.bedrock.modelId ?? DEFAULT_BEDROCK_MODEL_ID,
        inference,
        ...(s.bedrock.guardrailId ? { guardrail: { id: s.bedrock.guardrailId, version: s.bedrock.guardrailVersion } } : {}),
      });
      return withRetries(model, retryPolicy(env));
    }
    case "openai": {
      if (!s.openai.baseUrl) throw new ModelConfigError("KRINGLE_MODEL=openai needs KRINGLE_OPENAI_BASE_URL, e.g. http://localhost:11434/v1 for Ollama");
      const model = new OpenAICompatibleModel({
        baseUrl: s.openai.baseUrl,
        model: s.openai.model ?? DEFAULT_OPENAI_MODEL,
        apiKey: s.openai.apiKey,
        inference,
        timeoutMs: s.timeoutMs,
      });
      return withRetries(model, retryPolicy(env));
    }
    default:
      throw new ModelConfigError(`KRINGLE_MODEL=${s.kind} is not a model kringle knows (${MODEL_KINDS.join(", ")})`);
  }
}

let cached: { key: string; model: Model } | undefined;

/** The configured model, built once per configuration (a Bedrock client keeps its connections). */
export function santaModel(env: Env = process.env): Model {
  const key = santaSettingsKey(env);
  if (cached?.key !== key) cached = { key, model: build(env) };
  return cached.model;
}

export function santaPrompt(env: Env = process.env): Prompt {
  return loadPrompt(settings(env).promptVersion, promptsDir(env));
}

/** How many (approximate) tokens of earlier conversation Santa is shown. */
export function historyTokens(env: Env = process.env): number {
  return settings(env).historyTokens;
}
