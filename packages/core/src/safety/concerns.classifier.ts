// A statistical second opinion beside the concern rules (concernsInText flags what either finds): one logistic regression per
// kind (one-vs-rest) over the words a child wrote in the whole conversation (unigrams, bigrams and
// character 4-grams for misspellings, read after the screen's own normalisation), trained by a fixed
// number of passes of stochastic gradient descent in a seeded order, so the same cases always give
// the same model. Plain everyday messages (EVERYDAY) are learnt as harmless beside the labelled
// cases. Thresholds per kind are chosen by 5-fold cross-validation (chooseThresholds) to catch as
// many disclosures as the classifier can while the rules and the classifier together flag at most
// about a tenth of harmless conversations, then raised so no everyday message is flagged. Measured in
// concerns.classifier.test.ts.
import { safetyKindSchema, type SafetyKind } from "../events/schemas.js";
import type { Turn } from "../santa/model.js";
import { CONCERN_BLIND } from "./concerns.blind.js";
import { CONCERN_BLIND_2 } from "./concerns.blind2.js";
import { CONCERN_CORPUS, type ConcernCase } from "./concerns.corpus.js";
import { CONCERN_HELD_OUT } from "./concerns.held-out.js";
import { CONCERN_MORE } from "./concerns.more.js";
import { normalise } from "./concerns.text.js";

export const KINDS: readonly SafetyKind[] = safetyKindSchema.options;

export type KindScores = Record<SafetyKind, number>;

export interface ClassifierOptions {
  /** the score at or above which a kind is flagged; DEFAULT_THRESHOLDS by default */
  thresholds?: Partial<KindScores>;
  /** everyday messages learnt as harmless beside the cases; EVERYDAY by default */
  background?: readonly string[];
}

/**
 * Everyday messages, learnt as harmless beside the labelled cases (never measured): the corpora's
 * harmless cases are mostly look-alikes ("i'm dying to get a bike"), so without plain wishes the
 * words of any request ("please", "i would like") lean towards a concern.
 */
export const EVERYDAY: readonly string[] = [
  "hi santa",
  "hello santa how are you",
  "dear santa i would like a bike please",
  "i would like a doll and a pram please",
  "can i have a puppy please",
  "i want a lego set and a football",
  "please can i have a nintendo switch",
  "i want a scooter and some slime",
  "can you bring me a teddy bear please",
  "i would really like a new bike for christmas",
  "i want a barbie dreamhouse and a unicorn",
  "please bring me some books and a torch",
  "i want a remote control car",
  "i would like a kitten please santa",
  "can i have roller skates and a helmet",
  "i want a drum kit but mum says it is too loud lol",
  "i have been really good this year",
  "thank you santa i love you",
  "merry christmas santa",
  "how are the reindeer",
  "what is rudolph's favourite food",
  "do elves go to school",
  "is it cold at the north pole",
  "how do you get down the chimney",
  "we are leaving out carrots and a mince pie for you",
  "my name is ella and i am six",
  "i am 8 and i live with my mum and dad and my brother",
  "my little sister wants a baby doll too",
  "can you bring my brother a dinosaur please",
  "we are going to my nan's for christmas dinner",
  "i helped mum decorate the tree",
  "my dog is called biscuit and he is fluffy",
  "i like drawing and football and minecraft",
  "i lost my tooth today",
  "it snowed today and we made a snowman",
  "i can't wait for christmas",
  "is mrs claus nice",
  "yes please",
  "no thank you",
  "ok",
  "a red one please",
  "i would like a surprise",
  "i want a phone like my sister has",
  "please could i have art stuff and glitter pens",
  "i want pokemon cards and a hoodie",
  "my favourite colour is purple",
  "we watched elf and it was so funny",
  "i love my family",
  "i want a trampoline for the garden",
  "can i have a hamster please i will look after it",
  // the family as children mention it every day: the labelled disclosures name stepdads, mums'
  // boyfriends, uncles and babysitters far more often than the harmless cases do, which alone made
  // "my stepdad" read as abuse
  "my stepdad",
  "my stepdad is making tea tonight",
  "my step dad took us to the cinema",
  "my mums boyfriend is called dave and he likes football",
  "my mums boyfriend built us a snowman",
  "my mum's boyfriend has a dog",
  "my uncle said",
  "my uncle is really tall",
  "my uncle took me fishing",
  "my auntie and uncle are coming for boxing day",
  "my babysitter is called amy",
  "our babysitter let us watch a film",
  "my stepmum made my birthday cake",
  "my step sister is 12",
  "my grandad picks me up from school",
  "my nan knits me jumpers",
  "my dads girlfriend is nice",
  "i live with my mum and my stepdad and my baby brother",
  "i go to my dads house every other weekend",
  "my cousin is sleeping over at ours",
  // school and the North Pole as children mention them every day (4 December 2026): the training
  // that grew then tells of bullying "at school every day" and of running away "to the north pole"
  // often enough that plain school days and wishes to visit read as distress and running away
  "we have school on monday",
  "i walk to school with my dad every morning",
  "school was fun today we did painting",
  "i have swimming after school on tuesdays",
  "my teacher gave me a star today",
  "we break up from school on friday",
  "i wish i could visit the north pole",
  "i want to see the north pole one day",
  "do you live at the north pole with the elves",
  "we made a north pole in my bedroom with cotton wool",
];

export interface ConcernModel {
  /** the probability of each kind, 0 to 1 */
  scores(turns: readonly Turn[]): KindScores;
  /** the kinds whose score reaches its threshold */
  kindsIn(turns: readonly Turn[]): SafetyKind[];
  readonly thresholds: Readonly<KindScores>;
  /** how many features the model knows */
  readonly features: number;
}

/**
 * Chosen in two steps (raiseThresholds), again on 4 December 2026 when the training gained 324
 * conversations (`concerns.more.ts`). First chooseThresholds over the training conversations (rules
 * OR classifier at about a tenth of the harmless look-alikes flagged in cross-validation). Then
 * each kind raised until no everyday message is flagged: the gift corpus's wish messages and the
 * messages of EVERYDAY_MESSAGES, none in the training. The first such thresholds (3 December)
 * caught "does it snow there" as abuse and "I want lego for my brother and my sister" as harm to
 * others: the look-alikes of the corpora are a poor sample of what children mostly write, and a
 * conversation of ten messages meets the per-message rate ten times. What it flags in everyday chat
 * beyond those is measured on the everyday blind set (`everyday-blind.test.ts`), never chosen on.
 */
export const DEFAULT_THRESHOLDS: Readonly<KindScores> = {
  abuse: 0.549,
  "self-harm": 0.459,
  danger: 0.761,
  "running-away": 0.546,
  "harm-to-others": 0.337,
  secrecy: 0.517,
  distress: 0.416,
};

/** How it learns, as chosen by cross-validation when it was built. */
const TRAINING = {
  /** passes of gradient descent over the cases */
  epochs: 8,
  /** the first pass's step, decaying as 1 / (1 + pass / 4) */
  learningRate: 3,
  /** weight decay on the weights a case touches */
  l2: 3e-3,
  /** how much more a positive case counts, at most (the rarer class is up-weighted up to this) */
  maxPositiveWeight: 3,
  /** a conversation's features are scaled by 1 / sqrt(max(count, this)), so a short message's few words do not each count for more */
  scaleFloor: 20,
  /** seed of the order the cases are visited in */
  seed: 1,
} as const;

const WORD = /[\p{L}\p{N}']+/gu;

/**
 * The features a conversation holds, each once: the child's words and word pairs, four-letter
 * pieces of words (for misspellings), and for a short answer ("yes", "no") the words of Santa's
 * question before it.
 */
export function featuresOf(turns: readonly Turn[]): string[] {
  const out = new Set<string>();
  turns.forEach((turn, i) => {
    if (turn.role !== "child") return;
    const words = normalise(turn.text).match(WORD) ?? [];
    for (let j = 0; j < words.length; j++) {
      const w = words[j]!;
      out.add(w);
      if (j > 0) out.add(`${words[j - 1]} ${w}`);
      if (w.length >= 3) {
        const padded = `<${w}>`;
        for (let c = 0; c + 4 <= padded.length; c++) out.add(`#${padded.slice(c, c + 4)}`);
      }
    }
    const asked = turns[i - 1];
    if (asked?.role === "santa" && words.length > 0 && words.length <= 4) {
      const answer = words[0]!;
      for (const q of asked.text.toLowerCase().match(WORD) ?? []) out.add(`?${q}|${answer}`);
    }
  });
  return [...out];
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Trains one logistic regression per kind over the cases' child turns. */
export function trainConcernClassifier(cases: readonly ConcernCase[], options: ClassifierOptions = {}): ConcernModel {
  const { epochs, learningRate: rate, l2, maxPositiveWeight, scaleFloor } = TRAINING;
  const thresholds: KindScores = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const K = KINDS.length;
  const scale = (count: number) => (count ? 1 / Math.sqrt(Math.max(count, scaleFloor)) : 0);

  const vocabulary = new Map<string, number>();
  const background = (options.background ?? EVERYDAY).map((text): ConcernCase => ({ turns: [{ role: "child", text }], kinds: [] }));
  const docs = [...cases, ...background].map(({ turns, kinds }) => {
    const features = featuresOf(turns);
    const ids: number[] = [];
    for (const f of features) {
      let id = vocabulary.get(f);
      if (id === undefined) vocabulary.set(f, (id = vocabulary.size));
      ids.push(id);
    }
    return { ids: Int32Array.from(ids), value: scale(features.length), labels: KINDS.map((k) => kinds.includes(k)) };
  });
  const V = vocabulary.size;
  // weights[f * K + k]: feature f for kind k, kept together so a case touches one run per feature
  const weights = new Float64Array(V * K);
  const bias = new Float64Array(K);
  const positiveWeight = KINDS.map((_, k) => {
    const positives = docs.filter((d) => d.labels[k]).length;
    return positives === 0 ? 1 : Math.min(maxPositiveWeight, (docs.length - positives) / positives);
  });

  const order = docs.map((_, i) => i);
  const next = random(TRAINING.seed);
  const z = new Float64Array(K);
  const g = new Float64Array(K);
  const live = new Int32Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + epoch / 4);
    for (const index of order) {
      const { ids, value, labels } = docs[index]!;
      z.set(bias);
      for (let j = 0; j < ids.length; j++) {
        const base = ids[j]! * K;
        for (let k = 0; k < K; k++) z[k]! += weights[base + k]! * value;
      }
      // only the kinds this case still teaches something (a case already scored right is skipped)
      let active = 0;
      for (let k = 0; k < K; k++) {
        const y = labels[k] ? 1 : 0;
        const gk = (sigmoid(z[k]!) - y) * (y ? positiveWeight[k]! : 1);
        if (Math.abs(gk) < 1e-3) continue;
        bias[k]! -= lr * gk;
        g[active] = gk;
        live[active++] = k;
      }
      for (let j = 0; j < ids.length && active > 0; j++) {
        const base = ids[j]! * K;
        for (let a = 0; a < active; a++) {
          const at = base + live[a]!;
          weights[at]! -= lr * (g[a]! * value + l2 * weights[at]!);
        }
      }
    }
  }

  const scores = (turns: readonly Turn[]): KindScores => {
    const ids: number[] = [];
    const features = featuresOf(turns);
    for (const f of features) {
      const id = vocabulary.get(f);
      if (id !== undefined) ids.push(id);
    }
    // scaled as in training: by all the conversation's features, known or not
    const value = scale(features.length);
    const out = {} as KindScores;
    KINDS.forEach((kind, k) => {
      let s = bias[k]!;
      for (const id of ids) s += weights[id * K + k]! * value;
      out[kind] = sigmoid(s);
    });
    return out;
  };
  return {
    scores,
    kindsIn: (turns) => {
      const s = scores(turns);
      return KINDS.filter((kind) => s[kind] >= thresholds[kind]);
    },
    thresholds,
    features: V,
  };
}

export interface ThresholdChoice {
  thresholds: KindScores;
  /** each case's out-of-fold scores, in the order given */
  scores: KindScores[];
}

/**
 * Thresholds per kind from out-of-fold scores (fold = index mod folds): lowered greedily, kind by
 * kind, where the most disclosures are caught for each harmless conversation newly flagged (one the
 * rules flag already costs nothing), until rules OR classifier would flag more than
 * `harmlessBudget` of the harmless cases.
 * Should the rules alone already pass that budget (while new look-alikes wait for the rules to be
 * widened), the classifier may still add `extraBudget` of the harmless cases. A conversation
 * flagged for a kind it does not hold counts `wrongKindCost` of a harmless one in the choice (not
 * in the budget).
 */
export function chooseThresholds(
  cases: readonly ConcernCase[],
  rules: (turns: readonly Turn[]) => readonly SafetyKind[] = () => [],
  {
    folds = 5,
    harmlessBudget = 0.1,
    extraBudget = 0.03,
    wrongKindCost = 0.1,
    ...options
  }: ClassifierOptions & { folds?: number; harmlessBudget?: number; extraBudget?: number; wrongKindCost?: number } = {},
): ThresholdChoice {
  const scores: KindScores[] = new Array(cases.length);
  for (let f = 0; f < folds; f++) {
    const model = trainConcernClassifier(
      cases.filter((_, i) => i % folds !== f),
      options,
    );
    cases.forEach((c, i) => {
      if (i % folds === f) scores[i] = model.scores(c.turns);
    });
  }
  const ruled = cases.map((c) => new Set(rules(c.turns)));
  const harmless = cases.map((c) => c.kinds.length === 0);
  const flagged = cases.map((_, i) => harmless[i]! && ruled[i]!.size > 0);
  // what the classifier has caught so far: the rules were tuned on these cases and catch nearly all
  // of them, so the classifier's own recall is what is maximised, the rules only sharing the budget
  const caught = cases.map(() => new Set<SafetyKind>());
  const wrong = cases.map(() => new Set<SafetyKind>());
  const harmlessCount = harmless.filter(Boolean).length;
  let spent = flagged.filter(Boolean).length;
  const budget = Math.max(Math.floor(harmlessBudget * harmlessCount), spent + Math.floor(extraBudget * harmlessCount));
  const thresholds = Object.fromEntries(KINDS.map((k) => [k, Infinity])) as KindScores;
  // each kind's cases from the highest score down
  const ranked = Object.fromEntries(KINDS.map((k) => [k, cases.map((_, i) => i).sort((a, b) => scores[b]![k] - scores[a]![k])])) as Record<SafetyKind, number[]>;

  for (;;) {
    let best: { kind: SafetyKind; depth: number; ratio: number; cost: number } | undefined;
    for (const kind of KINDS) {
      const list = ranked[kind];
      let gain = 0;
      let cost = 0;
      let penalty = 0;
      const newlyFlagged = new Set<number>();
      for (let d = 0; d < list.length; d++) {
        const i = list[d]!;
        const s = scores[i]![kind];
        if (s >= thresholds[kind]) continue;
        if (cases[i]!.kinds.includes(kind)) {
          if (!caught[i]!.has(kind)) gain++;
        } else if (harmless[i]) {
          if (!flagged[i] && !newlyFlagged.has(i)) {
            newlyFlagged.add(i);
            cost++;
          }
        } else if (!wrong[i]!.has(kind)) penalty++;
        if (spent + cost > budget) break;
        // a threshold only between distinct scores
        const nextScore = list[d + 1] === undefined ? -Infinity : scores[list[d + 1]!]![kind];
        if (nextScore === s || gain === 0) continue;
        const ratio = gain / (cost + wrongKindCost * penalty + 1e-9);
        if (!best || ratio > best.ratio) best = { kind, depth: d, ratio, cost };
      }
    }
    if (!best) break;
    const list = ranked[best.kind];
    const threshold = scores[list[best.depth]!]![best.kind];
    for (let d = 0; d <= best.depth; d++) {
      const i = list[d]!;
      if (cases[i]!.kinds.includes(best.kind)) caught[i]!.add(best.kind);
      else if (harmless[i]) flagged[i] = true;
      else wrong[i]!.add(best.kind);
    }
    thresholds[best.kind] = threshold;
    spent = flagged.filter(Boolean).length;
  }
  // a kind never lowered stays off (a score of 1 is never reached)
  for (const kind of KINDS) if (!Number.isFinite(thresholds[kind])) thresholds[kind] = 1.01;
  return { thresholds, scores };
}

/** Every labelled list the default model learns from. */
export const TRAINING_CASES = (): ConcernCase[] => [...CONCERN_CORPUS, ...CONCERN_HELD_OUT, ...CONCERN_BLIND, ...CONCERN_BLIND_2, ...CONCERN_MORE];

/**
 * The thresholds' second step: each kind raised, where it must be, just above the highest score
 * any of `everyday` reaches as a message of its own, so that none of them is flagged.
 */
export function raiseThresholds(model: ConcernModel, thresholds: Readonly<KindScores>, everyday: readonly string[]): KindScores {
  const raised = { ...thresholds };
  const scores = everyday.map((text) => model.scores([{ role: "child", text }]));
  for (const kind of KINDS) {
    const top = Math.max(...scores.map((s) => s[kind]));
    if (top >= raised[kind]) raised[kind] = Math.ceil((top + 0.0005) * 1000) / 1000;
  }
  return raised;
}

/** How the default model is trained (and its thresholds chosen): the everyday messages as harmless background. */
export const DEFAULT_TRAINING = (): ClassifierOptions => ({ background: EVERYDAY });

let defaultModel: ConcernModel | undefined;

/** The default model, trained on every training list the first time it is asked for. */
export function defaultConcernModel(): ConcernModel {
  return (defaultModel ??= trainConcernClassifier(TRAINING_CASES(), DEFAULT_TRAINING()));
}

/** The kinds the default model flags in a conversation. */
export const classifierConcerns = (turns: readonly Turn[]): SafetyKind[] => defaultConcernModel().kindsIn(turns);
