import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { promptsDir } from "../config/environment.js";
import { loadPrompt, PromptNotFoundError } from "./prompts.js";

describe("Santa's versioned prompts", () => {
  it.each(["v1", "v2"])("loads %s from packages/core/prompts", (version) => {
    const prompt = loadPrompt(version);
    expect(prompt.version).toBe(version);
    expect(prompt.text).toMatch(/^You are Santa Claus/);
    expect(prompt.text).toMatch(/address|phone/);
    // what Santa is told once a conversation is flagged
    expect(prompt.care).toMatch(/^Care mode/);
    expect(prompt.care).toMatch(/Never promise to keep anything secret/);
  });

  it("loads from KRINGLE_PROMPTS_DIR, where the deploy copies them", () => {
    const dir = mkdtempSync(join(tmpdir(), "kringle-prompts-"));
    mkdirSync(join(dir, "santa"));
    writeFileSync(join(dir, "santa", "v7-test.md"), "You are a test Santa.\n");
    writeFileSync(join(dir, "santa", "care.md"), "Care mode: be gentle.\n");
    expect(promptsDir({ KRINGLE_PROMPTS_DIR: dir })).toBe(dir);
    expect(loadPrompt("v7-test", promptsDir({ KRINGLE_PROMPTS_DIR: dir }))).toEqual({ version: "v7-test", text: "You are a test Santa.", care: "Care mode: be gentle." });
  });

  it.each(["latest", "../secrets", "v1/../v2", ""])("refuses %j, which is not a version", (version) => {
    expect(() => loadPrompt(version)).toThrow(PromptNotFoundError);
  });

  it("says which version is missing", () => {
    expect(() => loadPrompt("v999")).toThrow(/no prompt v999/);
  });
});
