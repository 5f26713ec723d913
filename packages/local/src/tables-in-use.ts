// Which table each read model lives in offline: its wired name, unless `kringle rebuild --swap`
// wrote another to the data dir's tables.json, which the runtime reads when it starts.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TableKey } from "@kringle/core";

const tablesFile = (dataDir: string) => join(dataDir, "tables.json");

/** The table each projection is read from and written to offline: its wired name unless a swap said otherwise. */
export function tablesInUse(dataDir: string): Partial<Record<TableKey, string>> {
  try {
    return JSON.parse(readFileSync(tablesFile(dataDir), "utf8")) as Partial<Record<TableKey, string>>;
  } catch {
    return {};
  }
}

export function swapTables(dataDir: string, tables: Partial<Record<TableKey, string>>): void {
  writeFileSync(tablesFile(dataDir), JSON.stringify({ ...tablesInUse(dataDir), ...tables }, null, 2) + "\n");
}
