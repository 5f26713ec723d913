// Resource names as functions see them: from environment variables the stacks set, with the
// offline runtime's names as defaults.
import { tableEnvVar } from "../wiring/table-env.js";
import type { TableKey } from "../wiring/types.js";
import { wiring } from "../wiring/wiring.js";

export function tableName(key: TableKey, env: NodeJS.ProcessEnv = process.env): string {
  return env[tableEnvVar(key)] ?? key;
}

export function streamName(env: NodeJS.ProcessEnv = process.env): string {
  return env.KRINGLE_STREAM ?? wiring.stream.name;
}

export function busName(env: NodeJS.ProcessEnv = process.env): string {
  return env.KRINGLE_BUS ?? wiring.bus.name;
}
