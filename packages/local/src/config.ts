// The offline runtime's configuration: environment variables with defaults that work offline.
// Every variable is listed in the README.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { configuredRateLimit, numberVar, wiring, type RateLimit } from "@kringle/core";

export interface LocalConfig {
  port: number;
  host: string;
  dataDir: string;
  model: string;
  accessToken: string;
  elfToken: string;
  /** what conversation keys are derived under (HMAC) */
  conversationSecret: string;
  /** each child's limit on sendMessage, per connection and per conversation */
  sendMessageRateLimit: RateLimit;
  idleTimeoutMs: number;
  maxConnectionMs: number;
  /** the offline model's pace */
  offlineWordMs: number;
  logLevel: string;
  /** days the offline bus keeps an accepted event in its archive (0: forever) */
  busArchiveRetentionDays: number;
}

/** Tokens are made on first run and kept in the data dir, so links keep working across restarts. */
function tokens(dataDir: string, env: NodeJS.ProcessEnv): { accessToken: string; elfToken: string } {
  const file = join(dataDir, "tokens.json");
  let saved: { accessToken?: string; elfToken?: string } = {};
  try {
    saved = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    // first run
  }
  const made = {
    accessToken: saved.accessToken ?? randomBytes(18).toString("base64url"),
    elfToken: saved.elfToken ?? randomBytes(18).toString("base64url"),
  };
  if (made.accessToken !== saved.accessToken || made.elfToken !== saved.elfToken) {
    writeFileSync(file, JSON.stringify(made, null, 2) + "\n", { mode: 0o600 });
  }
  return { accessToken: env.KRINGLE_ACCESS_TOKEN || made.accessToken, elfToken: env.KRINGLE_ELF_TOKEN || made.elfToken };
}

/**
 * The conversation secret is made on first run and kept in the data dir, so the keys browsers hold
 * keep opening their conversations across restarts; KRINGLE_CONVERSATION_SECRET overrides it.
 */
function conversationSecret(dataDir: string, env: NodeJS.ProcessEnv): string {
  if (env.KRINGLE_CONVERSATION_SECRET) return env.KRINGLE_CONVERSATION_SECRET;
  const file = join(dataDir, "conversation-secret");
  try {
    const saved = readFileSync(file, "utf8").trim();
    if (saved) return saved;
  } catch {
    // first run
  }
  const made = randomBytes(32).toString("base64url");
  writeFileSync(file, made + "\n", { mode: 0o600 });
  return made;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<LocalConfig> = {}): LocalConfig {
  const dataDir = resolve(overrides.dataDir ?? env.KRINGLE_DATA_DIR ?? ".kringle");
  mkdirSync(dataDir, { recursive: true });
  const t = overrides.accessToken && overrides.elfToken ? { accessToken: overrides.accessToken, elfToken: overrides.elfToken } : tokens(dataDir, env);
  if (t.accessToken === t.elfToken) throw new Error("KRINGLE_ACCESS_TOKEN and KRINGLE_ELF_TOKEN must differ: the token decides who is an elf");
  return {
    port: numberVar(env, "KRINGLE_PORT", 3000),
    host: env.KRINGLE_HOST ?? "127.0.0.1",
    model: env.KRINGLE_MODEL ?? "offline",
    idleTimeoutMs: numberVar(env, "KRINGLE_IDLE_TIMEOUT_MS", 10 * 60_000),
    maxConnectionMs: numberVar(env, "KRINGLE_MAX_CONNECTION_MS", 2 * 3600_000),
    offlineWordMs: numberVar(env, "KRINGLE_OFFLINE_WORD_MS", 40),
    logLevel: env.KRINGLE_LOG_LEVEL ?? "WARN",
    conversationSecret: overrides.conversationSecret ?? conversationSecret(dataDir, env),
    sendMessageRateLimit: configuredRateLimit(wiring.routes.sendMessage.rateLimit, env),
    // as the deployed bus archive's retention (stacks/deploy-config.ts); 0 keeps every event
    busArchiveRetentionDays: numberVar(env, "KRINGLE_ARCHIVE_RETENTION_DAYS", 30),
    ...t,
    ...overrides,
    dataDir,
  };
}
