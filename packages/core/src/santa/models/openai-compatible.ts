// Santa on any OpenAI-compatible server (Ollama, llama.cpp server, vLLM, …): chat completions with
// `stream: true`, read as server-sent events over fetch, no SDK.
import { EventSourceParserStream, type EventSourceMessage } from "eventsource-parser/stream";
import { alternatingTurns, approxTokens, ModelError, type Model, type ModelEvent, type ModelRequest } from "../model.js";

export const DEFAULT_OPENAI_MODEL = "llama3.2";

export interface OpenAICompatibleOptions {
  /** the API root, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8080/v1 (llama.cpp) */
  baseUrl: string;
  model: string;
  apiKey?: string;
  inference?: { maxTokens?: number; temperature?: number };
  /** how long to wait for the server to start answering */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

interface CompletionChunk {
  choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: string; type?: string; code?: string | number } | string;
}

const STOP_REASONS: Record<string, string> = { stop: "end_turn", length: "max_tokens", content_filter: "content_filtered", tool_calls: "tool_use" };

function httpError(status: number, body: string): ModelError {
  const message = `OpenAI-compatible server answered HTTP ${status}: ${body.slice(0, 200)}`;
  if (status === 429) return new ModelError("throttled", message, true);
  if (status === 503) return new ModelError("model_unavailable", message, true);
  if (status === 408 || status >= 500) return new ModelError("model_error", message, true);
  return new ModelError("model_rejected", message, false);
}

function streamError(error: NonNullable<CompletionChunk["error"]>): ModelError {
  const detail = typeof error === "string" ? { message: error } : error;
  const kind = `${detail.type ?? ""} ${detail.code ?? ""}`.toLowerCase();
  const message = `OpenAI-compatible stream error: ${detail.message ?? kind}`;
  if (/rate|429|overload|throttl/.test(kind)) return new ModelError("throttled", message, true);
  if (/invalid|400|401|403|404|auth|permission|not_found/.test(kind)) return new ModelError("model_rejected", message, false);
  return new ModelError("model_error", message, true);
}

function fetchError(err: unknown): ModelError {
  if (err instanceof ModelError) return err;
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError") return new ModelError("model_timeout", "OpenAI-compatible server did not answer in time", true);
  return new ModelError("model_unreachable", `OpenAI-compatible server unreachable: ${e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err)}`, true);
}

/** Server-sent events: the data of each event, as the lines arrive (eventsource-parser does the framing). */
async function* sseData(body: ReadableStream<Uint8Array>): AsyncIterable<string> {
  const events = body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  for await (const event of events as unknown as AsyncIterable<EventSourceMessage>) yield event.data;
}

export class OpenAICompatibleModel implements Model {
  readonly id: string;

  constructor(private readonly options: OpenAICompatibleOptions) {
    this.id = `openai:${options.model}`;
  }

  /** The chat completions request body for a model request. */
  body(request: ModelRequest): Record<string, unknown> {
    return {
      model: this.options.model,
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: this.options.inference?.maxTokens ?? 400,
      temperature: this.options.inference?.temperature ?? 0.7,
      messages: [
        { role: "system", content: request.system },
        ...alternatingTurns(request.turns).map((t) => ({ role: t.role === "child" ? "user" : "assistant", content: t.text })),
      ],
    };
  }

  async *stream(request: ModelRequest, signal?: AbortSignal): AsyncIterable<ModelEvent> {
    const abort = new AbortController();
    const onAbort = () => abort.abort();
    signal?.addEventListener("abort", onAbort, { once: true });
    const timer = setTimeout(() => abort.abort(new DOMException("no answer", "TimeoutError")), this.options.timeoutMs ?? 30_000);
    let finished = false;
    try {
      let response: Response;
      try {
        response = await (this.options.fetch ?? fetch)(`${this.options.baseUrl.replace(/\/+$/, "")}/chat/completions`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            accept: "text/event-stream",
            ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
          },
          body: JSON.stringify(this.body(request)),
          signal: abort.signal,
        });
      } catch (err) {
        throw fetchError(abort.signal.reason ?? err);
      }
      clearTimeout(timer);
      if (!response.ok || !response.body) throw httpError(response.status, await response.text().catch(() => ""));

      let text = "";
      let stopReason: string | undefined;
      let usage: { input: number; output: number } | undefined;
      try {
        for await (const data of sseData(response.body)) {
          if (data === "[DONE]") break;
          let chunk: CompletionChunk;
          try {
            chunk = JSON.parse(data) as CompletionChunk;
          } catch {
            throw new ModelError("model_error", `OpenAI-compatible server sent an event that is not JSON: ${data.slice(0, 100)}`, true);
          }
          if (chunk.error) throw streamError(chunk.error);
          const choice = chunk.choices?.[0];
          if (choice?.delta?.content) {
            text += choice.delta.content;
            yield { type: "text", text: choice.delta.content };
          }
          if (choice?.finish_reason) stopReason = STOP_REASONS[choice.finish_reason] ?? choice.finish_reason;
          if (chunk.usage) usage = { input: chunk.usage.prompt_tokens ?? 0, output: chunk.usage.completion_tokens ?? 0 };
        }
      } catch (err) {
        if (err instanceof ModelError) throw err;
        throw new ModelError("stream_ended", `the OpenAI-compatible stream broke off: ${(err as Error)?.message ?? String(err)}`, true);
      }
      if (!stopReason) throw new ModelError("stream_ended", "the OpenAI-compatible stream ended before a finish_reason", true);
      finished = true;
      // servers that do not report usage get an estimate
      usage ??= { input: approxTokens(request.system + request.turns.map((t) => t.text).join("")), output: approxTokens(text) };
      yield { type: "done", stopReason, usage };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (!finished) abort.abort();
    }
  }
}
