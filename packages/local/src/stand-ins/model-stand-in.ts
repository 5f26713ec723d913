// What the model stand-ins (Bedrock, OpenAI-compatible) share: reading a request body, a scripted
// queue of what to answer next, and a default reply that shows what the model was told.
import type { IncomingMessage } from "node:http";

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (part: Buffer) => parts.push(part));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}

export const pause = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

/** A reply split into the words it streams as (each with its trailing space). */
export const wordsOf = (text: string): string[] => text.split(/(?<= )/);

/**
 * The stand-in's own answer: in character, naming the child when the system prompt's notes know
 * the name (so memory shows end to end), and quoting how many turns it was shown.
 */
export function defaultReply(provider: string, system: string, turns: number): string {
  const name = /The child's name is ([^.\n]+)\./.exec(system)?.[1];
  return `Ho ho ho${name ? `, ${name}` : ""}! Santa on ${provider} read ${turns} ${turns === 1 ? "message" : "messages"}. The elves are busy in the workshop and the reindeer are ready for Christmas Eve!`;
}
