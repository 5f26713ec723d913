// The `kringle` command: one entry per command in the table below, each in commands/<name>.ts.
import { readFileSync } from "node:fs";
import { commandUsage, execute, EXIT_FAILED, EXIT_OK, EXIT_USAGE, type Command, type CommandIo } from "./commands/command.js";
import { devCommand } from "./commands/dev.js";
import { extractCommand } from "./commands/extract.js";
import { exportCommand } from "./commands/export.js";
import { importCommand } from "./commands/import.js";
import { rebuildCommand } from "./commands/rebuild.js";
import { replayCommand } from "./commands/replay.js";
import { testPatternCommand } from "./commands/test-pattern.js";

// the SDK's notice that Node 22 will be needed in 2027 (as the runtime silences it)
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const commands: Command[] = [devCommand, replayCommand, rebuildCommand, exportCommand, importCommand, extractCommand, testPatternCommand];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    "usage: kringle <command> [options]",
    "",
    "commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "  kringle <command> --help   that command's options",
    "  kringle --version          the version",
    "",
    "Every command uses the data dir of KRINGLE_DATA_DIR (default .kringle), and the running",
    "kringle's stand-ins when `npm start` runs on it.",
    "",
  ].join("\n");
}

async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const about = rest[0] ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout(about ? commandUsage(about) : usage());
    return EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(version());
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`kringle: unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  return execute(command, rest, io);
}

const processIo: CommandIo = {
  stdout: (l) => console.log(l),
  stderr: (l) => console.error(l),
  write: (t) => process.stdout.write(t),
  // npm run changes to the repo's root; INIT_CWD is where the user typed the command
  cwd: process.env.INIT_CWD ?? process.cwd(),
  tty: Boolean(process.stderr.isTTY),
  redraw: (t) => process.stderr.write(t),
  env: process.env,
  stdin: process.stdin,
};

main(process.argv.slice(2), processIo).then(
  // exit once standard output is flushed: an export piped into a file is whole
  (code) => process.stdout.write("", () => process.exit(code)),
  (err: unknown) => {
    console.error("kringle:", err instanceof Error ? err.message : err);
    process.exit(EXIT_FAILED);
  },
);
