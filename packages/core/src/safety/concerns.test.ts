import { describe, expect, it } from "vitest";
import type { SafetyKind } from "../events/schemas.js";
import { CONCERN_CORPUS } from "./concerns.corpus.js";
import { CONCERN_HELD_OUT } from "./concerns.held-out.js";
import { conceptRuleSources, conceptsOfText } from "./concerns.concepts.js";
import { concernsIn, concernsOf, ruleConcernsIn, soundsWorried } from "./concerns.js";
import { normalise } from "./concerns.text.js";
import { scoreLabels, scoreTable } from "./scores.js";

describe("the safety screen over its corpus of conversations", () => {
  const results = CONCERN_CORPUS.map((c) => ({ turns: c.turns, expected: c.kinds, predicted: concernsIn(c.turns) }));
  const benign = results.filter((r) => r.expected.length === 0);
  const flaggedBenign = benign.filter((r) => r.predicted.length > 0);
  const show = (r: (typeof results)[number]) => `"${r.turns.filter((t) => t.role === "child").map((t) => t.text).join(" / ")}" → ${r.predicted.join(",") || "nothing"}`;

  it("has at least 300 conversations, disclosures and benign look-alikes", () => {
    expect(CONCERN_CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(benign.length).toBeGreaterThanOrEqual(20);
  });

  it("prints each class's recall and the benign false-positive rate", () => {
    const scores = scoreLabels(results);
    const missed = results.filter((r) => r.expected.some((k) => !r.predicted.includes(k)));
    console.log(
      [
        scoreTable(`safety screen over ${results.length} conversations (${benign.length} benign):`, scores),
        `  benign conversations flagged: ${flaggedBenign.length}/${benign.length} (${((flaggedBenign.length / benign.length) * 100).toFixed(1)}%)`,
        `  missed: ${missed.map(show).join(" | ") || "none"}`,
        `  benign flagged: ${flaggedBenign.map(show).join(" | ") || "none"}`,
      ].join("\n"),
    );
    for (const s of scores.filter((s) => s.label !== "overall")) expect(s.recall, s.label).toBeGreaterThanOrEqual(0.95);
    expect(flaggedBenign.length / benign.length).toBeLessThanOrEqual(0.1);
  });
});

describe("the safety screen over set 12, held out until it was measured", () => {
  it("finds what the rules were widened for, and prints it", () => {
    const results = CONCERN_HELD_OUT.map((c) => ({ turns: c.turns, expected: c.kinds, predicted: concernsIn(c.turns) }));
    const benign = results.filter((r) => r.expected.length === 0);
    const flagged = benign.filter((r) => r.predicted.length > 0).length;
    const missed = results.filter((r) => r.expected.some((k) => !r.predicted.includes(k))).map((r) => r.turns.map((t) => t.text).join(" / "));
    console.log(
      `${scoreTable(`safety screen over set 12, ${results.length} conversations (${benign.length} benign):`, scoreLabels(results))}\n  benign conversations flagged: ${flagged}/${benign.length}\n  missed: ${missed.join(" | ") || "none"}`,
    );
    // measured once unseen (0.758, docs/safety.md), then written against
    expect(scoreLabels(results).find((s) => s.label === "overall")!.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe("a concern raised over a conversation", () => {
  const child = (text: string) => ({ role: "child" as const, text });
  const santa = (text: string) => ({ role: "santa" as const, text });

  it("stays raised whatever the child says next", () => {
    const turns = [child("my dad hits me"), santa("Please tell a grown-up you trust."), child("ok"), santa("I am here."), child("I want a bike")];
    expect(concernsIn(turns)).toEqual<SafetyKind[]>(["abuse"]);
  });

  it("is new only on the message that raised it", () => {
    const before = [child("my dad hits me"), santa("Please tell a grown-up you trust.")];
    expect(concernsOf([...before.slice(0, 1)]).raised).toEqual(["abuse"]);
    expect(concernsOf([...before, child("I want a bike")]).raised).toEqual([]);
    expect(concernsOf([...before, child("and he says i can't tell anyone")])).toEqual({ all: ["abuse", "secrecy"], raised: ["secrecy"] });
  });

  it("is raised by a disclosure spread over two messages, and not by either alone (the rules)", () => {
    expect(ruleConcernsIn([child("my stepdad")])).toEqual([]);
    expect(ruleConcernsIn([child("hurts me when mum is out")])).toEqual([]);
    expect(ruleConcernsIn([child("my stepdad"), santa("Yes?"), child("hurts me when mum is out")])).toEqual(["abuse"]);
    // the classifier beside them reads the second half alone as what it is
    expect(concernsIn([child("my stepdad")])).toEqual([]);
    expect(concernsIn([child("hurts me when mum is out")])).toEqual(["abuse"]);
  });

  it("is raised by a yes to Santa's gentle question, and not by a yes to a merry one", () => {
    expect(concernsIn([child("something bad happened"), santa("Is someone hurting you?"), child("yeah")])).toEqual(["abuse"]);
    expect(concernsIn([child("I want a puppy"), santa("Would you like a big one?"), child("yeah")])).toEqual([]);
    expect(concernsIn([child("hi"), santa("Are you safe right now?"), child("yes")])).toEqual([]);
  });
});

describe("a message that may be the start of something hard to say", () => {
  it.each(["something bad happened at home", "can i tell you a secret", "i'm scared", "im not ok"])("%s", (text) => {
    expect(soundsWorried(text)).toBe(true);
  });
  it.each(["I'm scared of the dark", "I want a secret diary", "I'm ok thanks"])("not %s", (text) => {
    expect(soundsWorried(text)).toBe(false);
  });
});

describe("the cost of the screen on Santa's hot path", () => {
  it("prints how many child messages a second it reads (printed, not asserted)", () => {
    const texts = CONCERN_CORPUS.flatMap((c) => c.turns.filter((t) => t.role === "child").map((t) => t.text));
    // every text unique, so the cache of earlier turns does not answer
    const messages = Array.from({ length: 20_000 }, (_, i) => `${texts[i % texts.length]} ${i}`);
    for (const text of messages.slice(0, 2000)) concernsIn([{ role: "child", text: `${text} warm` }]);
    const start = performance.now();
    for (const text of messages) {
      concernsIn([{ role: "child", text }]);
      soundsWorried(text);
    }
    const seconds = (performance.now() - start) / 1000;
    console.log(`safety screen: ${Math.round(messages.length / seconds).toLocaleString("en")} child messages/s (concerns and worry, uncached)`);
  });
});

describe("the concept rules' own words", () => {
  /** the runs of lower-case words a rule spells out, lookarounds included: each alternative between "(?:", "|" and ")" */
  const literalRuns = (source: string): string[] => {
    const runs = new Set<string>();
    const cleaned = source.replace(/\\b/g, " ").replace(/\[[^\]]*\][+*?]?/g, " # ").replace(/\.?\{\d*,?\d*\}\??/g, " # ");
    for (const alternative of cleaned.split(/\(\?<?[:!=]|[()|]/)) {
      for (const run of alternative.split(/(?:^|\s)(?:[A-Z_]+|[_~=]\d+|#|[?+*])(?=\s|$)|[?+*#]/)) {
        const words = run.trim().replace(/\s+/g, " ");
        if (/^[a-z][a-z' ]*$/.test(words)) runs.add(words);
      }
    }
    return [...runs];
  };

  // A word normalisation always rewrites ("her" is OBJ, "knife" KNIFE, "will" WANT, "all night" ALWAYS)
  // can never match, so a rule spelling it silently misses what it was written for.
  it("spell no word that normalisation rewrites into a concept", () => {
    const dead = conceptRuleSources().flatMap(({ kind, source }) =>
      literalRuns(source)
        .map((run) => ({ run, read: conceptsOfText(normalise(run)).replace(/ \| $/, "").trim() }))
        .filter(({ run, read }) => read !== run)
        .map(({ run, read }) => `${kind}: "${run}" is read as "${read}" in ${source.slice(0, 80)}`),
    );
    expect(dead).toEqual([]);
  });

  it.each([
    ["mum threw her shoe at me", "abuse"],
    ["he uses her belt on me", "abuse"],
    ["my little brother was playing with a knife", "danger"],
    ["me and my friend are going to stab him tomorrow", "harm-to-others"],
    ["we are going to beat up that kid after school", "harm-to-others"],
    ["i hid the knife so my brother will die", "harm-to-others"],
    ["i slept in the shed so they won't find me", "running-away"],
    ["if you tell he said he will show the photos to my friends", "abuse"],
    ["can you make me go away forever", "self-harm"],
    ["my baby brother licked the washing up liquid", "danger"],
  ] as const)("find %s (%s)", (text, kind) => {
    expect(concernsIn([{ role: "child", text }])).toContain(kind);
  });
});
