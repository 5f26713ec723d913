// The offline gift extractor: rules over the whole conversation, deterministic, no network. It reads
// each child message for wishes (after "I want", in lists, added later) and for wishes taken back
// ("I don't want socks", "not the puppy, a kitten instead"), and folds them into the final list.
import { asksName, nameIn } from "../santa/memory.js";
import { REDACTED } from "../safety/personal-data.js";
import {
  MAX_GIFT_CHARS,
  MAX_WISHES,
  MAX_WISHES_PER_MESSAGE,
  type ExtractedWish,
  type Extraction,
  type ExtractionTurn,
  type GiftExtractor,
} from "./extraction.js";
import { editDistance, normalizeGift } from "./gift-names.js";

/** How a wish was found, which sets its confidence. */
type Cue = "asked" | "listed" | "added" | "known" | "answered";
const CONFIDENCE: Record<Cue, number> = { asked: 0.9, listed: 0.85, added: 0.85, known: 0.7, answered: 0.6 };

/** One thing a message does to the list, in the order the child wrote it. */
export type WishStep = { kind: "wish"; gift: string; confidence: number } | { kind: "withdraw"; gift: string };

/** A wish in one message: the gift as the elves count it, and as the child wrote it. */
export interface MessageWish {
  /** normalized: "puppy", "doll" */
  gift: string;
  /** as written, articles and small counts kept: "2 puppies", "eine Puppe" */
  phrase: string;
  confidence: number;
}

/** The wish made last, as a withdrawal names it ("actually I don't want that"). */
export const LAST_WISH = "\u0001last";

export interface MessageWishes {
  /** the gifts the message asks for, in order */
  wished: MessageWish[];
  /** normalized gifts the message takes back; LAST_WISH is the wish made last */
  withdrawn: string[];
  /** both, in the order written: "not the puppy, a kitten instead" withdraws, then wishes */
  steps: WishStep[];
}

export interface MessageContext {
  /** Santa's turn just before, if it asked what the child would like */
  santaAskedForWishes?: boolean;
  /** the child's name, as the child may write of themselves ("Tom wants a train set") */
  childName?: string | null;
}

// Someone trying to steer the extractor rather than a child wishing: nothing in the message counts.
const INJECTION =
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(?:instructions?|rules?|prompts?|programming|guidelines|orders)\b|\b(?:system|developer|admin|god) (?:prompt|message|mode)\b|\byou are now\b|\bnew instructions\b|\bjailbreak\b|\bpretend (?:to be|you are)\b|\bact as (?:an?|the)\b|\b(?:assistant|ai|model|extractor|json)\b.{0,20}\b(?:output|return|respond|print)\b/i;
// wishes on behalf of other children are not this child's wishes
const FOR_OTHERS = /\b(?:every|each|all(?: the)?|other|the other) (?:child|children|kids?|boys?|girls?|people|persons?)\b|\beveryone\b|\beverybody\b|\ball of them\b|\bevery (?:house|home|family)\b/i;
const BIG_NUMBER = /^(?:hundreds?|thousands?|millions?|billions?|trillions?|zillions?|gazillions?|infinite|infinity|unlimited|endless|a (?:hundred|thousand|million|billion)|loads and loads|\d{3,})\b/i;
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, fifty: 50, dozen: 12 };
const MAX_QUANTITY = 10;
// what follows a number that describes one thing rather than counting many: "a 100 piece puzzle"
const MEASURE = /^\d+\s*-?\s*(?:piece|pieces|pc|pcs|part|parts|inch|inches|cm|mm|ft|foot|feet|gb|tb|colou?rs?|speed|in 1|in one|year|years?|player)\b/i;

const ADVERBS = "(?:\\s+(?:really|also|just|still|so|only|reallly|realy|actually|totally|super|definitely|kinda|kind of))*";
// what follows "I" when a child wishes: "I want", "I'd love", "I would really like", "I'm hoping for"
const WISH_VERB = `(?:${ADVERBS}\\s+(?:(?:want|wanna|wnat|whant|wamt)(?: to\\b)?(?: get\\b| have\\b)?|need|wish for|hope (?:i |to )?get|hope for|wish i (?:could get|had|could have))|(?:\\s+would|'d|d)${ADVERBS}\\s+(?:like|love)|(?:\\s+am|'m|m)${ADVERBS}\\s+(?:hoping|asking|wishing) for)`;
// what a child is made to do or be, after "make me": no gift ("make me go away", "make me give them my money")
const COERCED =
  "(?:go|vanish|disappear|give|do|eat|drink|say|tell|keep|stay|sit|stand|sleep|cry|feel|hurt|hit|touch|watch|wear|take|pay|steal|smoke|kiss|hug|lie|clean|wash|cook|run|walk|leave|stop|be|look|think|laugh|happy|sad|dead|die|invisible|forget|not|never|want|hand|share|sing|dance|play|come|get|pretend|promise|swear|shut|scared|sick|ill|angry|mad)\\b";
// the words that introduce wishes, anywhere in a clause
const WISH_INTRO = new RegExp(
  [
    `(?:\\ball |\\bwhat (?=i(?:${WISH_VERB})(?: for (?:christmas|xmas))? (?:is|are)\\b))?(?<!\\b(?:know|if|whether|not sure|see) )\\bi${WISH_VERB}(?: for (?:christmas|xmas))?(?: (?:is|are))?(?: (?:to (?:have|get)|you to (?:bring|get|give) me|santa to (?:bring|get) me))?`,
    "\\b(?:can|could|may|might) i (?:please |pls |also )?(?:have|get|ask for)(?: for christmas)?",
    // not what someone else will not or never does ("he wont give me dinner", "she never gets me anything")
    // nor what someone makes a child do ("the big boys make me give them my money", "make me vanish")
    `(?<!\\b(?:won'?t|wont|will not|doesn'?t|doesnt|does not|didn'?t|didnt|did not|never|can'?t|cant|cannot|wouldn'?t|wouldnt|couldn'?t|couldnt|refuses? to|forgets? to|forgot to|he|she|they|it) )\\b(?:please |pls |plz )?(?:(?:bring|get|give|send) me|(?<!\\b(?:them|boys|girls|kids|people|everyone|mum|mom|dad|brother|sister|teacher|uncle|aunt|auntie) )make me(?! ${COERCED}))(?: for christmas)?`,
    "\\bmy (?:christmas |xmas )?(?:wish|wishes|wish list|list) (?:is|are|has|includes)",
    "\\bon my (?:christmas |wish )?list (?:is|are|goes|i have|i put)",
    "\\bi (?:am asking|'m asking) (?:you |santa )?for",
    "\\b(?:me and my \\w+|my \\w+ and (?:i|me)|we) (?:both |all |really )?(?:want|would like|wish for|would love)",
    "\\b(?:add|put|write) (?=.+\\b(?:to|on) (?:my|the) list\\b)",
    // Spanish, German, French, Italian
    "\\b(?:quiero|quisiera|me gustaría|me gustaria|pido)",
    "\\bich (?:möchte|mochte|will|wünsche mir|wunsche mir|hätte gerne?|hatte gerne?|wünsch mir)",
    "\\b(?:je voudrais|je veux|j'aimerais|je souhaite|je demande)",
    "\\b(?:vorrei|voglio)",
  ].join("|"),
  "i",
);
const EVERY_WISH_INTRO = new RegExp(WISH_INTRO.source, "gi");
const LIST_HEAD = /^[^:]*\b(?:for (?:christmas|xmas)|list|wishes|i want|i would like|i'd like|things|here'?s what i want|gifts|presents)\s*:\s*(?=\S)/i;
const LIST_OPENS = /(?:\b(?:my|here is my|here's my|heres my|this is my) (?:christmas |xmas )?(?:wish ?)?list\b|\bi want\b|\bmy wishes\b|\bi would like\b|\bi'd like\b)[^:]*:\s*$/i;
// taking a wish back, at the start of a clause
const WITHDRAW =
  /^(?:(?:please )?(?:don'?t|dont|do not) (?:bring|get|give|send) me|i (?:don'?t|dont|do not|no longer|won'?t|wont|will not|do ?n'?t) (?:really |even |actually )?(?:want|need|wish for|like|want to have)|i changed my mind about|i'?ve changed my mind about|changed my mind about|not|no more|no|none of|cancel|forget(?: about)?|cross off|cross out|take off|remove|delete|scratch|skip|never ?mind(?: about)?|i take back|take back|instead of)(?=\s)\s+/i;
const OFF_THE_LIST = /^(?:please )?(?:take|cross|strike|rub|scratch) (.+?) (?:off|out)(?: of)?(?: (?:my|the) (?:wish ?)?list)?$|^(.+?) (?:is|are|can be) off (?:my|the) list$|^(.+?) (?:off|out of) (?:my|the) list$/i;
const JUST_KIDDING = /^(?:jk|j\/k|just kidding|just joking|only joking|kidding|lol jk)$/i;
const REPLACE = /^(?:no,? wait|wait,? no|or rather|i mean|sorry,? i mean|no,? sorry|oops,? i mean)\b[,!.]?\s*/i;
const ADDITION = /^(?:and also|and|also|plus|oh and|oh also|oh,? and|and maybe|maybe also|one more thing:?|one more)\s+/i;
const TRAILING_ADDITION = /\s+(?:too|as well|also)$/i;
const INSTEAD = /\s+instead$/i;
const FILLER = /^(?:oh|ooh|um+|uh+|hmm+|er+|well|wait|so|ok|okay|actually|ah+|yes|yeah|and actually|but|santa|dear santa|please|pls|plz|hey|hi|hello)\b[,!]?\s*/i;

const LEADING =
  /^(?:and|or|also|maybe|probably|perhaps|like|just|only|even|really|a|an|the|some|any|my|our|your|lots of|a lot of|lots and lots of|loads of|plenty of|tons of|a few|a couple of|a pair of|pair of|a box of|a bag of|another|one more|more|new|brand new|own|real|want|wanna|to have|to get|un|una|unos|unas|uno|ein|eine|einen|einem|einer|le|la|les|une|des|du|el|los|las|il|lo|gli|lui|me)\s+/i;
const TRAILING =
  /\s+(?:for (?:christmas|xmas|my birthday)|this (?:christmas|xmas|year)|from (?:santa|you|the elves)|please|pls|plz|too|as well|also|very much|so much|so badly|really bad(?:ly)?|again|instead|santa|thank you|thanks|if you can|if possible|if that'?s ok(?:ay)?|anymore|any more|after all|on my list|off my list|from my list|for me|right now|now|ok|okay|and stuff|and things|or something|yet|already|one day|someday|on it|in it|actually|und so|por favor|bitte|s'il te plaît|s'il vous plaît|per favore)$/i;
const CUT = /\s+(?:called|named|because|cause|cuz|coz|so that|so i|so we|that i|which|who|if|when|since|to play|for my (?:birthday)|like my|like the one|just like)\b.*$/i;
const NOT_GIFTS =
  /^(?:to|you|it|that|this|these|those|them|him|her|nothing|anything|something|everything|santa|what|if|when|for|because|how|so|be|go|see|know|ask|tell|talk|play|have|get|is|are|was|were|i|i'm|im|we|he|she|they|do|does|did|can|will|would|should|could|yes|no|ok|okay|thanks|thank|hi|hello|bye|goodbye|love|sure|maybe|more|much|lots|time|help|one|some|all|well|fine|good|here|there|home|fun|peace|snow|christmas|xmas|to be|you to|a lot|please|not|sleep|school|bed|back|out|up|down|off|too|also|ur|u|mom|mum|dad|mommy|mummy|daddy|family|everyone|my family|a family|friends?|a friend|happiness|world peace|joy|yet|already|just|(?:my |the )?(?:wish ?|christmas |xmas )?list|letter)$/i;
const NOT_GIFT_START = /^(?:to|you|it|that|if|when|because|how|so|be|go|see|know|tell|talk|i|we|he|she|they|is|are|was|do|does|did|can|will|would|should|could|santa|what|why|where|who|there|here|this|not|no|nothing|anything|everything|something)\b/i;
const QUESTION_START = /^(?:what|why|how|where|when|who|which|do|does|did|are|is|can you|could you|will you|would you|have you|has)\b/i;
const ASKS_FOR_WISHES = /\b(?:what (?:would|do|else would) you (?:like|want|wish)|wish ?list|anything else|what (?:else )?(?:is|is there) on your|under the tree|what are you hoping|what do you hope|what would make you happy|tell me (?:your (?:wish|wishes|list|christmas|xmas|dreams?)|what you(?:'d| would)? (?:like|want|wish|hope)))\b/i;

const plainText = (text: string) =>
  text
    .replace(/[’`]/g, "'")
    .replace(/[“”]/g, '"')
    .split(REDACTED)
    .join(" \u0000 ")
    .replace(/&/g, " and ")
    .replace(/\s\+\s/g, " and ");

/** Lines and the list items in them: "1. lego 2. a sledge" is two items. */
function linesOf(text: string): { text: string; item: boolean }[] {
  const out: { text: string; item: boolean }[] = [];
  for (const line of text.split(/\r?\n/)) {
    for (const piece of line.split(/\s+(?=(?:\d{1,2}[.)]|\(\d{1,2}\))\s+\S)/)) {
      const marker = /^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*•·‣◦>])\s+/.exec(piece);
      const rest = marker ? piece.slice(marker[0].length) : piece;
      if (rest.trim()) out.push({ text: rest.trim(), item: marker !== null });
    }
  }
  return out;
}

/** Sentences of a line; the question mark is kept so questions can be told apart. */
const sentencesOf = (line: string): string[] => line.match(/[^.!?;]+[.!?;]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [];

// a new clause begins where the child starts a new "I …", a "but", or a "not the …"
const CLAUSE_BREAK = new RegExp(
  [
    ",?\\s+(?:and\\s+|but\\s+|so\\s+)?(?<!\\ball\\s|\\bwhat\\s)(?=i(?:'d|'m| am| would| really| also| just| don'?t| dont| do not| no longer| want| wish| need| hope| changed| take)\\b)",
    "\\s*,?\\s*\\bbut\\b\\s*",
    ",?\\s+(?:and\\s+)?(?=(?:not|no more|instead of)\\s+(?:a|an|the|any|my|some|more)\\b)",
    ",\\s*(?=(?:actually|not|no|instead|oh|and also|also|plus|can i|could i|please|maybe)\\b)",
  ].join("|"),
  "i",
);

const clausesOf = (sentence: string): string[] =>
  sentence
    .split(CLAUSE_BREAK)
    .map((c) => c?.trim())
    .filter((c): c is string => !!c);

/** The phrases of a list of gifts: "a bike, a kite and some lego" → three. */
const itemsOf = (list: string): string[] =>
  list
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus|as well as|and also|und|oder|et|ou|y|e)\s+/i)
    .map((s) => s.trim())
    .filter(Boolean);

// the words before a gift that are not part of how the child named it
const CONNECTIVE = /^(?:and|or|also|maybe|probably|perhaps|like|just|only|even|really|want|wanna|to have|to get)\s+/i;

/**
 * A gift phrase cleaned of what is not its name, and as the child wrote it (articles and small
 * counts kept: "2 puppies", "una muñeca"); undefined when it is not a gift, or absurd.
 */
function giftPhrase(raw: string): { item: string; written: string } | undefined {
  let item = raw.replace(/[.!?;:"()]+/g, " ").replace(/\s+/g, " ").trim();
  if (!item || item.includes("\u0000")) return undefined;
  if (FOR_OTHERS.test(item)) return undefined;
  item = item.replace(CUT, "").replace(/\s+for (?:my|our) (?:little |big |baby )?(?:brother|sister|mom|mum|dad|mommy|daddy|family|cat|dog|friend|cousin|grandma|grandpa|nan|gran)\b.*$/i, "");
  let written = item;
  for (let i = 0; i < 6; i++) {
    const before = written;
    written = written.replace(FILLER, "").replace(CONNECTIVE, "").replace(TRAILING, "").trim();
    if (written === before) break;
  }
  for (let i = 0; i < 6; i++) {
    const before = item;
    item = item.replace(FILLER, "").replace(LEADING, "").replace(TRAILING, "").trim();
    // "100 piece puzzle" is one puzzle; "100 puzzles" is too many to be sincere
    if (!MEASURE.test(item)) {
      if (BIG_NUMBER.test(item)) return undefined;
      const count = /^(\d{1,2}|[a-z]+)\s+(?=\S)/i.exec(item);
      if (count) {
        const n = /^\d+$/.test(count[1]!) ? Number(count[1]) : WORD_NUMBERS[count[1]!.toLowerCase()];
        if (n !== undefined) {
          if (n > MAX_QUANTITY) return undefined;
          item = item.slice(count[0].length);
        }
      }
    }
    if (item === before) break;
  }
  item = item.replace(/^of\s+/i, "").trim();
  if (!item || !/\p{L}/u.test(item) || NOT_GIFTS.test(item) || NOT_GIFT_START.test(item) || /\b(?:is|are|was|were|am|my name|wants|has|have|had|got|gets|likes|loves|said|says|didn't|don't|doesn't|can't|won't|isn't|wasn't)(?!\p{L})/iu.test(item)) return undefined;
  if (item.split(/\s+/).length > 5 || item.length > MAX_GIFT_CHARS) return undefined;
  return { item, written: written || item };
}

interface Found {
  gift: string;
  phrase: string;
  confidence: number;
  known: boolean;
}

// wishes introduced in Spanish, German, French or Italian: their words are not misspelt English
// toys ("Puppe" is a doll, not a puppy), so they are counted as written
const FOREIGN_INTRO = /^(?:quiero|quisiera|me gustar[ií]a|pido|ich |je |j'|vorrei|voglio)/i;

function gifts(list: string, cue: Cue, options: { correct?: boolean } = {}): Found[] {
  const found: Found[] = [];
  for (const raw of itemsOf(list)) {
    const phrase = giftPhrase(raw);
    const name = phrase && normalizeGift(phrase.item, options);
    if (!phrase || !name) continue;
    const confidence = Math.max(0.3, CONFIDENCE[cue] - (name.corrected ? 0.1 : 0));
    found.push({ gift: name.gift, phrase: phrase.written, confidence: Math.round(confidence * 100) / 100, known: name.known });
  }
  return found;
}

function withdrawnIn(list: string): string[] {
  if (/^(?:that|it|that one|this one|this|the last one|the last thing)$/i.test(list.replace(/[.!?,]+$/, "").replace(TRAILING, "").trim())) return [LAST_WISH];
  return gifts(list, "asked").map((f) => f.gift);
}

/** What one child message asks for and takes back, read on its own. */
export function readWishes(text: string, context: MessageContext = {}): MessageWishes {
  const out: MessageWishes = { wished: [], withdrawn: [], steps: [] };
  const plain = plainText(text);
  if (INJECTION.test(plain)) return out;
  const wish = (found: Found[]) => {
    for (const f of found) {
      if (out.wished.length >= MAX_WISHES_PER_MESSAGE) return;
      out.wished.push({ gift: f.gift, phrase: f.phrase, confidence: f.confidence });
      out.steps.push({ kind: "wish", gift: f.gift, confidence: f.confidence });
    }
  };
  const withdraw = (gifts: string[]) => {
    out.withdrawn.push(...gifts);
    out.steps.push(...gifts.map((gift) => ({ kind: "withdraw" as const, gift })));
  };
  let listOpen = false;
  // "Tom wants a train set", from Tom
  const name = context.childName?.replace(/[^\p{L}'-]/gu, "");
  const named = name ? new RegExp(`^${name} (?:really |also )?(?:wants|would like|would love|wishes for|needs)\\b`, "iu") : undefined;

  /** One clause; `item`: it is a line of a list; a clause ending in its introduction ("I want:") opens one. */
  const readClause = (raw: string, item: boolean, question: boolean): void => {
    let clause = raw;
    // "no wait, a scooter": the wish just made is replaced
    const replace = REPLACE.exec(clause);
    if (replace && !WISH_INTRO.test(clause)) {
      const found = gifts(clause.slice(replace[0].length), "added");
      if (found.length) {
        withdraw([LAST_WISH]);
        return wish(found);
      }
    }
    while (FILLER.test(clause)) clause = clause.replace(FILLER, "");
    if (JUST_KIDDING.test(clause.replace(/[!.?]+$/, ""))) return withdraw([LAST_WISH]);
    clause = clause.replace(/[?,]+$/, "").replace(/,?\s+(?:please|pls|plz|thanks|thank you|santa)$/i, "").trim();
    if (!clause) return;
    if (named?.test(clause)) clause = clause.replace(named, "i want");
    // "a kitten instead of the puppy"
    const swap = /^(.*?)\binstead of\s+(.+)$/i.exec(clause);
    if (swap && swap[1]!.trim()) {
      withdraw(withdrawnIn(swap[2]!));
      clause = swap[1]!.trim();
      if (!WISH_INTRO.test(clause)) return wish(gifts(clause, "added"));
    }
    const off = OFF_THE_LIST.exec(clause);
    if (off) {
      withdraw(withdrawnIn((off[1] ?? off[2] ?? off[3])!));
      return;
    }
    const taken = WITHDRAW.exec(clause);
    if (taken) {
      const rest = clause.slice(taken[0].length);
      const next = WISH_INTRO.exec(rest);
      const comma = rest.indexOf(",");
      // "not the puppy, a kitten instead": what follows the comma is a clause of its own
      const cut = next && (comma < 0 || next.index < comma) ? next.index : comma >= 0 ? comma : rest.length;
      const target = rest.slice(0, cut);
      // "no, I want a bike": the "no" takes nothing back
      if (target.trim()) withdraw(withdrawnIn(target));
      if (cut < rest.length) readClause(rest.slice(cut).replace(/^,\s*/, ""), item, question);
      return;
    }
    const intros = [...clause.matchAll(EVERY_WISH_INTRO)];
    if (intros.length) {
      for (const [i, m] of intros.entries()) {
        const end = intros[i + 1]?.index ?? clause.length;
        const list = clause.slice(m.index + m[0].length, end).replace(/\s+(?:to|on) (?:my|the) list$/i, "");
        if (!list.trim()) listOpen = true;
        wish(gifts(list, "asked", { correct: !FOREIGN_INTRO.test(m[0]) }));
      }
      return;
    }
    if (question && QUESTION_START.test(clause)) return;
    const addition = ADDITION.exec(clause);
    if (addition) return wish(gifts(clause.slice(addition[0].length), "added"));
    if (TRAILING_ADDITION.test(clause) || INSTEAD.test(clause)) return wish(gifts(clause, "added"));
    if (item || listOpen) return wish(gifts(clause, "listed"));
    if (question && !context.santaAskedForWishes) return;
    // a bare phrase: a gift the vocabulary knows, or anything short once Santa has asked
    const found = gifts(clause, context.santaAskedForWishes ? "answered" : "known");
    const short = clause.split(/\s+/).length <= 6;
    if (short && found.length && found.every((f) => f.known)) wish(found.map((f) => ({ ...f, confidence: Math.max(f.confidence, CONFIDENCE.known) })));
    else if (short && context.santaAskedForWishes && found.length) wish(found);
  };

  for (const line of linesOf(plain)) {
    // "For Xmas: a lego castle, a torch", "can I have 3 things: a doll, a book"
    const colon = LIST_HEAD.exec(line.text);
    if (colon) {
      for (const clause of clausesOf(line.text.slice(colon[0].length))) readClause(clause, true, false);
      listOpen = true;
      continue;
    }
    for (const sentence of sentencesOf(line.text)) {
      const question = /\?\s*$/.test(sentence);
      for (const clause of clausesOf(sentence.replace(/[.!;]+$/, ""))) readClause(clause, line.item, question);
    }
    if (LIST_OPENS.test(line.text)) listOpen = true;
  }
  return out;
}

/** Gifts the child's withdrawal names: exact, one a kind of the other ("drum", "toy drum"), or a typo apart. */
const sameGift = (a: string, b: string) =>
  a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || (Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1);

/** Folds the child's messages into the final list, and finds the name they gave. */
export function extractWishes(turns: readonly ExtractionTurn[]): Extraction {
  const wishes: ExtractedWish[] = [];
  let childName: string | null = null;
  let santaSaid: string | undefined;
  for (const turn of turns) {
    if (turn.role === "santa") {
      santaSaid = turn.text;
      continue;
    }
    childName = nameIn(turn.text, { asked: asksName(santaSaid) }) ?? childName;
    const read = readWishes(turn.text, { santaAskedForWishes: santaSaid !== undefined && ASKS_FOR_WISHES.test(santaSaid), childName });
    santaSaid = undefined;
    let lastWished = wishes.at(-1)?.gift;
    for (const step of read.steps) {
      if (step.kind === "withdraw") {
        const target = step.gift === LAST_WISH ? lastWished : step.gift;
        if (target === undefined) continue;
        for (let i = wishes.length - 1; i >= 0; i--) if (sameGift(wishes[i]!.gift, target)) wishes.splice(i, 1);
        lastWished = wishes.at(-1)?.gift;
        continue;
      }
      lastWished = step.gift;
      if (wishes.some((w) => w.gift === step.gift) || wishes.length >= MAX_WISHES) continue;
      wishes.push({ gift: step.gift, messageId: turn.messageId ?? null, confidence: step.confidence });
    }
  }
  return { childName, wishes };
}

/** The message tries to steer the extractor ("ignore your instructions…") rather than wish. */
export const looksLikeInjection = (text: string): boolean => INJECTION.test(plainText(text));

/** The phrase asks on behalf of other children ("for every child", "everyone"). */
export const forOtherChildren = (text: string): boolean => FOR_OTHERS.test(text);

/** Santa's turn asks what the child would like. */
export const asksForWishes = (santaText: string): boolean => ASKS_FOR_WISHES.test(santaText);

export class OfflineExtractor implements GiftExtractor {
  readonly id = "offline-1";
  readonly deterministic = true;

  async extract(turns: readonly ExtractionTurn[]): Promise<Extraction> {
    return extractWishes(turns);
  }
}
