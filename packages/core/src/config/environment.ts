// Everything kringle's core reads from the environment, in one place, with the defaults that run
// offline (the README lists every variable). Functions and the offline runtime ask here; nothing
// else in core reads process.env.
import { fileURLToPath } from "node:url";
import { tableEnvVar } from "../wiring/table-env.js";
import type { TableKey } from "../wiring/types.js";
import { wiring } from "../wiring/wiring.js";

type Env = NodeJS.ProcessEnv;

export class ConfigError extends Error {
  readonly code: string = "bad_configuration";
}

/** A non-negative number variable: its default when unset or empty, an error naming it when malformed. */
export function numberVar(env: Env, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new ConfigError(`${name} must be a non-negative number, not "${value}"`);
  return n;
}

/** Resource names as functions see them: what the stacks set, else the offline runtime's names. */
export function tableName(key: TableKey, env: Env = process.env): string {
  return env[tableEnvVar(key)] ?? key;
}

export function streamName(env: Env = process.env): string {
  return env.KRINGLE_STREAM ?? wiring.stream.name;
}

export function busName(env: Env = process.env): string {
  return env.KRINGLE_BUS ?? wiring.bus.name;
}

/** The variables the AWS clients and the stores depend on: a change to any of them builds them again. */
export function clientsConfigKey(env: Env = process.env): string {
  const names = [
    "AWS_ENDPOINT_URL_KINESIS",
    "AWS_ENDPOINT_URL_DYNAMODB",
    "AWS_ENDPOINT_URL_EVENTBRIDGE",
    "AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI",
    "KRINGLE_STREAM",
    "KRINGLE_BUS",
    ...Object.keys(wiring.tables).map((t) => tableEnvVar(t as TableKey)),
  ];
  return names.map((name) => env[name] ?? "").join("|");
}

/** The API's @connections endpoint when configured (the stacks and the offline runtime set it). */
export function connectionsEndpoint(env: Env = process.env): string | undefined {
  return env.AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI;
}

/** A Bedrock Runtime endpoint other than AWS's (the offline stand-in's). */
export function bedrockEndpoint(env: Env = process.env): string | undefined {
  return env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME || undefined;
}

/** Where the prompt files are: KRINGLE_PROMPTS_DIR (set where functions are bundled), else beside this package. */
export function promptsDir(env: Env = process.env): string {
  return env.KRINGLE_PROMPTS_DIR ?? fileURLToPath(new URL("../../prompts", import.meta.url));
}

export const MODEL_KINDS = ["offline", "bedrock", "openai"] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/** How Santa thinks: which model, how it is asked, how it retries, which prompt, how much history. */
export interface SantaSettings {
  kind: string;
  /** the offline model's pace */
  offlineWordMs: number;
  retries: number;
  retryBaseMs: number;
  maxTokens: number;
  temperature: number;
  timeoutMs: number;
  bedrock: { modelId?: string; guardrailId?: string; guardrailVersion: string };
  openai: { baseUrl?: string; model?: string; apiKey?: string };
  promptVersion: string;
  historyTokens: number;
}

export function santaSettings(env: Env = process.env): SantaSettings {
  return {
    kind: env.KRINGLE_MODEL || "offline",
    offlineWordMs: numberVar(env, "KRINGLE_OFFLINE_WORD_MS", 40),
    retries: Math.floor(numberVar(env, "KRINGLE_MODEL_RETRIES", 2)),
    retryBaseMs: numberVar(env, "KRINGLE_MODEL_RETRY_BASE_MS", 250),
    maxTokens: numberVar(env, "KRINGLE_MODEL_MAX_TOKENS", 400),
    temperature: numberVar(env, "KRINGLE_MODEL_TEMPERATURE", 0.7),
    timeoutMs: numberVar(env, "KRINGLE_MODEL_TIMEOUT_MS", 30_000),
    bedrock: {
      modelId: env.KRINGLE_BEDROCK_MODEL_ID || undefined,
      guardrailId: env.KRINGLE_BEDROCK_GUARDRAIL_ID || undefined,
      guardrailVersion: env.KRINGLE_BEDROCK_GUARDRAIL_VERSION || "DRAFT",
    },
    openai: {
      baseUrl: env.KRINGLE_OPENAI_BASE_URL || undefined,
      model: env.KRINGLE_OPENAI_MODEL || undefined,
      apiKey: env.KRINGLE_OPENAI_API_KEY || undefined,
    },
    promptVersion: env.KRINGLE_SANTA_PROMPT || "v1",
    historyTokens: numberVar(env, "KRINGLE_HISTORY_TOKENS", 1500),
  };
}

/** Which gift extractor runs: the offline rules, or a model on Santa's provider (KRINGLE_EXTRACTOR_MODEL, else Santa's). */
export function extractorSettings(env: Env = process.env): { kind: string; model?: string } {
  return { kind: env.KRINGLE_EXTRACTOR || "offline", model: env.KRINGLE_EXTRACTOR_MODEL || undefined };
}

/** The variables a built model depends on: a change to any of them builds it again. */
export function santaSettingsKey(env: Env = process.env): string {
  return Object.keys(env)
    .filter((k) => k.startsWith("KRINGLE_") || k === "AWS_ENDPOINT_URL_BEDROCK_RUNTIME" || k === "AWS_REGION")
    .sort()
    .map((k) => `${k}=${env[k]}`)
    .join("&");
}
