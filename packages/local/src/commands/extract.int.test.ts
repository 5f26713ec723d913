// `kringle extract` run as a child process, as a user runs it: JSON lines in, one JSON line out.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpenAIStandIn, type OpenAIStandIn } from "../stand-ins/openai-compatible.js";

const CLI = fileURLToPath(new URL("../cli.ts", import.meta.url));

function kringle(args: string[], stdin: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { env: { ...process.env, KRINGLE_MODEL: "", KRINGLE_EXTRACTOR: "", ...env }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
const lines = (...turns: object[]) => turns.map((t) => JSON.stringify(t)).join("\n") + "\n";

describe("kringle extract", () => {
  it("prints the child's name and the final list as one JSON line", async () => {
    const input = lines(
      { role: "child", text: "Hi Santa, im sam" },
      { role: "santa", text: "Ho ho ho, Sam! What would you like for Christmas?" },
      { role: "child", text: "1. lego\n2. a sledge\n3. puppies" },
      { role: "child", text: "not the puppy, a kitten instead" },
    );
    const result = await kringle(["extract"], input);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe('{"childName":"Sam","gifts":["lego","sledge","kitten"]}\n');
  });

  it("prints a null name and no gifts for a conversation without them, blank lines allowed", async () => {
    const result = await kringle(["extract"], `\n${lines({ role: "child", text: "How are the reindeer?" })}\n`);
    expect(result.stdout).toBe('{"childName":null,"gifts":[]}\n');
    expect(result.code).toBe(0);
  });

  it.each([
    ['{"role":"child","text":"I want a kite"}\n{"role":"child","text": "oops"\n', /line 2 is not JSON/],
    ['{"role":"child","text":"hi"}\n{"role":"elf","text":"I want a kite"}\n', /line 2 is not a turn .*role/],
    ['["child","I want a kite"]\n', /line 1 is not a turn/],
    ['{"role":"child","text":"hi","gifts":["pony"]}\n', /line 1 is not a turn/],
  ])("exits 2 naming the malformed line in %j", async (input, message) => {
    const result = await kringle(["extract"], input);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
  });

  it("exits 2 with its usage on an unknown option", async () => {
    const result = await kringle(["extract", "--gifts"], "");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/usage: kringle extract/);
    expect(result.stderr).toMatch(/--model/);
  });

  it("exits 2 saying what is missing when --model has no model to use", async () => {
    const result = await kringle(["extract", "--model"], lines({ role: "child", text: "I want a kite" }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/set KRINGLE_MODEL to bedrock or openai/);
  });

  describe("with --model", () => {
    let standIn: OpenAIStandIn;
    beforeAll(async () => {
      standIn = await startOpenAIStandIn();
    });
    afterAll(() => standIn.close());

    it("asks the configured model", async () => {
      standIn.script.push({ kind: "json", content: { childName: "Mia", gifts: [{ gift: "red bikes", message: 1 }] } });
      const result = await kringle(["extract", "--model"], lines({ role: "child", text: "I'm Mia and I want a red bike" }), { KRINGLE_MODEL: "openai", KRINGLE_OPENAI_BASE_URL: standIn.url });
      expect(result).toMatchObject({ code: 0, stdout: '{"childName":"Mia","gifts":["red bike"]}\n' });
      expect(standIn.requests.at(-1)!.body.response_format?.type).toBe("json_schema");
    });

    it("falls back to the offline rules when the model's answer is invalid, and says so on stderr", async () => {
      standIn.script.push({ kind: "json", content: "not json at all" });
      const result = await kringle(["extract", "--model"], lines({ role: "child", text: "I'm Mia and I want a kite" }), { KRINGLE_MODEL: "openai", KRINGLE_OPENAI_BASE_URL: standIn.url });
      expect(result).toMatchObject({ code: 0, stdout: '{"childName":"Mia","gifts":["kite"]}\n' });
      expect(result.stderr).toMatch(/openai-json:llama3.2 failed .*not JSON.*used the offline rules/);
    });
  });
});
