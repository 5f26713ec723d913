// One kringle per data dir: the stand-ins' databases cannot be shared, so a second `npm start`
// on the same data says so instead of failing deep inside them.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export class DataDirInUseError extends Error {
  readonly code = "data_dir_in_use";
}

/** Whether a process with this id runs (one of another user's counts too). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data dir for this process; the returned function gives it back. */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, "kringle.pid");
  let holder = Number.NaN;
  try {
    holder = Number(readFileSync(file, "utf8").trim());
  } catch {
    // nobody holds it
  }
  if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) {
    throw new DataDirInUseError(`${dataDir} is in use by another kringle (process ${holder}); stop it first, or set KRINGLE_DATA_DIR`);
  }
  writeFileSync(file, `${process.pid}\n`);
  return () => rmSync(file, { force: true });
}
