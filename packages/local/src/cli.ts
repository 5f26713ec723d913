// The `kringle` command: `dev` runs kringle offline, `test-pattern` checks an EventBridge pattern,
// `extract` finds the gifts in a conversation.
import { dev } from "./commands/dev.js";
import { extract } from "./commands/extract.js";
import { testPattern } from "./commands/test-pattern.js";

const USAGE = `usage: kringle <command>

  dev                                   run kringle offline (what npm start does)
  test-pattern <pattern.json> <event.json>
                                        print true or false as EventBridge's TestEventPattern would
  extract [--model] < conversation.jsonl
                                        print {"childName","gifts"} for a conversation of JSON lines
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  dev: () => dev(),
  "test-pattern": (args) => testPattern(args, { stdout: (l) => console.log(l), stderr: (l) => console.error(l) }),
  extract: (args) => extract(args, { stdin: process.stdin, stdout: (l) => console.log(l), stderr: (l) => console.error(l), env: process.env }),
};

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(name ? `kringle: unknown command "${name}"\n\n${USAGE}` : USAGE);
  process.exit(2);
}
command(args).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error("kringle:", err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
