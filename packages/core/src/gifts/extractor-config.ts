// Which gift extractor runs, from the environment: the offline rules (the default) or a model
// (KRINGLE_EXTRACTOR=model) on the provider Santa uses, Bedrock or an OpenAI-compatible server.
import { extractorSettings, santaSettings } from "../config/environment.js";
import { DEFAULT_BEDROCK_MODEL_ID } from "../santa/model-defaults.js";
import { bedrockRuntimeClient } from "../santa/models/bedrock.js";
import { DEFAULT_OPENAI_MODEL } from "../santa/models/openai-compatible.js";
import type { GiftExtractor } from "./extraction.js";
import { BedrockExtractor, OpenAIExtractor, type FallbackLog } from "./model-extractor.js";
import { OfflineExtractor } from "./offline-extractor.js";

export class ExtractorConfigError extends Error {
  readonly code = "extractor_not_configured";
}

export const EXTRACTOR_KINDS = ["offline", "model"] as const;

/**
 * The configured extractor. With KRINGLE_EXTRACTOR=model the provider is KRINGLE_MODEL's
 * (`bedrock` or `openai`), the model KRINGLE_EXTRACTOR_MODEL or else Santa's own.
 */
export function extractorFromEnv(env: NodeJS.ProcessEnv = process.env, onFallback?: FallbackLog): GiftExtractor {
  const { kind, model } = extractorSettings(env);
  if (kind === "offline") return new OfflineExtractor();
  if (kind !== "model") throw new ExtractorConfigError(`KRINGLE_EXTRACTOR=${kind} is not an extractor kringle knows (${EXTRACTOR_KINDS.join(", ")})`);
  // the provider and its settings are Santa's
  const santa = santaSettings(env);
  switch (santa.kind) {
    case "bedrock":
      return new BedrockExtractor({ client: bedrockRuntimeClient(env), modelId: model ?? santa.bedrock.modelId ?? DEFAULT_BEDROCK_MODEL_ID, onFallback });
    case "openai": {
      if (!santa.openai.baseUrl) throw new ExtractorConfigError("KRINGLE_EXTRACTOR=model with KRINGLE_MODEL=openai needs KRINGLE_OPENAI_BASE_URL");
      return new OpenAIExtractor({
        baseUrl: santa.openai.baseUrl,
        model: model ?? santa.openai.model ?? DEFAULT_OPENAI_MODEL,
        apiKey: santa.openai.apiKey,
        timeoutMs: santa.timeoutMs > 0 ? santa.timeoutMs : 30_000,
        onFallback,
      });
    }
    default:
      throw new ExtractorConfigError(`KRINGLE_EXTRACTOR=model needs a model provider: set KRINGLE_MODEL to bedrock or openai (it is ${santa.kind})`);
  }
}
