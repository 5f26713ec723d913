// The safety screen over a whole conversation: what a child may be telling Santa that needs a
// grown-up (abuse, self-harm, danger, running away, harming others, secrecy, distress), read from
// every child turn, from a disclosure spread over two messages, and from a child's answer to
// Santa's gentle question. A pure function of the turns, so once raised a concern stays raised.
import { safetyKindSchema, type SafetyKind } from "../events/schemas.js";
import type { Turn } from "../santa/model.js";
import { classifierConcerns, defaultConcernModel } from "./concerns.classifier.js";
import { conceptConcerns } from "./concerns.concepts.js";
import { languageConcerns } from "./concerns.languages.js";
import { normalise } from "./concerns.text.js";

/** Santa's gentle questions, each with the concern its answer can raise and which answer raises it. */
const QUESTIONS: { kind: SafetyKind; asks: RegExp; worrying: "yes" | "no" }[] = [
  { kind: "abuse", asks: /\b(?:is|are|does|did|has) (?:someone|somebody|anyone|anybody|he|she|they|a grown-?up)\b[^?]*\b(?:hurt\w*|hit\w*|touch\w*|scar\w*|frighten\w*)\b[^?]*\byou\b[^?]*\?/, worrying: "yes" },
  { kind: "self-harm", asks: /\b(?:thinking (?:about|of)|want to|wanting to|feel like) (?:hurting|hurt|harming|harm|killing|kill) yourself\b|\b(?:thoughts|thinking) (?:of|about) (?:dying|not being here)\b/, worrying: "yes" },
  { kind: "danger", asks: /\bare you safe\b|\bdo you feel safe\b/, worrying: "no" },
  { kind: "danger", asks: /\bare you in danger\b/, worrying: "yes" },
  { kind: "running-away", asks: /\b(?:thinking|planning) (?:about|of|on) (?:running|leaving|going)\b|\bwant to (?:run away|leave home)\b/, worrying: "yes" },
  { kind: "harm-to-others", asks: /\b(?:want|thinking about|going|planning) to hurt (?:him|her|them|someone|somebody|anybody|anyone)\b/, worrying: "yes" },
  { kind: "secrecy", asks: /\b(?:told|asked|made) you (?:to )?(?:keep|not tell|promise)\b|\bkeep (?:it|a|this) secret\b/, worrying: "yes" },
  { kind: "distress", asks: /\b(?:are you|do you feel|have you been) (?:feeling )?(?:sad|lonely|alone|worried|upset)\b/, worrying: "yes" },
  { kind: "distress", asks: /\b(?:are you|is everything|are things) (?:feeling )?(?:ok|okay|alright|all right|good)\b/, worrying: "no" },
];

const YES = /^(?:yes|yeah|yea|yeh|ya|yep|yup|yes please|mhm|mm+ ?hm+|uh ?huh|i think so|sort of|kind of|kinda|a bit|a little|maybe|sometimes|every day|all the time|always|he does|she does|they do|it does|i do|true|right|ok yes|yes he does|yes she does|yes they do)\b/;
const NO = /^(?:no|nope|nah|not really|not at all|i'm not|i am not|i don't know|i dunno|idk|no i'm not|no i am not|not safe)\b/;


// Each reply reads the whole conversation again, so what earlier turns disclose is remembered
// (a bounded cache of a pure function: the answer never changes).
const CACHE_SIZE = 2000;
const cache = new Map<string, { rules: SafetyKind[]; either: SafetyKind[] }>();

/** Trains the classifier now (about 200 ms), so a Lambda's init or a thread's start pays it, not a child's first message. */
export const warmConcernScreen = (): void => void defaultConcernModel();

function screened(text: string): { rules: SafetyKind[]; either: SafetyKind[] } {
  const hit = cache.get(text);
  if (hit) return hit;
  const ruled = new Set([...conceptConcerns(normalise(text)), ...languageConcerns(text.toLowerCase())]);
  // the rules, and a second opinion that has learnt the words of every labelled conversation (rules
  // miss wording nobody wrote a rule for; the classifier misses what it never saw: either flags)
  const either = new Set([...ruled, ...classifierConcerns([{ role: "child", text }])]);
  const answer = { rules: safetyKindSchema.options.filter((k) => ruled.has(k)), either: safetyKindSchema.options.filter((k) => either.has(k)) };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, answer);
  return answer;
}

/** The concerns the rules alone find in one piece of a child's writing: Santa answers these with care. */
export const ruleConcernsInText = (text: string): SafetyKind[] => screened(text).rules;

/** The concerns one piece of a child's writing discloses on its own, to the rules or the classifier: each needs a grown-up. */
export const concernsInText = (text: string): SafetyKind[] => screened(text).either;

/** The concern a child's short answer raises, read with the gentle question Santa asked before it. */
function answered(question: string | undefined, answer: string): SafetyKind[] {
  if (!question) return [];
  const reply = normalise(answer).replace(/^(?:um+|uh+|well|santa|ok|okay)[ ,]+/, "");
  // an answer, not a new subject: a few words at most
  if (reply.split(" ").length > 8) return [];
  const asked = question.toLowerCase().replace(/[’`]/g, "'");
  return QUESTIONS.filter((q) => q.asks.test(asked) && (q.worrying === "yes" ? YES : NO).test(reply)).map((q) => q.kind);
}

/**
 * The concerns a conversation raises, each once, in the order raised (`all`): from each child
 * turn, from each two child turns read together, and from a child's answer to the question Santa
 * asked; and those its last turn raised first (`raised`).
 */
export function concernsOf(turns: readonly Turn[], read: (text: string) => SafetyKind[] = concernsInText): { all: SafetyKind[]; raised: SafetyKind[] } {
  const seen = new Set<SafetyKind>();
  let raised: SafetyKind[] = [];
  let previousChild: string | undefined;
  let lastSanta: string | undefined;
  for (const turn of turns) {
    if (turn.role === "santa") {
      lastSanta = turn.text;
      continue;
    }
    const kinds = [
      ...read(turn.text),
      ...(previousChild !== undefined ? read(`${previousChild} ${turn.text}`) : []),
      ...answered(lastSanta, turn.text),
    ];
    raised = [...new Set(kinds)].filter((k) => !seen.has(k));
    for (const kind of raised) seen.add(kind);
    previousChild = turn.text;
    lastSanta = undefined;
  }
  return { all: [...seen], raised: turns[turns.length - 1]?.role === "child" ? raised : [] };
}

/** The concerns a conversation raises, each once, in the order raised. */
export const concernsIn = (turns: readonly Turn[]): SafetyKind[] => concernsOf(turns).all;

/** The concerns the rules alone raise over a conversation (the classifier's measure sets them beside it). */
export const ruleConcernsIn = (turns: readonly Turn[]): SafetyKind[] => concernsOf(turns, ruleConcernsInText).all;

// Words that sound like a child may want to say something hard, without saying what: Santa asks gently.
const WORRYING =
  /\b(?:something (?:bad|scary|horrible|sad) (?:happened|happens|is happening)|bad things happen|i'm (?:really |so |very )?(?:scared|frightened|afraid)(?: of (?:him|her|them|home|going home))?$|i'm (?:really |so |very )?(?:scared|frightened|afraid)\b(?! of (?:the )?(?:dark|spiders?|dogs?|monsters?|ghosts?|clowns?|thunder|heights|bees|wasps|snakes?))|can i tell you (?:a secret|something)|i have a (?:secret|bad secret)|i don't feel (?:ok|okay|good|right)|i'm not (?:ok|okay)|it's not ok at home|i don't like (?:it )?(?:at home|when (?:he|she|they)))/;

/** A message that may be the start of something hard to say, so Santa gently asks. */
export function soundsWorried(text: string): boolean {
  return WORRYING.test(normalise(text));
}
