// Santa on Amazon Bedrock: ConverseStream with the system prompt, the conversation, inference
// settings and an optional guardrail; SDK errors become ModelErrors that say whether to retry.
import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  type ConverseStreamCommandInput,
  type ConverseStreamOutput,
} from "@aws-sdk/client-bedrock-runtime";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { alternatingTurns, ModelError, type Model, type ModelEvent, type ModelRequest } from "../model.js";
import { bedrockEndpoint } from "../../config/environment.js";

export { DEFAULT_BEDROCK_MODEL_ID } from "../model-defaults.js";

export interface BedrockOptions {
  client: BedrockRuntimeClient;
  modelId: string;
  inference?: { maxTokens?: number; temperature?: number; topP?: number };
  /** a Bedrock guardrail applied to the child's message and Santa's reply */
  guardrail?: { id: string; version: string };
}

/**
 * A Bedrock Runtime client that leaves retries to the caller (kringle retries before the first
 * token itself, for every provider alike). With AWS_ENDPOINT_URL_BEDROCK_RUNTIME set it speaks
 * HTTP/1.1: the SDK's default HTTP/2 handler fails against an HTTP/1.1 stand-in.
 */
export function bedrockRuntimeClient(env: NodeJS.ProcessEnv = process.env): BedrockRuntimeClient {
  const endpoint = bedrockEndpoint(env);
  return new BedrockRuntimeClient({ maxAttempts: 1, ...(endpoint ? { endpoint, requestHandler: new NodeHttpHandler() } : {}) });
}

const RETRYABLE: Record<string, string> = {
  ThrottlingException: "throttled",
  throttlingException: "throttled",
  ServiceQuotaExceededException: "throttled",
  ServiceUnavailableException: "model_unavailable",
  serviceUnavailableException: "model_unavailable",
  ModelNotReadyException: "model_unavailable",
  InternalServerException: "model_error",
  internalServerException: "model_error",
  ModelStreamErrorException: "model_error",
  modelStreamErrorException: "model_error",
  ModelTimeoutException: "model_timeout",
  TimeoutError: "model_timeout",
  RequestTimeout: "model_timeout",
};
const NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "ERR_HTTP2_ERROR", "ERR_STREAM_PREMATURE_CLOSE"]);

/** A Bedrock or network error as a ModelError: throttling and transient failures are retryable. */
export function bedrockError(err: unknown): ModelError {
  if (err instanceof ModelError) return err;
  const e = err as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  const name = e?.name ?? "Error";
  const message = `Bedrock: ${name}: ${e?.message ?? String(err)}`;
  const code = RETRYABLE[name];
  if (code) return new ModelError(code, message, true);
  if (e?.code && NETWORK.has(e.code)) return new ModelError("model_unreachable", message, true);
  const status = e?.$metadata?.httpStatusCode;
  if (status === 429) return new ModelError("throttled", message, true);
  if (status && status >= 500) return new ModelError("model_error", message, true);
  if (e?.$retryable) return new ModelError("model_error", message, true);
  return new ModelError("model_rejected", message, false);
}

export class BedrockModel implements Model {
  readonly id: string;

  constructor(private readonly options: BedrockOptions) {
    this.id = options.modelId;
  }

  /** The ConverseStream request for a model request. */
  input(request: ModelRequest): ConverseStreamCommandInput {
    const { inference, guardrail } = this.options;
    return {
      modelId: this.options.modelId,
      system: [{ text: request.system }],
      messages: alternatingTurns(request.turns).map((t) => ({ role: t.role === "child" ? "user" : "assistant", content: [{ text: t.text }] })),
      inferenceConfig: { maxTokens: inference?.maxTokens ?? 400, temperature: inference?.temperature ?? 0.7, ...(inference?.topP === undefined ? {} : { topP: inference.topP }) },
      ...(guardrail ? { guardrailConfig: { guardrailIdentifier: guardrail.id, guardrailVersion: guardrail.version, streamProcessingMode: "sync" as const } } : {}),
    };
  }

  async *stream(request: ModelRequest, signal?: AbortSignal): AsyncIterable<ModelEvent> {
    // ends the HTTP exchange when the caller stops reading (the output screen tripped) or aborts
    const abort = new AbortController();
    const onAbort = () => abort.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    let stream: AsyncIterable<ConverseStreamOutput>;
    try {
      const response = await this.options.client.send(new ConverseStreamCommand(this.input(request)), { abortSignal: abort.signal });
      if (!response.stream) throw new ModelError("stream_ended", "Bedrock answered without a stream", true);
      stream = response.stream;
    } catch (err) {
      signal?.removeEventListener("abort", onAbort);
      throw bedrockError(err);
    }
    let stopReason: string | undefined;
    let usage = { input: 0, output: 0 };
    let finished = false;
    try {
      for await (const event of stream) {
        if (event.contentBlockDelta?.delta?.text) yield { type: "text", text: event.contentBlockDelta.delta.text };
        else if (event.messageStop) stopReason = event.messageStop.stopReason ?? "end_turn";
        else if (event.metadata?.usage) usage = { input: event.metadata.usage.inputTokens ?? 0, output: event.metadata.usage.outputTokens ?? 0 };
        else {
          const failure = Object.values(event).find((v): v is { name?: string; message?: string } => v instanceof Error);
          if (failure) throw failure;
        }
      }
      finished = true;
    } catch (err) {
      throw bedrockError(err);
    } finally {
      signal?.removeEventListener("abort", onAbort);
      if (!finished) abort.abort();
    }
    if (!stopReason) throw new ModelError("stream_ended", "Bedrock's stream ended before messageStop", true);
    // metadata (usage) follows messageStop, so "done" waits for the stream's end
    yield { type: "done", stopReason, usage };
  }
}
