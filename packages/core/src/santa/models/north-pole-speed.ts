// The North Pole model's raw speed, for `npm run bench`: words a second with no delay between
// words, over a conversation that touches every kind of reply it composes.
import type { Turn } from "../model.js";
import { NorthPoleModel } from "./north-pole.js";

const CHILD_SAYS = [
  "Hello Santa! My name is Mia.",
  "I would like a red bike, a puppy and some lego please",
  "How many days until Christmas?",
  "How are the reindeer? And what are the elves doing?",
  "How old are you and what do reindeer eat?",
  "I want 100 iPhones for every child",
  "Hola Papá Noel, quiero una bicicleta",
  "Do you like cookies and milk?",
  "What's my name?",
  "I don't want the puppy anymore",
  "What is it like at the North Pole?",
  "Goodbye Santa!",
];

export interface NorthPoleSpeed {
  replies: number;
  words: number;
  ms: number;
  wordsPerSecond: number;
}

/** Streams `replies` replies (default 2,000) through the North Pole model with wordDelayMs 0. */
export async function measureNorthPoleSpeed(options: { replies?: number; now?: () => number } = {}): Promise<NorthPoleSpeed> {
  const replies = options.replies ?? 2_000;
  const now = options.now ?? (() => performance.now());
  const model = new NorthPoleModel({ wordDelayMs: 0, today: () => new Date("2026-11-24T12:00:00Z") });
  let words = 0;
  let turns: Turn[] = [];
  const started = now();
  for (let i = 0; i < replies; i++) {
    if (i % CHILD_SAYS.length === 0) turns = [];
    turns.push({ role: "child", text: CHILD_SAYS[i % CHILD_SAYS.length]! });
    let reply = "";
    for await (const event of model.stream({ system: "", turns, conversationId: `bench_${Math.floor(i / CHILD_SAYS.length)}` })) {
      if (event.type === "text") {
        words++;
        reply += event.text;
      }
    }
    turns.push({ role: "santa", text: reply });
  }
  const ms = now() - started;
  return { replies, words, ms, wordsPerSecond: ms > 0 ? (words / ms) * 1000 : Infinity };
}
