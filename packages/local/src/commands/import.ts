// `kringle import [FILE|-]`: JSON lines from `kringle export` into the archive. Every line is
// checked before anything is written, so a bad file writes nothing; the same file twice changes nothing.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { DynamoArchive, documentClient, parseEvent, type KringleEvent } from "@kringle/core";
import { repoRoot } from "../lambda/functions.js";
import { openStandIns } from "../running-stand-ins.js";
import { dataDirOf, EXIT_FAILED, EXIT_OK, progress, userPath, type Command, type CommandIo } from "./command.js";

const POSITION = /^\d{1,64}$/;
/** the archive writes in batches of this many events */
const BATCH = 100;

export interface ImportEntry {
  sequenceNumber: string;
  event: KringleEvent;
}

/** Parses every line; the faults name their line numbers (1-based), blank lines are skipped. */
export async function readExport(input: NodeJS.ReadableStream): Promise<{ entries: ImportEntry[]; faults: string[] }> {
  const entries: ImportEntry[] = [];
  const faults: string[] = [];
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let raw: { position?: unknown; event?: unknown };
    try {
      raw = JSON.parse(line);
    } catch {
      faults.push(`line ${n}: not JSON`);
      continue;
    }
    if (typeof raw !== "object" || raw === null || typeof raw.position !== "string" || !POSITION.test(raw.position)) {
      faults.push(`line ${n}: needs "position" (the digits of a stream position) and "event"`);
      continue;
    }
    const parsed = parseEvent(raw.event);
    if (!parsed.ok) faults.push(`line ${n}: ${parsed.error.message}`);
    else entries.push({ sequenceNumber: raw.position, event: parsed.event });
  }
  return { entries, faults };
}

async function importFrom(input: NodeJS.ReadableStream, name: string, io: CommandIo): Promise<number> {
  const { entries, faults } = await readExport(input);
  if (faults.length) {
    io.stderr(`kringle import: ${name} has ${faults.length} bad line${faults.length === 1 ? "" : "s"}; nothing imported`);
    for (const f of faults.slice(0, 20)) io.stderr(`  ${f}`);
    if (faults.length > 20) io.stderr(`  … and ${faults.length - 20} more`);
    return EXIT_FAILED;
  }
  const standIns = await openStandIns(dataDirOf(io, repoRoot));
  try {
    const archive = new DynamoArchive(documentClient(standIns.dynamo), "events");
    const bar = progress(io, "import", entries.length);
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      await archive.put(batch);
      bar.tick(batch.length);
    }
    bar.done();
  } finally {
    await standIns.close();
  }
  io.stderr(`imported ${entries.length} events from ${name} (events already in the archive are kept once)`);
  return EXIT_OK;
}

export const importCommand: Command = {
  name: "import",
  summary: "read JSON lines from `kringle export` into the archive (a file, or - for standard input)",
  args: "[FILE|-]",
  options: {},
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const source = args.positionals[0] ?? "-";
    if (source === "-") return importFrom(io.stdin, "standard input", io);
    const path = userPath(io, source);
    const stream = createReadStream(path);
    // a missing file is said as such, not as an empty import
    await new Promise<void>((resolve, reject) => stream.once("open", () => resolve()).once("error", reject));
    return importFrom(stream, path, io);
  },
};
