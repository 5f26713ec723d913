// Deterministic variety: the same seed always picks the same wording, wordings Santa has already
// used in the conversation are passed over for fresh ones (or those used longest ago), and no
// sentence he has said before is said again. Wordings may hold {placeholders} and [one|or|another]
// alternatives (nested too); a wording counts as used when an earlier reply holds one of its
// wordings (any alternatives, any values).
import { createHash } from "node:crypto";

export function seededIndex(seed: string, length: number): number {
  return createHash("sha256").update(seed).digest().readUInt32BE(0) % length;
}

const INNERMOST = /\[([^[\]]*)\]/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The words every wording of the template shares, its shortest alternatives counted. */
function fixedLength(template: string): number {
  let text = template.replace(/\{\w+\}/g, "");
  while (INNERMOST.test(text)) text = text.replace(INNERMOST, (_, inner: string) => inner.split("|").reduce((a, b) => (b.length < a.length ? b : a)));
  return text.replace(/[^\p{L}\d]/gu, "").length;
}

const patterns = new Map<string, RegExp | null>();
/** A pattern matching every wording of the template, or null when it is too short to tell apart. */
function wordingPattern(template: string): RegExp | null {
  let pattern = patterns.get(template);
  if (pattern !== undefined) return pattern;
  if (fixedLength(template) < 8) pattern = null;
  else {
    // groups become (?:a|b), placeholders any short run; the fixed text is matched literally
    const tokens = template.split(/(\[|\]|\||\{\w+\})/).filter((t) => t !== "");
    const source = tokens.map((t) => (t === "[" ? "(?:" : t === "]" ? ")" : t === "|" ? "|" : /^\{\w+\}$/.test(t) ? "[^]{0,80}?" : escape(t).replace(/ +/g, "\\s*"))).join("");
    pattern = new RegExp(source, "i");
  }
  patterns.set(template, pattern);
  return pattern;
}

/**
 * One of `options` for `seed`: one never used in `used` (Santa's earlier replies, oldest first),
 * else one of those used longest ago.
 */
export function pick(options: readonly string[], seed: string, used: readonly string[] = []): string {
  const lastUse = options.map((o) => {
    const pattern = wordingPattern(o);
    if (!pattern) return -1;
    for (let i = used.length - 1; i >= 0; i--) if (pattern.test(used[i]!)) return i;
    return -1;
  });
  const oldest = Math.min(...lastUse);
  const from = options.filter((_, i) => lastUse[i] === oldest);
  return from[seededIndex(seed, from.length)]!;
}

export type PhraseValues = Record<string, string | number | undefined>;

/** Fills {placeholders} from `values`; a missing one becomes "". */
export function fill(template: string, values: PhraseValues): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}

/** Chooses one alternative of every [a|b|c] group, innermost first, each by its own seed. */
export function expand(template: string, seed: string): string {
  let text = template;
  for (let group = 0; INNERMOST.test(text); group++) {
    text = text.replace(INNERMOST, (_, inner: string) => {
      const choices = inner.split("|");
      return choices[seededIndex(`${seed}#${group}`, choices.length)]!;
    });
  }
  return text.replace(/ {2,}/g, " ").replace(/ ([,.!?])/g, "$1");
}

/** The sentences of a text, each ending at . ! or ? ("Mrs. Claus" is one name, not two sentences) */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!\b(?:Mrs|Mr|Dr|St)\.)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A sentence as compared for repeats: case, spacing and quotes do not make it new. */
export const sentenceKey = (sentence: string): string => sentence.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, " ").trim();

const ATTEMPTS = 12;

/**
 * A wording from `options` for `seed`, filled from `values`, none of whose sentences appear in
 * `said` (everything Santa has said in the conversation, this reply so far included), and that
 * `accept` takes. The wording is chosen as `pick` chooses; when all its alternatives were said, the
 * other wordings are tried.
 */
export function phrase(
  options: readonly string[],
  seed: string,
  said: readonly string[],
  values: PhraseValues = {},
  accept: (text: string) => boolean = () => true,
): string {
  const before = new Set(said.flatMap(sentencesOf).map(sentenceKey));
  const fresh = (template: string) => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const text = fill(expand(template, `${seed}:${attempt}`), values);
      if (accept(text) && sentencesOf(text).every((s) => !before.has(sentenceKey(s)))) return text;
    }
    return undefined;
  };
  const first = pick(options, seed, said);
  const found = fresh(first);
  if (found) return found;
  // the other wordings, in an order of their own for this seed
  const rest = options
    .filter((o) => o !== first)
    .map((o) => ({ o, key: seededIndex(`${seed}:${o}`, 1 << 30) }))
    .sort((a, b) => a.key - b.key);
  for (const { o } of rest) {
    const other = fresh(o);
    if (other) return other;
  }
  return fill(expand(first, `${seed}:0`), values);
}
