// Runs a `kringle` command in-process for a test: its lines collected, its data dir given.
import { Readable } from "node:stream";
import { execute, type Command, type CommandIo } from "../commands/command.js";

export interface CommandRun {
  code: number;
  stdout: string[];
  stderr: string[];
  written: string;
}

export async function runCommand(command: Command, argv: string[], options: { dataDir: string; cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv }): Promise<CommandRun> {
  const run: CommandRun = { code: -1, stdout: [], stderr: [], written: "" };
  const io: CommandIo = {
    stdout: (l) => run.stdout.push(l),
    stderr: (l) => run.stderr.push(l),
    write: (t) => void (run.written += t),
    cwd: options.cwd ?? process.cwd(),
    tty: false,
    redraw: () => undefined,
    env: { ...process.env, KRINGLE_DATA_DIR: options.dataDir, ...options.env },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
  };
  run.code = await execute(command, argv, io);
  return run;
}
