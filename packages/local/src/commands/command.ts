// What every `kringle` command is: a name, its options (for parsing and for --help), and a run
// function against plain input/output, so the command table stays one line per command.
import { parseArgs } from "node:util";
import { resolve } from "node:path";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** shown in --help; a string option's value is named by `value` */
  description: string;
  value?: string;
}

export interface CommandIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** raw output (export writes JSON lines here) */
  write: (text: string) => void;
  /** where the user ran kringle: relative paths are resolved from here */
  cwd: string;
  /** whether progress may redraw one line (a terminal) or must print plain lines */
  tty: boolean;
  /** on a terminal: writes to standard error without a newline (a progress bar redrawn with \r) */
  redraw: (text: string) => void;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  /** the arguments after the name, e.g. "[FILE|-]" */
  args?: string;
  options: Record<string, OptionSpec>;
  /** positional arguments allowed (none by default) */
  positionals?: { min: number; max: number };
  run(args: ParsedArgs, io: CommandIo): Promise<number>;
}

/** Bad usage: the message is printed with the command's usage, and kringle exits 2. */
export class UsageError extends Error {
  readonly code = "bad_usage";
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}) }]),
  );
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true }) as ParsedArgs;
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional argument.*$/s, ""));
  }
  const { min, max } = command.positionals ?? { min: 0, max: 0 };
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    throw new UsageError(max === 0 ? `${command.name} takes no arguments, got "${parsed.positionals.join(" ")}"` : `${command.name} takes ${command.args}`);
  }
  return parsed;
}

export function commandUsage(command: Command): string {
  const lines = [`usage: kringle ${command.name}${command.args ? ` ${command.args}` : ""}${Object.keys(command.options).length ? " [options]" : ""}`, "", `  ${command.summary}`];
  const entries = Object.entries(command.options);
  if (entries.length) {
    lines.push("", "options:");
    const left = entries.map(([name, o]) => `${o.short ? `-${o.short}, ` : "    "}--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`);
    const width = Math.max(...left.map((l) => l.length)) + 2;
    entries.forEach(([, o], i) => lines.push(`  ${left[i]!.padEnd(width)}${o.description}`));
  }
  return lines.join("\n") + "\n";
}

/** A path the user typed, resolved from where they ran kringle. */
export const userPath = (io: CommandIo, path: string) => resolve(io.cwd, path);

export const stringOpt = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === "string" ? v : undefined;
};

/** A positive integer option, or a usage error naming it. */
export function countOpt(args: ParsedArgs, name: string): number | undefined {
  const v = stringOpt(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a whole number ≥ 1, not "${v}"`);
  return n;
}

/** An ISO date or time option (2026-12-01 or 2026-12-01T10:00:00Z), normalized to ISO time. */
export function timeOpt(args: ParsedArgs, name: string): string | undefined {
  const v = stringOpt(args, name);
  if (v === undefined) return undefined;
  const t = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t)) throw new UsageError(`--${name} must be a date like 2026-12-01 or an ISO time, not "${v}"`);
  return new Date(t).toISOString();
}

/** Progress on long work: one redrawn line on a terminal, a plain line every tenth otherwise. */
export function progress(io: CommandIo, label: string, total: number): { tick(n?: number): void; done(): void } {
  let count = 0;
  let lastPlain = -1;
  const draw = () => {
    if (io.tty) {
      const width = 24;
      const filled = total ? Math.round((count / total) * width) : width;
      io.redraw(`\r${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}/${total}`);
    } else {
      const tenth = total ? Math.floor((count / total) * 10) : 10;
      if (tenth !== lastPlain) {
        lastPlain = tenth;
        io.stderr(`${label}: ${count}/${total}`);
      }
    }
  };
  return {
    tick(n = 1) {
      count += n;
      draw();
    },
    done() {
      if (io.tty) io.redraw("\n");
      else if (lastPlain !== 10) io.stderr(`${label}: ${count}/${total}`);
    },
  };
}

/** The data dir: KRINGLE_DATA_DIR from where the user is, else the repo's .kringle (where `npm start` keeps it). */
export const dataDirOf = (io: CommandIo, repoRoot: string) => resolve(io.cwd, io.env.KRINGLE_DATA_DIR || resolve(repoRoot, ".kringle"));

/** Parses and runs a command: bad usage prints the message and the usage (exit 2), a failure its message (exit 1). */
export async function execute(command: Command, argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(commandUsage(command));
    return EXIT_OK;
  }
  try {
    return await command.run(parseCommandArgs(command, argv), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`kringle ${command.name}: ${err.message}\n\n${commandUsage(command)}`);
      return EXIT_USAGE;
    }
    io.stderr(`kringle ${command.name}: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_FAILED;
  }
}
