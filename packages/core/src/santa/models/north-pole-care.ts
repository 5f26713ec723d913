// The North Pole model's words once a conversation is flagged: gentle, never joking, pointing to a
// grown-up the child trusts, hearing wishes without promising them, never promising secrecy.
import type { ModelRequest } from "../model.js";
import { careReply, safeReply, tellAGrownUp } from "../safe-replies.js";
import { screenInput } from "../safety.js";
import { fill, pick } from "../variety.js";
import { languageOf } from "./north-pole-languages.js";

const plain = (text: string) => text.toLowerCase().replace(/[’`]/g, "'");

const WISH = /\b(?:i (?:really |also |just )?(?:want|wish for|would like|'d like)|can i (?:please )?(?:have|get)|for christmas|on my list|bring me)\b/;
const GOODBYE = /\b(?:bye|goodbye|good ?night|see you|gotta go|got to go|have to go|talk (?:to you )?later)\b/;
const THANKS = /\b(?:thank(?:s| you)|thx|ty)\b/;
const BETTER = /\b(?:i'm (?:ok|okay|fine|better|good)|i feel (?:better|ok|okay)|i told (?:my|a) (?:mum|mom|dad|teacher|grown-?up|nan|gran|grandma|aunt|auntie))\b/;

const HEARD_WISH = ["I have heard your wish{you}, and I am glad you told me.", "Thank you for telling me your wish{you}. I have heard it."];
const GOODBYES = ["Goodbye for now{you}. Santa is thinking of you.", "Take good care of yourself{you}. Santa is thinking of you."];
const WELCOME = ["You are very welcome{you}.", "Thank you for talking with me{you}."];
const BETTER_NOW = ["I am really glad to hear that{you}.", "That is good to hear{you}, and telling a grown-up was a brave thing to do."];
const LISTENING = ["I am here, and I am listening{you}.", "Thank you for talking with me{you}. How you feel matters to me.", "I am still here for you{you}."];

/** Santa's whole reply, in a flagged conversation, to the last child turn. */
export function gentleReply(request: ModelRequest): string {
  const turns = request.turns;
  const last = [...turns].reverse().find((t) => t.role === "child")?.text ?? "";
  const seed = `${request.conversationId}:${turns.length}:${last}`;
  const used = turns.filter((t) => t.role === "santa").map((t) => t.text);
  const name = request.memory?.childName;
  const concern = request.memory?.concern ?? [];
  const you = name ? `, ${name}` : "";
  const say = (options: readonly string[], key: string) => fill(pick(options, `${seed}:${key}`, used), { you });

  const verdict = screenInput(last);
  if (!verdict.ok) {
    const language = languageOf(turns.filter((t) => t.role === "child").map((t) => t.text));
    return verdict.reason === "concern" ? careReply(verdict.kinds, { name, seed, used, language }) : safeReply(verdict, { name, seed, used, concern });
  }

  const text = plain(last);
  if (GOODBYE.test(text)) return `${say(GOODBYES, "bye")} ${tellAGrownUp(seed, used)}`;
  const parts: string[] = [];
  if (BETTER.test(text)) parts.push(say(BETTER_NOW, "better"));
  else if (THANKS.test(text)) parts.push(say(WELCOME, "thanks"));
  if (WISH.test(text)) parts.push(say(HEARD_WISH, "wish"));
  if (!parts.length) parts.push(say(LISTENING, "listening"));
  parts.push(tellAGrownUp(seed, used));
  return parts.join(" ");
}
