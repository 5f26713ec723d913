// The deploy's own settings (region, stream capacity, archive retention, model, alarms), from
// environment variables with defaults; docs/deploy.md lists them.
import { DEFAULT_BEDROCK_MODEL_ID } from "@kringle/core/model-defaults";
import { configuredRateLimit, type RateLimit } from "@kringle/core/rate-limit";
import { wiring } from "@kringle/core/wiring";

export interface DeployConfig {
  region: string;
  /** provisioned shards for the event stream; undefined means on-demand capacity */
  shardCount: number | undefined;
  /** days the bus archive keeps events for replay; 0 keeps them indefinitely */
  archiveRetentionDays: number;
  /** a Bedrock foundation-model id or a cross-Region inference profile id (us., eu., apac., global.) */
  bedrockModelId: string;
  /** Powertools log level of every function */
  logLevel: "DEBUG" | "INFO" | "WARN" | "ERROR";
  /** where alarm notifications are emailed, if anywhere */
  alarmEmail: string | undefined;
  /** an iterator older than this (ms) raises a consumer's alarm */
  iteratorAgeAlarmMs: number;
  /** each child's sendMessage limit (KRINGLE_RATE_BURST, KRINGLE_RATE_EVERY_MS over the wiring's) */
  sendMessageRateLimit: RateLimit;
}

export { DEFAULT_BEDROCK_MODEL_ID };

export class DeployConfigError extends Error {
  readonly code = "invalid_deploy_config";
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number | undefined, min: number): number | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new DeployConfigError(`${name}=${raw}: expected an integer ≥ ${min}`);
  return value;
}

function rateLimit(env: NodeJS.ProcessEnv): RateLimit {
  try {
    return configuredRateLimit(wiring.routes.sendMessage.rateLimit, env);
  } catch (err) {
    throw new DeployConfigError((err as Error).message);
  }
}

const LOG_LEVELS = ["DEBUG", "INFO", "WARN", "ERROR"] as const;

export function deployConfig(env: NodeJS.ProcessEnv = process.env): DeployConfig {
  const logLevel = (env.KRINGLE_LOG_LEVEL ?? "INFO").toUpperCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new DeployConfigError(`KRINGLE_LOG_LEVEL=${logLevel}: expected one of ${LOG_LEVELS.join(", ")}`);
  }
  const archiveRetentionDays = integer(env, "KRINGLE_ARCHIVE_RETENTION_DAYS", 30, 0) ?? 30;
  return {
    region: env.KRINGLE_REGION?.trim() || "us-east-1",
    shardCount: integer(env, "KRINGLE_SHARD_COUNT", undefined, 1),
    archiveRetentionDays,
    bedrockModelId: env.KRINGLE_BEDROCK_MODEL_ID?.trim() || DEFAULT_BEDROCK_MODEL_ID,
    logLevel: logLevel as DeployConfig["logLevel"],
    alarmEmail: env.KRINGLE_ALARM_EMAIL?.trim() || undefined,
    iteratorAgeAlarmMs: integer(env, "KRINGLE_ITERATOR_AGE_ALARM_MS", 60_000, 1) ?? 60_000,
    sendMessageRateLimit: rateLimit(env),
  };
}
