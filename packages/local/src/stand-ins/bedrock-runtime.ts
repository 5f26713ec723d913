// A Bedrock Runtime stand-in that speaks ConverseStream's real wire format: POST
// /model/{modelId}/converse-stream answered with application/vnd.amazon.eventstream frames encoded
// by @smithy/eventstream-codec (messageStart, contentBlockDelta, contentBlockStop, messageStop,
// metadata), or with throttling before the stream (HTTP 429) or in the middle of it (an exception
// frame); and Converse (POST /model/{modelId}/converse) as JSON, answering a forced tool with a
// toolUse block. Point the SDK at it with AWS_ENDPOINT_URL_BEDROCK_RUNTIME=<url>.
import { createServer, type ServerResponse } from "node:http";
import { EventStreamCodec, type MessageHeaders } from "@smithy/eventstream-codec";
import { closeServer, listen } from "./listen.js";
import { defaultReply, pause, readBody, wordsOf } from "./model-stand-in.js";

/** What the stand-in does with one request; requests beyond the script get a normal reply. */
export type BedrockStep =
  | { kind: "reply"; text?: string; stopReason?: string }
  /** an error before the stream, e.g. 429 ThrottlingException */
  | { kind: "error"; status: number; type: string; message?: string }
  /** an exception frame after `afterWords` words, e.g. throttlingException */
  | { kind: "streamError"; afterWords: number; type: string; message?: string }
  /** Converse: call the forced tool with this input */
  | { kind: "tool"; input: unknown };

export const throttled = (): BedrockStep => ({ kind: "error", status: 429, type: "ThrottlingException", message: "Too many requests, please wait before trying again." });
export const throttledMidStream = (afterWords = 2): BedrockStep => ({ kind: "streamError", afterWords, type: "throttlingException", message: "Too many tokens, please wait before trying again." });

export interface ConverseRequest {
  modelId: string;
  body: {
    system?: { text?: string }[];
    messages?: { role: string; content: { text?: string }[] }[];
    inferenceConfig?: Record<string, unknown>;
    guardrailConfig?: Record<string, unknown>;
    toolConfig?: { tools?: { toolSpec?: { name?: string; inputSchema?: { json?: unknown } } }[]; toolChoice?: { tool?: { name?: string } } };
  };
  /** which operation was called */
  operation: "converse" | "converse-stream";
}

export interface BedrockStandInOptions {
  /** delay before each word */
  wordDelayMs?: number;
  /** what to do with the next requests, in order */
  script?: BedrockStep[];
  /** the text of a normal reply; by default an in-character line naming the child when known */
  reply?: (request: ConverseRequest) => string;
  /** Converse's answer to a forced tool when the script has none; by default an empty answer */
  toolInput?: (request: ConverseRequest) => unknown;
}

export interface BedrockStandIn {
  /** the endpoint: AWS_ENDPOINT_URL_BEDROCK_RUNTIME */
  url: string;
  /** every Converse and ConverseStream request received, in order */
  requests: ConverseRequest[];
  /** the steps still to come; push to script later requests */
  script: BedrockStep[];
  close(): Promise<void>;
}

const codec = new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

const header = (value: string) => ({ type: "string" as const, value });

function frame(headers: MessageHeaders, payload: unknown): Uint8Array {
  return codec.encode({ headers: { ...headers, ":content-type": header("application/json") }, body: new TextEncoder().encode(JSON.stringify(payload)) });
}
// the SDK drops a frame without :message-type event and a camelCase :event-type
const event = (type: string, payload: unknown) => frame({ ":message-type": header("event"), ":event-type": header(type) }, payload);
const exception = (type: string, message: string) => frame({ ":message-type": header("exception"), ":exception-type": header(type) }, { message });

/** Converse (not streamed): the forced tool called with the scripted input, or a text reply. */
function converseOnce(res: ServerResponse, request: ConverseRequest, step: BedrockStep, options: BedrockStandInOptions): void {
  if (step.kind === "error") {
    res.writeHead(step.status, { "content-type": "application/json", "x-amzn-errortype": step.type, "x-amzn-requestid": "stand-in" });
    res.end(JSON.stringify({ message: step.message ?? step.type }));
    return;
  }
  const tool = request.body.toolConfig?.toolChoice?.tool?.name;
  const content =
    tool && step.kind !== "reply"
      ? [{ toolUse: { toolUseId: `tooluse_stand_in_${Date.now()}`, name: tool, input: step.kind === "tool" ? step.input : (options.toolInput?.(request) ?? {}) } }]
      : [{ text: (step.kind === "reply" && step.text) || "Ho ho ho!" }];
  const inputTokens = Math.ceil(JSON.stringify(request.body.messages ?? []).length / 4);
  res.writeHead(200, { "content-type": "application/json", "x-amzn-requestid": "stand-in" });
  res.end(
    JSON.stringify({
      output: { message: { role: "assistant", content } },
      stopReason: content[0] && "toolUse" in content[0] ? "tool_use" : "end_turn",
      usage: { inputTokens, outputTokens: 20, totalTokens: inputTokens + 20 },
      metrics: { latencyMs: 1 },
    }),
  );
}

async function converse(res: ServerResponse, request: ConverseRequest, step: BedrockStep, options: BedrockStandInOptions): Promise<void> {
  if (step.kind === "error") {
    res.writeHead(step.status, { "content-type": "application/json", "x-amzn-errortype": step.type, "x-amzn-requestid": "stand-in" });
    res.end(JSON.stringify({ message: step.message ?? step.type }));
    return;
  }
  res.writeHead(200, { "content-type": "application/vnd.amazon.eventstream", "x-amzn-requestid": "stand-in" });
  const started = Date.now();
  const text = (step.kind === "reply" && step.text) || (options.reply ?? ((r) => defaultReply("Bedrock", r.body.system?.map((s) => s.text ?? "").join("\n") ?? "", r.body.messages?.length ?? 0)))(request);
  const words = wordsOf(text);
  const write = (bytes: Uint8Array) => !res.destroyed && res.write(bytes);
  write(event("messageStart", { role: "assistant" }));
  for (const [i, word] of words.entries()) {
    if (step.kind === "streamError" && i === step.afterWords) {
      write(exception(step.type, step.message ?? step.type));
      res.end();
      return;
    }
    await pause(options.wordDelayMs ?? 0);
    write(event("contentBlockDelta", { contentBlockIndex: 0, delta: { text: word } }));
  }
  write(event("contentBlockStop", { contentBlockIndex: 0 }));
  write(event("messageStop", { stopReason: (step.kind === "reply" && step.stopReason) || "end_turn" }));
  const inputTokens = Math.ceil(JSON.stringify(request.body.messages ?? []).length / 4);
  write(event("metadata", { usage: { inputTokens, outputTokens: words.length, totalTokens: inputTokens + words.length }, metrics: { latencyMs: Date.now() - started } }));
  res.end();
}

export async function startBedrockStandIn(options: BedrockStandInOptions = {}): Promise<BedrockStandIn> {
  const requests: ConverseRequest[] = [];
  const script = [...(options.script ?? [])];
  const server = createServer((req, res) => {
    const match = /^\/model\/([^/]+)\/(converse-stream|converse)$/.exec(req.url ?? "");
    if (req.method !== "POST" || !match) {
      res.writeHead(404, { "content-type": "application/json", "x-amzn-errortype": "UnknownOperationException" });
      res.end(JSON.stringify({ message: `the stand-in serves Converse and ConverseStream only, not ${req.method} ${req.url}` }));
      return;
    }
    readBody(req)
      .then((raw) => {
        const operation = match[2] as ConverseRequest["operation"];
        const request: ConverseRequest = { modelId: decodeURIComponent(match[1]!), body: JSON.parse(raw) as ConverseRequest["body"], operation };
        requests.push(request);
        if (operation === "converse") return converseOnce(res, request, script.shift() ?? { kind: "tool", input: options.toolInput?.(request) ?? {} }, options);
        return converse(res, request, script.shift() ?? { kind: "reply" }, options);
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(400, { "content-type": "application/json", "x-amzn-errortype": "ValidationException" }).end(JSON.stringify({ message: "a body that is not JSON" }));
        else res.destroy();
      });
  });
  const url = await listen(server);
  return { url, requests, script, close: () => closeServer(server) };
}
