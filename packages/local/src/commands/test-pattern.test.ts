// The test-pattern command against real files in a temporary directory.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPattern } from "./test-pattern.js";

const event = {
  version: "0",
  id: "0d7a3b52-1c4e-4f7a-8b90-6e2d5c1a9f34",
  "detail-type": "gift.requested",
  source: "kringle.chat",
  account: "000000000000",
  time: "2025-12-01T09:30:00Z",
  region: "us-east-1",
  resources: [],
  detail: { amount: 12, wish: "a red bicycle" },
};

let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kringle-test-pattern-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function run(args: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await testPattern(args, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

describe("kringle test-pattern", () => {
  it("given a matching event, prints true and exits 0", async () => {
    const pattern = await file("match.json", { source: ["kringle.chat"], detail: { amount: [{ numeric: [">", 10] }] } });
    const eventFile = await file("event.json", event);

    expect(await run([pattern, eventFile])).toEqual({ code: 0, stdout: ["true"], stderr: [] });
  });

  it("given an event that does not match, prints false and exits 0", async () => {
    const pattern = await file("no-match.json", { detail: { wish: [{ prefix: "a blue" }] } });
    const eventFile = await file("event.json", event);

    expect(await run([pattern, eventFile])).toEqual({ code: 0, stdout: ["false"], stderr: [] });
  });

  it("given an invalid pattern, names the fault on stderr and exits 2", async () => {
    const pattern = await file("invalid.json", { detail: { amount: [{ numeric: [">"] }] } });
    const eventFile = await file("event.json", event);

    const result = await run([pattern, eventFile]);

    expect(result.code).toBe(2);
    expect(result.stdout).toEqual([]);
    expect(result.stderr).toEqual([`invalid event pattern in ${pattern}: detail.amount: numeric needs a number after ">"`]);
  });

  it("given a pattern file that is not JSON, says which file and exits 2", async () => {
    const pattern = await file("broken.json", '{"source": ["kringle.chat"');
    const eventFile = await file("event.json", event);

    const result = await run([pattern, eventFile]);

    expect(result.code).toBe(2);
    expect(result.stderr).toHaveLength(1);
    expect(result.stderr[0]).toContain(`pattern file ${pattern} is not valid JSON`);
  });

  it("given an event file that is not JSON, says which file and exits 2", async () => {
    const pattern = await file("match.json", { source: ["kringle.chat"] });
    const eventFile = await file("broken-event.json", "source: kringle.chat");

    const result = await run([pattern, eventFile]);

    expect(result.code).toBe(2);
    expect(result.stderr[0]).toContain(`event file ${eventFile} is not valid JSON`);
  });

  it("given a missing file, says it cannot read it and exits 2", async () => {
    const pattern = await file("match.json", { source: ["kringle.chat"] });
    const missing = join(dir, "nowhere.json");

    expect(await run([pattern, missing])).toEqual({ code: 2, stdout: [], stderr: [`cannot read event file ${missing}: no such file`] });
  });

  it("given an event that is not a JSON object, refuses it and exits 2", async () => {
    const pattern = await file("match.json", { source: ["kringle.chat"] });
    const eventFile = await file("array-event.json", [event]);

    const result = await run([pattern, eventFile]);

    expect(result.code).toBe(2);
    expect(result.stderr).toEqual([`event file ${eventFile} must hold a JSON object (a whole EventBridge event), got an array`]);
  });

  it("given the wrong number of arguments, prints usage and exits 2", async () => {
    expect(await run(["only-one.json"])).toEqual({
      code: 2,
      stdout: [],
      stderr: ["usage: kringle test-pattern <pattern.json> <event.json>"],
    });
  });
});
