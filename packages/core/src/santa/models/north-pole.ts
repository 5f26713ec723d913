// The offline "North Pole" model: a deterministic, in-character Santa that streams word by word,
// so kringle runs with no network and no account.
import { createHash } from "node:crypto";
import type { Model, ModelEvent, ModelRequest, Turn } from "../model.js";

export interface NorthPoleOptions {
  /** delay between words; 0 streams as fast as the consumer reads */
  wordDelayMs: number;
  /** today's date, for counting the days until Christmas */
  today?: () => Date;
}

const pick = <T>(options: readonly T[], seed: string): T => {
  const n = createHash("sha256").update(seed).digest().readUInt32BE(0);
  return options[n % options.length] as T;
};

const GREETINGS = [
  "Ho ho ho! Merry greetings from the North Pole!",
  "Well hello there! Santa is so glad you wrote to me.",
  "Ho ho ho! What a lovely surprise to hear from you!",
];

const NAME_PATTERN = /\b(?:my name is|i am|i'm|im|call me)\s+([A-Z][a-z]+|[a-z]{2,})\b/i;
const WISH_PATTERN = /\b(?:i (?:want|wish for|would like|'d like)|can i (?:have|get)|i hope (?:i|to) get|please bring(?: me)?)\s+(?:a |an |the |some )?([^.!?,]{2,60})/i;
const NOT_NAMES = new Set(["good", "fine", "happy", "excited", "here", "back", "sad", "ok", "okay", "not", "so", "very", "years"]);

export function childNameFrom(turns: readonly Turn[]): string | undefined {
  for (const turn of turns) {
    if (turn.role !== "child") continue;
    const m = NAME_PATTERN.exec(turn.text);
    const name = m?.[1];
    if (name && !NOT_NAMES.has(name.toLowerCase())) return name[0]!.toUpperCase() + name.slice(1).toLowerCase();
  }
  return undefined;
}

export function daysUntilChristmas(today: Date): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  let christmas = Date.UTC(today.getUTCFullYear(), 11, 25);
  if (christmas < start) christmas = Date.UTC(today.getUTCFullYear() + 1, 11, 25);
  return Math.round((christmas - start) / 86_400_000);
}

/** Santa's whole reply to the last child turn. */
export function composeReply(request: ModelRequest, today: Date): string {
  const turns = request.turns;
  const last = [...turns].reverse().find((t) => t.role === "child")?.text ?? "";
  const seed = `${request.conversationId}:${turns.length}`;
  const name = childNameFrom(turns);
  const firstReply = !turns.some((t) => t.role === "santa");
  const parts: string[] = [];
  const lower = last.toLowerCase();

  if (firstReply) parts.push(pick(GREETINGS, seed));
  const justNamed = name && NAME_PATTERN.test(last);
  if (justNamed) parts.push(`It is wonderful to meet you, ${name}!`);

  const wish = WISH_PATTERN.exec(last)?.[1]?.trim();
  if (wish) {
    parts.push(
      pick(
        [
          `${wish[0]!.toUpperCase()}${wish.slice(1)}? What a splendid wish${name ? `, ${name}` : ""}! I will tell the elves right away.`,
          `Oh, ${wish}! I have written that on my list${name ? `, ${name}` : ""}, and the elves are already humming about it.`,
        ],
        seed + wish,
      ),
    );
  } else if (/\b(christmas|how (?:many|long)|days)\b/.test(lower) && /\b(when|how (?:many|long)|days)\b/.test(lower)) {
    const days = daysUntilChristmas(today);
    parts.push(days === 0 ? "Why, it is Christmas today! Ho ho ho!" : `Only ${days} ${days === 1 ? "sleep" : "sleeps"} until Christmas! The sleigh is nearly ready.`);
  } else if (/\breindeer|rudolph|sleigh\b/.test(lower)) {
    parts.push("The reindeer are resting up in the stables. Rudolph has been polishing his nose for the big night!");
  } else if (/\b(bye|goodbye|good night|see you)\b/.test(lower)) {
    parts.push(`Goodbye${name ? `, ${name}` : ""}! Be kind, sleep well, and keep an eye on the sky on Christmas Eve. Ho ho ho!`);
  } else if (!firstReply || !justNamed) {
    parts.push(
      pick(
        [
          "Tell me, what would you like to find under the tree this year?",
          "The elves and I would love to know what is on your wish list.",
          "Have you been helping out at home? Santa always hears about kind deeds!",
        ],
        seed + "ask",
      ),
    );
  }
  if (!name && firstReply) parts.push("What is your name, little one?");
  return parts.join(" ");
}

export class NorthPoleModel implements Model {
  readonly id = "north-pole-1";

  constructor(private readonly options: NorthPoleOptions) {}

  async *stream(request: ModelRequest, signal?: AbortSignal): AsyncIterable<ModelEvent> {
    const reply = composeReply(request, this.options.today?.() ?? new Date());
    const words = reply.split(/(?<= )/);
    for (const word of words) {
      if (signal?.aborted) return;
      if (this.options.wordDelayMs > 0) await new Promise((r) => setTimeout(r, this.options.wordDelayMs));
      yield { type: "text", text: word };
    }
    const input = request.turns.reduce((n, t) => n + Math.ceil(t.text.length / 4), Math.ceil(request.system.length / 4));
    yield { type: "done", stopReason: "end_turn", usage: { input, output: words.length } };
  }
}
