// Gift names as the elves want to count them: lower case, no articles or quantities, singular, and
// small misspellings of common toys corrected against a built-in vocabulary ("nintendo swich").

/** Common gifts as they are counted; an alias after "=" is another way children write the first. */
const VOCABULARY = [
  "lego=legos=lego set=lego sets",
  "puppy=puppy dog",
  "kitten=kitty",
  "dog",
  "cat",
  "bunny=bunny rabbit",
  "rabbit",
  "hamster",
  "guinea pig",
  "pony",
  "horse",
  "goldfish",
  "doll",
  "baby doll",
  "dollhouse=doll house=dolls house=doll's house",
  "teddy bear=teddy=teddybear",
  "stuffed animal",
  "unicorn",
  "barbie=barbie doll",
  "action figure",
  "nintendo switch=switch=nintendo",
  "playstation 5=ps5=playstation=play station=playstation five",
  "xbox",
  "video game",
  "tablet",
  "ipad",
  "iphone",
  "phone",
  "laptop",
  "computer",
  "headphones",
  "smartwatch=smart watch",
  "camera",
  "drone",
  "robot",
  "remote control car=rc car=remote controlled car",
  "train set",
  "toy train",
  "race track",
  "slime",
  "play-doh=playdoh=play doh=playdough",
  "paint set",
  "art set",
  "colouring book=coloring book",
  "book",
  "puzzle",
  "jigsaw puzzle",
  "board game",
  "kite",
  "sledge",
  "sled",
  "snowboard",
  "skis",
  "trampoline",
  "bike",
  "bicycle",
  "scooter",
  "skateboard",
  "roller skates=roller skate=rollerskates",
  "ice skates=ice skate",
  "football",
  "soccer ball",
  "basketball",
  "ball",
  "guitar",
  "drum=drums",
  "drum kit=drum set",
  "piano",
  "keyboard",
  "violin",
  "microphone",
  "karaoke machine",
  "telescope",
  "microscope",
  "chemistry set",
  "science kit",
  "magic set=magic kit",
  "dinosaur",
  "rubik's cube=rubiks cube=rubix cube",
  "yo-yo=yoyo",
  "fidget spinner",
  "pokemon cards=pokémon cards=pokemon card",
  "nerf gun=nerf blaster",
  "water gun",
  "watch",
  "necklace",
  "bracelet",
  "makeup kit=make up kit=makeup set",
  "castle",
  "princess dress",
  "costume",
  "pyjamas=pajamas=pjs",
  "slippers",
  "socks",
  "scarf",
  "gloves",
  "mittens",
  "jumper",
  "sweater",
  "hoodie",
  "backpack",
  "bouncy castle",
  "treehouse=tree house",
  "tent",
  "squishmallow",
  "hot wheels",
  "monster truck",
  "fire truck=fire engine",
  "tractor",
  "minecraft",
  "hatchimal",
  "walkie talkie=walkie talkies=walkie-talkie",
];

interface Entry {
  canonical: string;
  /** every way of writing it, the canonical first */
  forms: string[];
}

const ENTRIES: Entry[] = VOCABULARY.map((line) => {
  const forms = line.split("=");
  return { canonical: forms[0]!, forms };
});
const BY_FORM = new Map(ENTRIES.flatMap((e) => e.forms.map((f) => [f, e.canonical] as const)));
/** the words the vocabulary is written with, for correcting one word of a longer name */
const WORDS = new Set(ENTRIES.flatMap((e) => e.forms.flatMap((f) => f.split(" "))));
/** one-word gifts: a longer name ending in one ("red bike") is a kind of it */
const ONE_WORD = new Set(ENTRIES.filter((e) => !e.canonical.includes(" ")).map((e) => e.canonical));

// nouns that name one thing in the plural, and plurals that are not a simple "s"
const PLURAL_ONLY = new Set(
  "headphones earphones earbuds pyjamas pajamas pjs binoculars glasses sunglasses goggles trousers jeans leggings shorts tights pants clothes sweets scissors skis socks gloves mittens slippers wheels hot drums lego legos cards boots skates".split(" "),
);
const IRREGULAR: Record<string, string> = { mice: "mouse", geese: "goose", children: "child", teeth: "tooth", feet: "foot", knives: "knife", wolves: "wolf", elves: "elf", fish: "fish", sheep: "sheep", dice: "dice", ponies: "pony" };

/** One word in the singular ("puppies" → "puppy", "boxes" → "box"), pair-nouns as they are. */
export function singular(word: string): string {
  if (PLURAL_ONLY.has(word) || word.length <= 3) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(?:ch|sh|x|ss|zz)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is|ous)$/.test(word)) return word;
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many typos a name of this length may carry and still be recognised (none in short words). */
const tolerance = (length: number) => (length >= 8 ? 2 : length >= 5 ? 1 : 0);

/** The closest of `candidates` to `word` within tolerance, beginning with the same letter. */
function closest(word: string, candidates: Iterable<string>): string | undefined {
  // a four-letter word may only have lost a letter ("pupy"): "bike" is not a misspelt "kite"
  const short = word.length === 4;
  const max = short ? 1 : tolerance(word.length);
  if (max === 0) return undefined;
  let best: { form: string; d: number } | undefined;
  for (const form of candidates) {
    if (form[0] !== word[0] || (short && form.length !== 5)) continue;
    const d = editDistance(word, form, max);
    if (d <= max && (!best || d < best.d)) best = { form, d };
  }
  return best?.form;
}

const HEAD_ENDS = new Set(["about", "with", "of", "for", "from", "that", "like", "in", "on"]);
/** The head noun: the word before "about", "with", "of"… ("books about dinosaurs"), else the last. */
function headOf(words: readonly string[]): number {
  const preposition = words.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w));
  return preposition > 0 ? preposition - 1 : words.length - 1;
}

export interface GiftName {
  gift: string;
  /** the name is in the vocabulary (as written or corrected) */
  known: boolean;
  /** a misspelling was corrected */
  corrected: boolean;
}

/**
 * A gift phrase as the elves count it, or undefined when nothing is left of it. `phrase` is what
 * follows "I want" once the articles, quantities and trailing words are gone ("red bikes").
 */
export function normalizeGift(phrase: string, options: { correct?: boolean } = {}): GiftName | undefined {
  const correct = options.correct ?? true;
  // children repeat the same few gifts; the misspelling search is the costly part
  const key = correct ? phrase : `\u0000${phrase}`;
  if (NORMALIZED.has(key)) return NORMALIZED.get(key);
  if (NORMALIZED.size >= 10_000) NORMALIZED.clear();
  const name = normalize(phrase, correct);
  NORMALIZED.set(key, name);
  return name;
}

const NORMALIZED = new Map<string, GiftName | undefined>();

/** `correct`: misspellings are corrected against the vocabulary (not for words of other languages). */
function normalize(phrase: string, correct: boolean): GiftName | undefined {
  const cleaned = phrase
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}' -]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:a|an|the|some) /, "");
  if (!cleaned) return undefined;
  const exact = BY_FORM.get(cleaned);
  if (exact) return { gift: exact, known: true, corrected: false };
  const words = cleaned.split(" ");
  const head = headOf(words);
  const single = words.map((w, i) => (i === head ? singular(w) : w)).join(" ");
  const known = BY_FORM.get(single);
  if (known) return { gift: known, known: true, corrected: false };
  if (!correct) return { gift: single, known: false, corrected: false };
  const near = closest(cleaned, BY_FORM.keys()) ?? closest(single, BY_FORM.keys());
  if (near) return { gift: BY_FORM.get(near)!, known: true, corrected: true };
  // one misspelt word in a longer name: "red bycicle" → "red bicycle"
  const fixed = single.split(" ").map((w) => (WORDS.has(w) || WORDS.has(singular(w)) ? w : (closest(w, WORDS) ?? w)));
  const corrected = fixed.join(" ") !== single;
  const joined = fixed.join(" ");
  const vocabulary = BY_FORM.get(joined);
  return { gift: vocabulary ?? joined, known: vocabulary !== undefined || ONE_WORD.has(fixed[fixed.length - 1]!), corrected };
}

// gifts counted without "a": what comes by the handful, or has a brand's name
const NO_ARTICLE = new Set("lego slime play-doh minecraft hot wheels barbie pokemon cards headphones pyjamas slippers socks gloves mittens skis roller skates ice skates drums".split(" ").concat(["hot wheels", "pokemon cards", "roller skates", "ice skates"]));

/** A gift as Santa says it in a sentence: "a kite", "an xbox", "lego", "roller skates". */
export function withArticle(gift: string): string {
  const words = gift.split(" ");
  const head = words[headOf(words)]!;
  if (NO_ARTICLE.has(gift) || NO_ARTICLE.has(head) || PLURAL_ONLY.has(head) || (head.endsWith("s") && singular(head) !== head)) return gift;
  return `${/^(?:[aeiou]|x[^aeiou])/.test(gift) ? "an" : "a"} ${gift}`;
}

/** The vocabulary's canonical names, for docs and tests. */
export const KNOWN_GIFTS: readonly string[] = ENTRIES.map((e) => e.canonical);
