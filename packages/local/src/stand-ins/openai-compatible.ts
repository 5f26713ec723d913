// An OpenAI-compatible chat completions stand-in (as Ollama, llama.cpp server and vLLM serve it):
// POST {url}/chat/completions with `stream: true` answered with server-sent events, one
// chat.completion.chunk per word, a finish_reason, a usage chunk when asked for, then [DONE]; or an
// HTTP error, an error event mid-stream, or a dropped connection; without `stream`, one
// chat.completion whose message is the scripted JSON (as `response_format: json_schema` asks).
// Point kringle at it with KRINGLE_OPENAI_BASE_URL=<url>.
import { createServer, type ServerResponse } from "node:http";
import { closeServer, listen } from "./listen.js";
import { defaultReply, pause, readBody, wordsOf } from "./model-stand-in.js";

/** What the stand-in does with one request; requests beyond the script get a normal reply. */
export type OpenAIStep =
  | { kind: "reply"; text?: string; finishReason?: string }
  /** an HTTP error before the stream, e.g. 429 or 503 */
  | { kind: "error"; status: number; message?: string }
  /** an error event after `afterWords` words */
  | { kind: "streamError"; afterWords: number; type?: string; message?: string }
  /** the connection dropped after `afterWords` words, with no finish_reason and no [DONE] */
  | { kind: "drop"; afterWords: number }
  /** a completion (not streamed) whose message content is this JSON, or this text when a string */
  | { kind: "json"; content: unknown };

export interface ChatRequest {
  headers: Record<string, string | string[] | undefined>;
  body: {
    model?: string;
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    messages?: { role: string; content: string }[];
    max_tokens?: number;
    temperature?: number;
    response_format?: { type?: string; json_schema?: { name?: string; strict?: boolean; schema?: unknown } };
  };
}

export interface OpenAIStandInOptions {
  /** delay before each word */
  wordDelayMs?: number;
  /** what to do with the next requests, in order */
  script?: OpenAIStep[];
  /** the text of a normal reply; by default an in-character line naming the child when known */
  reply?: (request: ChatRequest) => string;
  /** the JSON of a completion that is not streamed, when the script has none; by default {} */
  json?: (request: ChatRequest) => unknown;
}

export interface OpenAIStandIn {
  /** the API root: KRINGLE_OPENAI_BASE_URL (ends in /v1) */
  url: string;
  /** every chat completions request received, in order */
  requests: ChatRequest[];
  /** the steps still to come; push to script later requests */
  script: OpenAIStep[];
  close(): Promise<void>;
}

/** A whole chat.completion at once: the scripted JSON as the message content, or an HTTP error. */
function completeOnce(res: ServerResponse, request: ChatRequest, step: OpenAIStep, options: OpenAIStandInOptions, n: number): void {
  if (step.kind === "error") {
    res.writeHead(step.status, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: step.message ?? `stand-in error ${step.status}`, type: step.status === 429 ? "rate_limit_exceeded" : "server_error", code: step.status } }));
    return;
  }
  const json = step.kind === "json" ? step.content : (options.json?.(request) ?? {});
  const content = step.kind === "reply" ? (step.text ?? "Ho ho ho!") : typeof json === "string" ? json : JSON.stringify(json);
  const prompt = Math.ceil(JSON.stringify(request.body.messages ?? []).length / 4);
  res.writeHead(200, { "content-type": "application/json" });
  res.end(
    JSON.stringify({
      id: `chatcmpl-stand-in-${n}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: request.body.model ?? "stand-in",
      choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
      usage: { prompt_tokens: prompt, completion_tokens: 20, total_tokens: prompt + 20 },
    }),
  );
}

async function complete(res: ServerResponse, request: ChatRequest, step: OpenAIStep, options: OpenAIStandInOptions, n: number): Promise<void> {
  if (step.kind === "error") {
    res.writeHead(step.status, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { message: step.message ?? `stand-in error ${step.status}`, type: step.status === 429 ? "rate_limit_exceeded" : "server_error", code: step.status } }));
    return;
  }
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  const base = { id: `chatcmpl-stand-in-${n}`, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model: request.body.model ?? "stand-in" };
  const send = (data: unknown) => !res.destroyed && res.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
  const messages = request.body.messages ?? [];
  const text =
    (step.kind === "reply" && step.text) ||
    (options.reply ?? ((r) => defaultReply("an OpenAI-compatible server", r.body.messages?.find((m) => m.role === "system")?.content ?? "", messages.filter((m) => m.role !== "system").length)))(request);
  const words = wordsOf(text);
  send({ ...base, choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }] });
  for (const [i, word] of words.entries()) {
    if (step.kind === "streamError" && i === step.afterWords) {
      send({ error: { message: step.message ?? "stand-in stream error", type: step.type ?? "server_error" } });
      res.end();
      return;
    }
    if (step.kind === "drop" && i === step.afterWords) {
      // the words so far reach the client before the connection goes
      res.write(": dropping\n\n", () => res.destroy());
      return;
    }
    await pause(options.wordDelayMs ?? 0);
    send({ ...base, choices: [{ index: 0, delta: { content: word }, finish_reason: null }] });
  }
  send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: (step.kind === "reply" && step.finishReason) || "stop" }] });
  if (request.body.stream_options?.include_usage) {
    const prompt = Math.ceil(JSON.stringify(messages).length / 4);
    send({ ...base, choices: [], usage: { prompt_tokens: prompt, completion_tokens: words.length, total_tokens: prompt + words.length } });
  }
  send("[DONE]");
  res.end();
}

export async function startOpenAIStandIn(options: OpenAIStandInOptions = {}): Promise<OpenAIStandIn> {
  const requests: ChatRequest[] = [];
  const script = [...(options.script ?? [])];
  const server = createServer((req, res) => {
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}`, type: "not_found" } }));
      return;
    }
    readBody(req)
      .then((raw) => {
        const request: ChatRequest = { headers: req.headers, body: JSON.parse(raw) as ChatRequest["body"] };
        requests.push(request);
        if (request.body.stream !== true) return completeOnce(res, request, script.shift() ?? { kind: "json", content: options.json?.(request) ?? {} }, options, requests.length);
        return complete(res, request, script.shift() ?? { kind: "reply" }, options, requests.length);
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "a body that is not JSON", type: "invalid_request_error" } }));
        else res.destroy();
      });
  });
  const root = await listen(server);
  return { url: `${root}/v1`, requests, script, close: () => closeServer(server) };
}
