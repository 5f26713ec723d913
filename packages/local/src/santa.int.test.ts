// Santa end to end with each provider, through the whole event log offline: the North Pole model,
// Bedrock pointed at its stand-in (AWS_ENDPOINT_URL_BEDROCK_RUNTIME) and an OpenAI-compatible
// server pointed at its stand-in (KRINGLE_OPENAI_BASE_URL). The same reactor serves all three.
import { DEFAULT_BEDROCK_MODEL_ID, REDACTED, type ServerFrame } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBedrockStandIn, throttled, throttledMidStream, type BedrockStandIn } from "./stand-ins/bedrock-runtime.js";
import { startOpenAIStandIn, type OpenAIStandIn } from "./stand-ins/openai-compatible.js";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import type { TestClient } from "./testing/ws-client.js";
import { restoreEnvironment } from "./testing/environment.js";

type Delta = Extract<ServerFrame, { type: "transcript.delta" }>;
type Change<K extends Delta["change"]["kind"]> = Extract<Delta["change"], { kind: K }>;

/** Sends a message and waits for its reply to complete or fail; returns the reply's deltas. */
async function say(client: TestClient, conversationId: string, messageId: string, text: string) {
  client.send({ action: "sendMessage", conversationId, messageId, text });
  const started = (await client.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.started" && f.change.inReplyTo === messageId, `the reply to ${messageId}`)) as Delta;
  const replyId = (started.change as Change<"reply.started">).replyId;
  const ofReply = (f: ServerFrame): f is Delta => f.type === "transcript.delta" && "replyId" in f.change && f.change.replyId === replyId;
  const end = (await client.waitFor((f) => ofReply(f) && (f.change.kind === "reply.completed" || f.change.kind === "reply.failed"), `reply ${replyId} to end`)) as Delta;
  const chunks = client.frames.filter(ofReply).flatMap((f) => (f.change.kind === "reply.chunk" ? [f.change] : []));
  return { replyId, end: end.change, chunks, streamed: chunks.map((c) => c.text).join("") };
}

interface Provider {
  name: string;
  model: string;
  modelId: string;
  start(): Promise<Server>;
}

interface Server {
  env: Record<string, string>;
  /** the request bodies the stand-in received */
  requests: () => string[];
  /** the next request fails before the stream, as throttling does */
  throttleNext?: () => void;
  /** the next request fails after three words */
  failMidStream?: () => void;
  close(): Promise<void>;
}

const providers: Provider[] = [
  {
    name: "the North Pole model",
    model: "offline",
    modelId: "north-pole-1",
    start: async () => ({ env: {}, requests: () => [], close: async () => undefined }),
  },
  {
    name: "Bedrock (stand-in)",
    model: "bedrock",
    modelId: DEFAULT_BEDROCK_MODEL_ID,
    start: async () => {
      const standIn: BedrockStandIn = await startBedrockStandIn({ wordDelayMs: 1 });
      return {
        env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: standIn.url },
        requests: () => standIn.requests.map((r) => JSON.stringify(r.body)),
        throttleNext: () => standIn.script.push(throttled()),
        failMidStream: () => standIn.script.push(throttledMidStream(3)),
        close: () => standIn.close(),
      };
    },
  },
  {
    name: "an OpenAI-compatible server (stand-in)",
    model: "openai",
    modelId: "openai:llama3.2",
    start: async () => {
      const standIn: OpenAIStandIn = await startOpenAIStandIn({ wordDelayMs: 1 });
      return {
        env: { KRINGLE_OPENAI_BASE_URL: standIn.url },
        requests: () => standIn.requests.map((r) => JSON.stringify(r.body)),
        throttleNext: () => standIn.script.push({ kind: "error", status: 429 }),
        failMidStream: () => standIn.script.push({ kind: "streamError", afterWords: 3, type: "rate_limit_exceeded" }),
        close: () => standIn.close(),
      };
    },
  },
];

describe.each(providers)("Santa on $name", (provider) => {
  const saved = { ...process.env };
  let k: TestKringle;
  let server: Server;
  const C = `c_${provider.model}`;

  beforeAll(async () => {
    server = await provider.start();
    Object.assign(process.env, server.env, { KRINGLE_MODEL_RETRY_BASE_MS: "1" });
    k = await startTestKringle({ model: provider.model, offlineWordMs: 1 });
  });
  afterAll(async () => {
    await k?.dispose();
    await server?.close();
    restoreEnvironment(saved);
  });

  it("streams a reply through the log and completes it, recording the model", async () => {
    const child = await k.child(C);
    const reply = await say(child, C, "m_1", "Hello Santa! My name is Mia.");
    expect(reply.end.kind).toBe("reply.completed");
    const text = (reply.end as Change<"reply.completed">).text;
    expect(reply.chunks.length).toBeGreaterThan(1);
    expect(reply.chunks.map((c) => c.seq)).toEqual(reply.chunks.map((_, i) => i));
    expect(reply.streamed).toBe(text);
    expect(text).toContain("Mia");
    child.close();

    await k.whenCaughtUp();
    const events = await k.archived(C);
    expect(events.find((e) => e.type === "reply.started")?.data).toMatchObject({ model: provider.modelId, promptVersion: "v1" });
    const completed = events.find((e) => e.type === "reply.completed");
    if (completed?.type !== "reply.completed") throw new Error("no reply.completed archived");
    expect(completed.data.usage.output).toBeGreaterThan(0);
    expect(completed.data.ttftMs).toBeLessThanOrEqual(completed.data.totalMs);
  });

  it("still knows the child's name after a reconnect", async () => {
    const child = await k.child(C);
    const reply = await say(child, C, "m_2", "Do you remember what my name is?");
    expect(reply.end.kind).toBe("reply.completed");
    expect((reply.end as Change<"reply.completed">).text).toContain("Mia");
    child.close();
  });

  it("answers personal data gently, without echoing it or sending it to the model", async () => {
    const child = await k.child(C);
    const before = server.requests().length;
    const reply = await say(child, C, "m_3", "my phone number is 555-123-4567");
    const text = (reply.end as Change<"reply.completed">).text;
    expect(text).toMatch(/phone numbers/);
    expect(text).toMatch(/don't share|never share|secret/);
    expect(text).not.toContain("555");
    expect(server.requests().length).toBe(before);

    // and the next request's history has it redacted
    await say(child, C, "m_4", "I would like a kite");
    expect(server.requests().join("")).not.toContain("555");
    if (provider.model !== "offline") expect(server.requests().at(-1)).toContain(REDACTED);
    child.close();
  });

  it.runIf(provider.model !== "offline")("retries throttling before the first token, and fails a reply throttled after it", async () => {
    const child = await k.child(`${C}_t`);
    server.throttleNext!();
    server.throttleNext!();
    const before = server.requests().length;
    const retried = await say(child, `${C}_t`, "m_t1", "Hi Santa");
    expect(retried.end.kind).toBe("reply.completed");
    expect(server.requests().length).toBe(before + 3);

    server.failMidStream!();
    const failed = await say(child, `${C}_t`, "m_t2", "How are the reindeer?");
    expect(failed.end).toMatchObject({ kind: "reply.failed", error: "throttled", retryable: true });
    expect(child.frames.some((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed" && f.change.replyId === failed.replyId)).toBe(false);
    child.close();
  });
});
