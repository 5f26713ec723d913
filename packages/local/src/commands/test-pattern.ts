// `kringle test-pattern <pattern.json> <event.json>`: does the event match the pattern, as TestEventPattern answers.
import { readFile } from "node:fs/promises";
import { compilePattern, InvalidPatternError } from "../bus/event-pattern.js";
import { userPath, type Command } from "./command.js";

interface PatternIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

class CommandInputError extends Error {
  readonly code = "bad_input";
}

const USAGE = "usage: kringle test-pattern <pattern.json> <event.json>";
const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

/** Prints true or false and returns 0; any fault in the arguments, files or pattern goes to stderr with exit code 2. */
export async function testPattern(args: string[], io: PatternIo): Promise<number> {
  try {
    const [patternFile, eventFile] = args;
    if (args.length !== 2 || patternFile === undefined || eventFile === undefined) throw new CommandInputError(USAGE);
    const matches = compileFrom(patternFile, await readJson(patternFile, "pattern"));
    const event = await readJson(eventFile, "event");
    if (typeof event !== "object" || event === null || Array.isArray(event)) {
      const got = jsonType(event);
      throw new CommandInputError(`event file ${eventFile} must hold a JSON object (a whole EventBridge event), got ${got}`);
    }
    io.stdout(String(matches(event)));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommandInputError) {
      io.stderr(error.message);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

function compileFrom(file: string, pattern: unknown): (event: unknown) => boolean {
  try {
    return compilePattern(pattern);
  } catch (error) {
    if (error instanceof InvalidPatternError) throw new CommandInputError(`invalid event pattern in ${file}: ${error.message}`);
    throw error;
  }
}

async function readJson(file: string, role: "pattern" | "event"): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new CommandInputError(`cannot read ${role} file ${file}: ${reason(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CommandInputError(`${role} file ${file} is not valid JSON: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

export const testPatternCommand: Command = {
  name: "test-pattern",
  summary: "print true or false as EventBridge's TestEventPattern would",
  args: "<pattern.json> <event.json>",
  options: {},
  positionals: { min: 2, max: 2 },
  run: (args, io) => testPattern(args.positionals.map((p) => userPath(io, p)), io),
};
