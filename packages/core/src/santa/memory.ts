// Santa's memory of a conversation: the child's name, found in what they wrote, and the most recent
// turns that fit a token budget (the name is kept as a fact when the turn that gave it is dropped).
import { approxTokens, type Turn } from "./model.js";
import { unsuitableTopic } from "./safety.js";

// words that follow "I'm" (or "it's", "ich bin", "je suis"…) without being a name ("I'm good", "I'm 7")
const NOT_NAMES = new Set(
  (
    "a an the not so very really just good fine great ok okay well happy sad excited here back ready sorry sure bored tired " +
    "hungry nice cool awesome scared sick home done santa also too glad doing going writing thinking feeling being still from " +
    "years year age secret big little small old young boy girl kid child your mad angry worried busy alright all asking trying " +
    "hoping wondering gonna wanna lonely amazing sleepy naughty in at on with and or but to of for because as sending wishing " +
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen super extra kind of sort getting " +
    "me my mine it its this that what who how why when where if maybe later soon please fun funny silly cold hot warm snowing raining " +
    "christmas xmas time true real late early everyone everybody nobody somebody someone i im i'm you we they he she us them " +
    "hard easy weird crazy magic cute lovely perfect epic bad mean stupid dumb scary strange fast slow night morning evening dark " +
    "sunny windy freezing december november january birthday mum mom dad mummy mommy daddy grandma grandpa nana granny " +
    "hi hello hey yes no yeah nope thanks thank dear merry lucky best first last new now today tonight tomorrow there " +
    "müde gut glücklich traurig hier ein eine sehr nicht auch froh krank da zu schon jetzt aus noch " +
    "content contente très ici fatigué fatiguée heureux heureuse là un une pas si triste bien de en " +
    "feliz muy aquí una bueno buena el la niño niña contento contenta cansado cansada " +
    "felice qui molto stanco stanca"
  ).split(" "),
);

const NAME = "(\\p{L}[\\p{L}'-]*)";
// "my name is", "call me", "me llamo", "ich heiße", "je m'appelle", "mi chiamo": whatever case the name is in
const EXPLICIT = new RegExp(
  `(?<!\\p{L})(?:my name is|my name's|my names|my nam is|call me|i'm called|i am called|they call me|me llamo|mi nombre es|ich hei(?:ß|ss)e|mein name ist|je m'?\\s?app?ell?e|mon nom est|mi chiamo|il mio nome è)\\s+${NAME}`,
  "giu",
);
const I_AM = "(?:i'm|i am|im|ich bin|je suis|soy|yo soy)";
// "I'm mia." / "im mia and …" / "im mia [personal details removed]" (her surname taken out): a
// lower-case word counts only when the sentence ends after it
const IM_ENDS = new RegExp(`(?<!\\p{L})${I_AM}\\s+${NAME}(?=\\s*(?:$|[.!?,;]|(?:and|und|et|y|from)(?!\\p{L})|\\d|\\[personal details removed\\]))`, "giu");
// "I'm Mia …": a capitalised word counts anywhere
const IM_CAPITAL = new RegExp(`(?<!\\p{L})${I_AM.replace("(?:", "(?:I'm|I am|Im|Ich bin|Je suis|Soy|Yo soy|")}\\s+(\\p{Lu}[\\p{Ll}'-]+)`, "gu");
// at the start of a message or sentence, after a greeting: "its lea", "this is Tom", "Mia here"
const OPENING = "(?:^|[.!?\\n]\\s*)(?:(?:hi|hello|hey|hiya|dear santa|hola|hallo|bonjour|ciao)(?:\\s+santa)?[\\s,!]+)?";
const CASUAL = new RegExp(`${OPENING}(?:it's me,?|its me,?|it's|its|it is)\\s+${NAME}(?=\\s*(?:$|[.!?,;]|and(?!\\p{L})))`, "giu");
// "this is Tom" only with a capital: "this is boring" is about the chat
const THIS_IS = new RegExp(`${OPENING}(?:this is|this is me,?)\\s+(\\p{Lu}[\\p{Ll}'-]+)(?=\\s*(?:$|[.!?,;]|and(?!\\p{L})))`, "giu");
// a letter's signature: "Love from Ruby", "From, Jack", with the capital a name is signed with
const SIGNED = /(?:^|[.!,\n]\s*)(?:[Ll]ove(?: from)?|[Ff]rom|[Ll]ots of love|[Ww]ith love|[Yy]ours|xoxo|xo)[\s,]+(\p{Lu}\p{Ll}+)[\s.!x]*$/u;
const HERE = new RegExp(`${OPENING}${NAME}\\s+here(?!\\p{L})`, "giu");
// words that describe the child rather than name them, in the lower case a name-at-the-end needs
const DESCRIBES = /(?:ing|ed|ly|ful)$/;

const titleCase = (name: string) =>
  name
    .toLocaleLowerCase()
    .split("-")
    .map((part) => part.charAt(0).toLocaleUpperCase() + part.slice(1))
    .join("-");

const ASKS_NAME = /\b(?:your name|who (?:do i have|am i talking|is this)|what should i call you|what name (?:shall|should|can|do|will) i)\b/i;

/**
 * The name the child gives in `text`, if any (the last one when they give several). `asked`: Santa
 * has just asked for it, so a message that is only a name ("Sam!") is one.
 */
export function nameIn(text: string, options: { asked?: boolean } = {}): string | undefined {
  const plain = text.replace(/[’`]/g, "'");
  const found: { at: number; name: string }[] = [];
  const consider = (at: number, raw: string, strict: boolean) => {
    const name = raw.replace(/'s$/i, "").replace(/['-]+$/, "");
    const lower = name.toLocaleLowerCase();
    if (name.length < 2 || name.length > 20 || NOT_NAMES.has(lower) || unsuitableTopic(lower)) return;
    if (strict && name === lower && name.length > 4 && DESCRIBES.test(lower)) return;
    found.push({ at, name });
  };
  for (const m of plain.matchAll(EXPLICIT)) consider(m.index, m[1]!, false);
  for (const pattern of [IM_ENDS, IM_CAPITAL, CASUAL, THIS_IS, HERE]) {
    for (const m of plain.matchAll(pattern)) {
      // the "i" flag lets \p{Lu} match any letter; "this is" wants a capital as written
      if (pattern === THIS_IS && m[1]![0] === m[1]![0]!.toLocaleLowerCase()) continue;
      consider(m.index + m[0].length - m[1]!.length, m[1]!, true);
    }
  }
  const signed = SIGNED.exec(plain);
  if (signed) consider(plain.length, signed[1]!, false);
  if (!found.length && options.asked) {
    // the answer to "what is your name?": "Maisie", "im maisie jones and im 7", "its Leo Brown!"
    const only =
      /^\s*(?:(?:it's|its|i'm|im|i am|my name is|my names|my name's)\s+)?(\p{L}[\p{L}'-]*)(?:\s+(?:\p{L}[\p{L}'-]*|\[personal details removed\]))?\s*(?:[.!,;]+\s*|\s+and\b.*)?$/iu.exec(plain);
    if (only) consider(0, only[1]!, true);
  }
  const last = found.sort((a, b) => a.at - b.at).pop();
  return last && titleCase(last.name);
}

/** Santa's turn asks the child's name. */
export const asksName = (santaText: string | undefined): boolean => santaText !== undefined && ASKS_NAME.test(santaText);

/** The child's name as they last gave it. */
export function childNameFrom(turns: readonly Turn[]): string | undefined {
  let name: string | undefined;
  let santaSaid: string | undefined;
  for (const turn of turns) {
    if (turn.role === "child") name = nameIn(turn.text, { asked: asksName(santaSaid) }) ?? name;
    santaSaid = turn.role === "santa" ? turn.text : undefined;
  }
  return name;
}

/**
 * The most recent turns within `budgetTokens` (about four characters a token). The last turn, the
 * child's message being answered, is always kept, however long.
 */
export function withinBudget(turns: readonly Turn[], budgetTokens: number): Turn[] {
  if (!turns.length) return [];
  const kept = [turns[turns.length - 1]!];
  let used = approxTokens(kept[0]!.text);
  for (let i = turns.length - 2; i >= 0; i--) {
    const cost = approxTokens(turns[i]!.text);
    if (used + cost > budgetTokens) break;
    used += cost;
    kept.unshift(turns[i]!);
  }
  return kept;
}
