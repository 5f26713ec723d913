// Child safety as pure functions: what a child's message or Santa's text contains that must not be
// sent to a model, shown or repeated (personal data, topics unsuitable for children), and a guard
// that screens streamed text before any of it is released.
import type { SafetyKind } from "../events/schemas.js";
import { careProblem, type CareProblem } from "../safety/care-screen.js";
import { concernsInText, ruleConcernsInText, soundsWorried } from "../safety/concerns.js";
import { findPersonalData, type PersonalDataKind } from "../safety/personal-data.js";
import { unsafeWish, type UnsafeWish } from "../safety/wishes.js";

export type UnsuitableTopic = "self_harm" | "hurt" | "adult" | "violence" | "drugs" | "profanity";

export type Verdict =
  | { ok: true }
  | { ok: false; reason: "personal_data"; kinds: PersonalDataKind[] }
  | { ok: false; reason: "unsuitable"; topic: UnsuitableTopic }
  /** Santa's text asks for (or claims to know) where a child lives or how to reach them */
  | { ok: false; reason: "asks_personal" }
  /** the child's message tells of something that needs a grown-up */
  | { ok: false; reason: "concern"; kinds: SafetyKind[] }
  /** the child's message may be the start of something hard to say: Santa gently asks */
  | { ok: false; reason: "worried" }
  /** a wish Santa must not promise */
  | { ok: false; reason: "wish"; wish: UnsafeWish }
  /** Santa's text does not fit a flagged conversation */
  | { ok: false; reason: "not_gentle"; problem: CareProblem };

export type Unsafe = Exclude<Verdict, { ok: true }>;

// Harmless phrases that contain an unsuitable word; removed before the word lists are checked.
const HARMLESS =
  /\b(?:nerf|water|toy|bubble|laser|glue|squirt|foam|snowball|dart|ray|marshmallow|paint ?ball|nail|confetti|pop) guns?\b|\b(?:root|ginger|butter) beers?\b|\bkiller whales?\b|\bshooting stars?\b|\bwine gums?\b|\bcandy cigarettes?\b|\bchocolate cigars?\b|\bbath bombs?\b|\bphoto ?bomb\w*|\bkill(?:ing)? time\b|\bdrug ?stores?\b|\bglitter bombs?\b|\b(?:kills?|killed|killing) (?:me|him|her|them|us|everyone) (?:at|in|on) \w+/g;

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

/** Screens a recorded message: a concern it tells of, what was withheld from it, else its text. */
export function screenMessage(data: { text: string; withheld?: readonly PersonalDataKind[] }): Verdict {
  const concern = ruleConcernsInText(data.text);
  if (concern.length) return { ok: false, reason: "concern", kinds: concern };
  if (data.withheld?.length) return { ok: false, reason: "personal_data", kinds: [...data.withheld] };
  return screenInput(data.text);
}

/** Screens a child's message before any model sees it; a child in trouble comes first. */
export function screenInput(text: string): Verdict {
  // the rules' concern is answered with care; what only the word classifier reads there, gently asked about
  const concern = ruleConcernsInText(text);
  if (concern.length) return { ok: false, reason: "concern", kinds: concern };
  const kinds = [...new Set(findPersonalData(text).map((s) => s.kind))];
  if (kinds.length) return { ok: false, reason: "personal_data", kinds };
  if (soundsWorried(text) || concernsInText(text).length) return { ok: false, reason: "worried" };
  const topic = unsuitableTopic(text);
  if (topic) return { ok: false, reason: "unsuitable", topic };
  const wish = unsafeWish(text);
  return wish ? { ok: false, reason: "wish", wish } : { ok: true };
}

/** Screens Santa's text before it is shown. */
export function screenOutput(text: string): Verdict {
  const kinds = [...new Set(findPersonalData(text, { phrases: false }).map((s) => s.kind))];
  if (kinds.length) return { ok: false, reason: "personal_data", kinds };
  if (ASKS_PERSONAL.test(text.replace(/[’`]/g, "'"))) return { ok: false, reason: "asks_personal" };
  const topic = unsuitableTopic(text);
  return topic ? { ok: false, reason: "unsuitable", topic } : { ok: true };
}

/** Screens Santa's text in a flagged conversation: as always, and gentle, and never promising secrecy. */
export function screenCareOutput(text: string): Verdict {
  const verdict = screenOutput(text);
  if (!verdict.ok) return verdict;
  const problem = careProblem(text);
  return problem ? { ok: false, reason: "not_gentle", problem } : { ok: true };
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
  /** how much of the text has been screened and found fine: a token that completes no word needs no screen */
  private screenedUpTo = -1;

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
    // the screen is a function of the text: the same complete words were found fine last time
    if (complete !== this.screenedUpTo) {
      const verdict = this.screen(this.text.slice(0, complete));
      if (!verdict.ok) return { ok: false, verdict };
      this.screenedUpTo = complete;
    }
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
