// `kringle extract [--model]`: one conversation as JSON lines on stdin, the child's name and final
// wish list as one JSON line on stdout. Offline rules unless --model asks for the configured model.
import type { Command } from "./command.js";
import { extractionTurnSchema, extractorFromEnv, ExtractorConfigError, type ExtractionTurn } from "@kringle/core";

interface ExtractIo {
  stdin: AsyncIterable<string | Buffer>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

const USAGE = 'usage: kringle extract [--model] < conversation.jsonl   (one {"role":"child"|"santa","text":"…"} a line)';
const EXIT_OK = 0;
const EXIT_BAD_INPUT = 2;

class BadInput extends Error {}

function turnsFrom(input: string): ExtractionTurn[] {
  const turns: ExtractionTurn[] = [];
  for (const [i, line] of input.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new BadInput(`line ${i + 1} is not JSON: ${(error as Error).message}`);
    }
    const turn = extractionTurnSchema.safeParse(value);
    if (!turn.success) throw new BadInput(`line ${i + 1} is not a turn {"role":"child"|"santa","text":"…"}: ${turn.error.issues.map((x) => `${x.path.join(".") || "line"}: ${x.message}`).join("; ")}`);
    turns.push({ ...turn.data, messageId: turn.data.messageId ?? `line-${i + 1}` });
  }
  return turns;
}

/** Prints the extraction and returns 0; bad arguments, configuration or input go to stderr with exit code 2. */
export async function extract(args: string[], io: ExtractIo): Promise<number> {
  try {
    const model = args.includes("--model");
    if (args.some((a) => a !== "--model")) throw new BadInput(USAGE);
    const extractor = extractorFromEnv(model ? { ...io.env, KRINGLE_EXTRACTOR: "model" } : { ...io.env, KRINGLE_EXTRACTOR: "offline" }, (reason, id) =>
      io.stderr(`kringle extract: ${id} failed (${reason}); used the offline rules`),
    );
    let input = "";
    for await (const chunk of io.stdin) input += chunk.toString();
    const extraction = await extractor.extract(turnsFrom(input));
    io.stdout(JSON.stringify({ childName: extraction.childName, gifts: extraction.wishes.map((w) => w.gift) }));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof BadInput || error instanceof ExtractorConfigError) {
      io.stderr(`kringle extract: ${error.message}`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

export const extractCommand: Command = {
  name: "extract",
  summary: 'print {"childName","gifts"} for one conversation of JSON lines on standard input',
  args: "< conversation.jsonl",
  options: { model: { type: "boolean", description: "ask the configured model (KRINGLE_MODEL) instead of the offline rules" } },
  run: (args, io) => extract(args.values.model ? ["--model"] : [], { stdin: io.stdin as AsyncIterable<string | Buffer>, stdout: io.stdout, stderr: io.stderr, env: io.env }),
};
