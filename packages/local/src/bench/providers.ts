// Santa's time to first token through the whole pipeline on each model provider, each against
// its stand-in (the wire formats are real: event-stream frames, server-sent events).
import { measureNorthPoleSpeed, type NorthPoleSpeed } from "@kringle/core";
import { startBedrockStandIn } from "../stand-ins/bedrock-runtime.js";
import { startOpenAIStandIn } from "../stand-ins/openai-compatible.js";
import { runEventSourced, type ScenarioOptions } from "./event-sourced.js";
import { summarize, type Summary } from "./stats.js";

export interface ProviderFigures {
  provider: string;
  /** the child's send to the first words on screen */
  timeToFirstToken: Summary;
  /** the model's first token to the child's screen */
  overhead: Summary;
  lost: number;
}

interface Provider {
  name: string;
  model: string;
  start: (wordMs: number) => Promise<{ env: Record<string, string>; close: () => Promise<void> }>;
}

const PROVIDERS: Provider[] = [
  { name: "offline (North Pole)", model: "offline", start: async () => ({ env: {}, close: async () => undefined }) },
  {
    name: "bedrock (stand-in)",
    model: "bedrock",
    start: async (wordDelayMs) => {
      const s = await startBedrockStandIn({ wordDelayMs });
      return { env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: s.url }, close: () => s.close() };
    },
  },
  {
    name: "openai (stand-in)",
    model: "openai",
    start: async (wordDelayMs) => {
      const s = await startOpenAIStandIn({ wordDelayMs });
      return { env: { KRINGLE_OPENAI_BASE_URL: s.url }, close: () => s.close() };
    },
  },
];

export async function runProviders(options: Omit<ScenarioOptions, "model">): Promise<ProviderFigures[]> {
  const figures: ProviderFigures[] = [];
  for (const provider of PROVIDERS) {
    const server = await provider.start(options.wordMs);
    const saved = Object.fromEntries(Object.keys(server.env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, server.env);
    try {
      const r = await runEventSourced({ ...options, model: provider.model });
      const ttft: number[] = [];
      const overhead: number[] = [];
      for (const t of r.timings) {
        if (t.firstChunkAt === undefined) continue;
        ttft.push(t.firstChunkAt - t.sentAt);
        const first = r.firstTokens.get(t.messageId);
        if (first !== undefined) overhead.push(t.firstChunkAt - first);
      }
      figures.push({ provider: provider.name, timeToFirstToken: summarize(ttft), overhead: summarize(overhead), lost: r.timings.filter((t) => !t.completedAt).length });
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await server.close();
    }
  }
  return figures;
}

export function northPoleSpeed(): Promise<NorthPoleSpeed> {
  return measureNorthPoleSpeed();
}
