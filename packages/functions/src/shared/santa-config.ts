// Santa's configuration from the environment: which model thinks, which prompt it follows.
import { loadPrompt, NorthPoleModel, type Model, type Prompt } from "@kringle/core";

export class ModelConfigError extends Error {
  readonly code = "model_not_configured";
}

export function santaModel(env: NodeJS.ProcessEnv = process.env): Model {
  const kind = env.KRINGLE_MODEL ?? "offline";
  switch (kind) {
    case "offline":
      return new NorthPoleModel({ wordDelayMs: Number(env.KRINGLE_OFFLINE_WORD_MS ?? 40) });
    default:
      throw new ModelConfigError(`KRINGLE_MODEL=${kind} is not a model kringle knows (offline)`);
  }
}

export function santaPrompt(env: NodeJS.ProcessEnv = process.env): Prompt {
  return loadPrompt(env.KRINGLE_SANTA_PROMPT ?? "v1");
}
