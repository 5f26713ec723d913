// How a table's deployed name reaches a function: the one variable name the stacks set and the
// functions (and the offline runtime) read.
import type { TableKey } from "./types.js";

export function tableEnvVar(key: TableKey): string {
  return `KRINGLE_TABLE_${key.toUpperCase()}`;
}
