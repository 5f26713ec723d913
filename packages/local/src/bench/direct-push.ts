// The baseline: the original Santa chatbot's design. The model's text goes straight to the
// browser with PostToConnection; no log, no projections, no bus. Same gateway, same model, same
// chunking, so the difference is the event-sourced pipeline.
import { ApiGatewayManagementApiClient, PostToConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
import { ChunkCoalescer, NorthPoleModel, derivedId, preciseNow, type Turn } from "@kringle/core";
import { WebSocketGateway } from "../gateway/websocket-gateway.js";
import { standInClientConfig } from "../stand-ins/local-client-config.js";
import { runChatLoadApart } from "./chat-load.js";
import type { ScenarioOptions, ScenarioResult } from "./event-sourced.js";
import { makeRunCredentials } from "../stand-ins/run-credentials.js";

interface RouteEvent {
  requestContext: { connectionId: string };
  body: string;
}

export async function runDirectPush(o: ScenarioOptions): Promise<ScenarioResult> {
  const firstTokens = new Map<string, number>();
  const lastTokens = new Map<string, number>();
  const history = new Map<string, Turn[]>();
  const model = new NorthPoleModel({ wordDelayMs: o.wordMs });
  let api: ApiGatewayManagementApiClient | undefined;
  const post = (connectionId: string, frame: unknown) =>
    api!.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: Buffer.from(JSON.stringify(frame)) }));

  const reply = async ({ requestContext: { connectionId }, body }: RouteEvent) => {
    const { conversationId, messageId, text } = JSON.parse(body) as { conversationId: string; messageId: string; text: string };
    const turns = [...(history.get(conversationId) ?? []), { role: "child" as const, text }];
    const replyId = derivedId(messageId, "reply");
    const delta = (change: Record<string, unknown>) => post(connectionId, { type: "transcript.delta", conversationId, change: { position: 1, replyId, ...change } });
    await delta({ kind: "reply.started", inReplyTo: messageId, at: new Date().toISOString() });
    const coalescer = new ChunkCoalescer({ maxChars: 64, maxDelayMs: 50, emit: (chunk, seq) => delta({ kind: "reply.chunk", seq, text: chunk }).then(() => undefined) });
    let full = "";
    for await (const event of model.stream({ system: "", turns, conversationId })) {
      if (event.type !== "text") break;
      if (!full) firstTokens.set(messageId, preciseNow());
      full += event.text;
      coalescer.push(event.text);
    }
    lastTokens.set(messageId, preciseNow());
    await coalescer.end();
    await delta({ kind: "reply.completed", text: full });
    history.set(conversationId, [...turns, { role: "santa", text: full }]);
  };

  const credentials = makeRunCredentials();
  const gateway = new WebSocketGateway({
    host: "127.0.0.1",
    port: 0,
    webRoot: "/nonexistent",
    routes: { sendMessage: { function: "reply" } },
    // the route answers at once and streams in the background, as an async Lambda would
    invoke: async (_fn, event) => void reply(event as RouteEvent).catch(() => undefined),
    acceptedKeyIds: [credentials.accessKeyId],
    idleTimeoutMs: 600_000,
    maxConnectionMs: 7_200_000,
    onError: () => undefined,
  });
  const url = await gateway.start();
  api = new ApiGatewayManagementApiClient(standInClientConfig(gateway.connectionsEndpoint, credentials));
  try {
    // the children run in a process of their own: this process's CPU is the gateway, the model and the pushes
    const cpuBefore = process.cpuUsage();
    const load = await runChatLoadApart({
      urlPrefix: `${url.replace(/^http/, "ws")}/?conversationId=`,
      clients: o.clients,
      messages: o.messages,
      replyTimeoutMs: 30_000,
      thinkMs: o.thinkMs,
      rampMs: o.rampMs,
      runId: "direct",
    });
    const cpu = process.cpuUsage(cpuBefore);
    const calls = { kinesis: {}, dynamodb: {}, connections: gateway.managementCalls() };
    return { ...load, firstTokens, lastTokens, eventsByType: {}, conversations: o.clients, lagsMs: {}, invocations: {}, deadLetters: 0, giftLatenciesMs: [], cpuMs: (cpu.user + cpu.system) / 1000, calls };
  } finally {
    await gateway.stop();
    api.destroy();
  }
}
