// Child safety as pure functions: what a child's message or Santa's text contains that must not be
// sent to a model, shown or repeated (personal data, topics unsuitable for children), redaction of
// personal data, and a guard that screens streamed text before any of it is released.

import type { z } from "zod";
import { MAX_MESSAGE_CHARS, type personalDataKindSchema } from "../events/schemas.js";

export type PersonalDataKind = z.infer<typeof personalDataKindSchema>;
export type UnsuitableTopic = "self_harm" | "hurt" | "adult" | "violence" | "drugs" | "profanity";

export type Verdict =
  | { ok: true }
  | { ok: false; reason: "personal_data"; kinds: PersonalDataKind[] }
  | { ok: false; reason: "unsuitable"; topic: UnsuitableTopic }
  /** Santa's text asks for (or claims to know) where a child lives or how to reach them */
  | { ok: false; reason: "asks_personal" };

export type Unsafe = Exclude<Verdict, { ok: true }>;

export interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

const STREETS =
  "street st road rd avenue ave lane ln drive dr boulevard blvd court ct way place pl terrace close crescent circle cir highway hwy parkway pkwy square sq row gardens grove".split(" ");
const STREET = `(?:${STREETS.join("|")})`;
const CAPITAL_STREET = `(?:${STREETS.map((s) => s[0]!.toUpperCase() + s.slice(1)).join("|")})`;
/** a word of a street or school name: not a little word that joins a sentence together */
const NAME_WORD = "(?:(?!(?:and|or|a|an|the|for|to|of|with|my|i|some|in|on|at|is|it|me|lots|many)\\b)[a-z][\\w'.-]*\\s+)";

// Structural patterns hold whoever writes them; the child's patterns ("my address is", a street
// typed in lower case) only say something when a child writes them (Santa's own address is the
// North Pole, and his reindeer drive the sleigh).
const STRUCTURAL: [PersonalDataKind, RegExp][] = [
  ["email", /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi],
  ["email", /\b[\w.+-]+\s+(?:at|\(at\)|\[at\])\s+[\w-]+\s+(?:dot|\(dot\)|\[dot\])\s+(?:com|net|org|co|uk|edu|me|io)\b/gi],
  // as addresses are written: "42 Elm Street" (Santa may well say "8 reindeer drive the sleigh")
  ["address", new RegExp(`\\b\\d{1,6}[A-Za-z]?,?\\s+(?:[A-Z][\\w'.-]*\\s+){1,4}${CAPITAL_STREET}\\b\\.?`, "g")],
  ["address", /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g],
];
const PHRASES: [PersonalDataKind, RegExp][] = [
  // as children type them: "42 elm street"
  ["address", new RegExp(`\\b\\d{1,6}[a-z]?,?\\s+${NAME_WORD}{1,4}${STREET}\\b\\.?`, "gi")],
  ["address", /\b(?:my|our) (?:home |house |street |real )?address is\b[^.!?\n]*/gi],
  ["address", new RegExp(`\\bi live (?:at|on) (?:number )?(?:\\d[\\w'-]*(?:\\s+(?!and\\b|but\\b)[\\w'.-]*\\w){0,4}|${NAME_WORD}{1,4}${STREET}\\b)`, "gi")],
  ["address", /\b(?:my )?(?:zip|postal|post) ?code is\b[\w -]*/gi],
  ["school", new RegExp(`\\b(?:i go to|i attend|my school is|i'?m at|i am at)\\s+${NAME_WORD}{1,4}(?:school|elementary|primary|academy|kindergarten)\\b`, "gi")],
  ["password", /\b(?:my |the |our )?(?:password|passcode|pin(?: code| number)?) is\b[^.!?\n]*/gi],
];

const NUMBER_RUN = /(?<![\w@])\+?\(?\d[\d \t().-]*\d(?![\w@])/g;
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{2,4})$/;

/** Phone-like and card-like numbers: 7 to 19 digits that are not a date or a count like "1 2 3 4". */
function numberSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(NUMBER_RUN)) {
    const run = m[0].trim();
    const digits = run.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 19 || DATE.test(run)) continue;
    if (Math.max(...run.split(/\D+/).map((g) => g.length)) < 2) continue;
    spans.push({ kind: digits.length > 15 ? "card" : "phone", start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Where personal data is in `text`; `phrases` adds what only a child's own words reveal. */
export function findPersonalData(text: string, options: { phrases?: boolean } = {}): Span[] {
  const spans = numberSpans(text);
  for (const [kind, pattern] of options.phrases === false ? STRUCTURAL : [...STRUCTURAL, ...PHRASES]) {
    for (const m of text.matchAll(pattern)) spans.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const REDACTED = "[personal details removed]";

/** The text with every piece of personal data replaced, for history sent to a remote model. */
export function redactPersonalData(text: string): string {
  let out = "";
  let at = 0;
  for (const span of findPersonalData(text)) {
    if (span.end <= at) continue;
    // a span overlapping one already replaced only widens it
    if (span.start >= at) out += text.slice(at, span.start) + REDACTED;
    at = span.end;
  }
  return out + text.slice(at);
}

// Harmless phrases that contain an unsuitable word; removed before the word lists are checked.
const HARMLESS =
  /\b(?:nerf|water|toy|bubble|laser|glue|squirt|foam|snowball|dart|ray|marshmallow|paint ?ball|nail|confetti|pop) guns?\b|\b(?:root|ginger|butter) beers?\b|\bkiller whales?\b|\bshooting stars?\b|\bwine gums?\b|\bcandy cigarettes?\b|\bchocolate cigars?\b|\bbath bombs?\b|\bphoto ?bomb\w*|\bkill(?:ing)? time\b|\bdrug ?stores?\b|\bglitter bombs?\b/g;

const TOPICS: [UnsuitableTopic, RegExp][] = [
  ["self_harm", /\b(?:kill|hurt|cut|harm) (?:my ?self|myself)\b|\b(?:want|wanna|going) to die\b|\bwanna die\b|\bsuicid\w*|\bend my life\b|\bdon'?t want to (?:live|be alive)\b/],
  ["hurt", /\b(?:someone|somebody|he|she|they|my \w+|a \w+|the \w+) (?:keeps )?(?:hits|hurts|touches|touched|hit|hurt|beats|kicks|punches) me\b|\bbull(?:y|ies|ied|ying)\b|\b(?:hits|hurts|touches) me\b/],
  ["adult", /\b(?:sex\w*|porn\w*|naked|nude\w*|boobs?|penis\w*|vagina\w*|condoms?|make ?out|horny|strip ?club)\b/],
  ["violence", /\b(?:kill\w*|murder\w*|stab(?:s|bed|bing)?|shoot (?:him|her|them|you|people|someone|everyone)|(?:school|mass) shootings?|bombs?|terroris\w*|behead\w*|tortur\w*|gore|guns?|rifles?|pistols?|grenades?|beat (?:him|her|them|you) up)\b/],
  ["drugs", /\b(?:drugs?|cocaine|heroin|meth|weed|marijuana|cannabis|vap(?:e|es|ing)|cigarettes?|cigars?|beers?|wine|vodka|whiske?y|rum|alcohol\w*|drunk)\b/],
  ["profanity", /\b(?:fuck\w*|shit\w*|bitch\w*|bastards?|ass|asshole\w*|dick(?:s|head\w*)?|cunt\w*|damn\w*|piss\w*|whore\w*|slut\w*|wtf|stfu)\b/],
];

export function unsuitableTopic(text: string): UnsuitableTopic | undefined {
  const plain = text.toLowerCase().replace(/[’`]/g, "'").replace(HARMLESS, " ");
  return TOPICS.find(([, pattern]) => pattern.test(plain))?.[0];
}

const PRIVATE = "(?:home |house |street |full |real )?(?:address|phone|phone number|number|email|e-mail|school|password|pin|last name|surname)";
const ASKS_PERSONAL = new RegExp(
  `\\b(?:what(?:'s| is) your ${PRIVATE}|(?:tell|give|send) me your ${PRIVATE}|where do you live|tell me where you live|which school|what school do you|i know where you live|send me (?:a )?(?:photo|picture|selfie))`,
  "i",
);

/**
 * A child's message as kringle records it: personal data replaced (so it is in no log, table or
 * archive) and the kinds that were taken out, for Santa to answer gently.
 */
export function withholdPersonalData(text: string): { text: string; withheld: PersonalDataKind[] } {
  const withheld = [...new Set(findPersonalData(text).map((s) => s.kind))];
  return withheld.length ? { text: redactPersonalData(text).slice(0, MAX_MESSAGE_CHARS), withheld } : { text, withheld };
}

/** Screens a recorded message: what was withheld from it, else its text. */
export function screenMessage(data: { text: string; withheld?: readonly PersonalDataKind[] }): Verdict {
  if (data.withheld?.length) return { ok: false, reason: "personal_data", kinds: [...data.withheld] };
  return screenInput(data.text);
}

/** Screens a child's message before any model sees it. */
export function screenInput(text: string): Verdict {
  const kinds = [...new Set(findPersonalData(text).map((s) => s.kind))];
  if (kinds.length) return { ok: false, reason: "personal_data", kinds };
  const topic = unsuitableTopic(text);
  return topic ? { ok: false, reason: "unsuitable", topic } : { ok: true };
}

/** Screens Santa's text before it is shown. */
export function screenOutput(text: string): Verdict {
  const kinds = [...new Set(findPersonalData(text, { phrases: false }).map((s) => s.kind))];
  if (kinds.length) return { ok: false, reason: "personal_data", kinds };
  if (ASKS_PERSONAL.test(text.replace(/[’`]/g, "'"))) return { ok: false, reason: "asks_personal" };
  const topic = unsuitableTopic(text);
  return topic ? { ok: false, reason: "unsuitable", topic } : { ok: true };
}

/** How many trailing words stay held while one of them has a digit or an "@" in it. */
const HOLD_WORDS = 8;

export type GuardStep = { ok: true; release: string } | { ok: false; verdict: Unsafe };

/**
 * Screens streamed text before it is released. The partial last word is held (a word cut in two
 * can hide a bad one), and so is everything from a number or "@" within the last few words, so a
 * phone number, email or street address is screened whole before any of it goes out.
 */
export class OutputGuard {
  private text = "";
  private releasedUpTo = 0;

  constructor(private readonly screen: (text: string) => Verdict = screenOutput) {}

  /** The text released so far. */
  get released(): string {
    return this.text.slice(0, this.releasedUpTo);
  }

  push(delta: string): GuardStep {
    this.text += delta;
    const { complete, release } = holdPoints(this.text);
    return this.step(complete, release);
  }

  /** The stream ended: screens and releases the rest. */
  end(): GuardStep {
    return this.step(this.text.length, this.text.length);
  }

  /**
   * Ends the text early: whatever is held is dropped, and `ending` (trusted text) follows what was
   * released. Returns the text to release.
   */
  finish(ending: string): string {
    const sofar = this.released;
    const spaced = /\s$/.test(sofar) ? "" : " ";
    const joint = !sofar ? "" : /[.!?]["')]?\s*$/.test(sofar) ? spaced : `${spaced}— `;
    this.text = sofar + joint + ending;
    this.releasedUpTo = this.text.length;
    return joint + ending;
  }

  /** Screens the complete words (a partial "ass" may yet become "assistant"), releases up to `upTo`. */
  private step(complete: number, upTo: number): GuardStep {
    const verdict = this.screen(this.text.slice(0, complete));
    if (!verdict.ok) return { ok: false, verdict };
    const release = this.text.slice(this.releasedUpTo, Math.max(this.releasedUpTo, upTo));
    this.releasedUpTo = Math.max(this.releasedUpTo, upTo);
    return { ok: true, release };
  }
}

/** Where the complete words end, and how far text may be released. */
function holdPoints(text: string): { complete: number; release: number } {
  const words = [...text.matchAll(/\S+\s*/g)];
  // the last word may still be growing unless whitespace follows it
  const last = words[words.length - 1];
  const done = last && /\s$/.test(last[0]) ? words : words.slice(0, -1);
  const end = done[done.length - 1];
  const complete = end ? end.index + end[0].length : 0;
  const risky = words.slice(-HOLD_WORDS).find((w) => /[\d@]/.test(w[0]));
  return { complete, release: risky ? Math.min(complete, risky.index) : complete };
}
