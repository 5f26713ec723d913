// Santa's system prompts: versioned Markdown files under packages/core/prompts/santa/.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promptsDir } from "../config/environment.js";

export interface Prompt {
  version: string;
  text: string;
  /** added to the system prompt once a conversation is flagged (prompts/santa/care.md) */
  care?: string;
}

export class PromptNotFoundError extends Error {
  readonly code = "prompt_not_found";
}


const cache = new Map<string, Prompt>();

export function loadPrompt(version: string, dir: string = promptsDir()): Prompt {
  if (!/^v[0-9]+[a-z0-9-]*$/.test(version)) throw new PromptNotFoundError(`"${version}" is not a prompt version (v1, v2, …)`);
  const file = join(dir, "santa", `${version}.md`);
  const hit = cache.get(file);
  if (hit) return hit;
  let text: string;
  let care: string;
  try {
    text = readFileSync(file, "utf8").trim();
    care = readFileSync(join(dir, "santa", "care.md"), "utf8").trim();
  } catch {
    throw new PromptNotFoundError(`no prompt ${version} (with care.md beside it) at ${file}`);
  }
  const prompt = { version, text, care };
  cache.set(file, prompt);
  return prompt;
}
