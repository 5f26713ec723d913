// The `kringle` bin as a user runs it: help and version exit 0, bad usage exits 2 with a message,
// and paths are taken from the directory it was run in.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const bin = resolve(import.meta.dirname, "../bin/kringle.mjs");
const dir = mkdtempSync(join(tmpdir(), "kringle-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kringle(args: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    // INIT_CWD is npm's; the bin run directly is where the user is
    const { INIT_CWD: _npm, ...rest } = process.env;
    const env = { ...rest, KRINGLE_DATA_DIR: join(dir, "data") };
    execFile(process.execPath, [bin, ...args], { cwd, env }, (err, stdout, stderr) => done({ code: err ? Number(err.code) : 0, stdout, stderr }));
  });
}

describe("the kringle command", () => {
  it("lists every command on --help, -h and help, and exits 0", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const run = await kringle([flag]);
      expect(run.code).toBe(0);
      for (const name of ["dev", "replay", "rebuild", "export", "import", "test-pattern"]) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    }
  });

  it("shows a command's options, and the version", async () => {
    const replay = await kringle(["replay", "--help"]);
    expect(replay.code).toBe(0);
    for (const option of ["--prompt", "--model", "--conversations", "--since", "--until", "--limit", "--concurrency", "--baseline", "--out"]) expect(replay.stdout).toContain(option);
    expect((await kringle(["help", "rebuild"])).stdout).toContain("--swap");
    expect((await kringle(["--version"])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("exits 2 with a clear message on bad usage", async () => {
    const none = await kringle([]);
    expect(none.code).toBe(2);
    const unknown = await kringle(["replya"]);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('unknown command "replya"');
    const option = await kringle(["replay", "--prompt", "v2", "--limit", "lots"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--limit must be a whole number ≥ 1, not "lots"');
    const missing = await kringle(["replay"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--prompt is required");
    const projection = await kringle(["rebuild", "--projection", "nope"]);
    expect(projection.code).toBe(2);
  });

  it("resolves a path from the directory it was run in", async () => {
    writeFileSync(join(dir, "pattern.json"), JSON.stringify({ source: ["kringle"] }));
    writeFileSync(join(dir, "event.json"), JSON.stringify({ source: "kringle", "detail-type": "x", detail: {} }));
    const run = await kringle(["test-pattern", "pattern.json", "event.json"]);
    expect(run).toMatchObject({ code: 0, stdout: "true\n" });
  });
});
