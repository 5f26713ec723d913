import { afterAll, describe, expect, it } from "vitest";
import { derivedId } from "../events/ids.js";
import { makeEvent } from "../events/make-event.js";
import type { EventOf, KringleEvent } from "../events/schemas.js";
import type { Entry } from "../protocol/frames.js";
import type { Model, ModelEvent, ModelRequest, Turn } from "../santa/model.js";
import { NorthPoleModel } from "../santa/models/north-pole.js";
import { languageOfText } from "../santa/models/north-pole-languages.js";
import { screenCareOutput } from "../santa/safety.js";
import { SAFETY_SCREEN_MODEL } from "../santa/santa.decisions.js";
import { CONTENT_FILTERED, replyTo } from "../santa/santa.reactor.js";
import { careProblem } from "./care-screen.js";
import { CONCERN_CORPUS } from "./concerns.corpus.js";

const C = "c_flagged";
const message = (text: string, messageId = "m_next") => makeEvent("message.sent", C, { messageId, text }, { id: `e_${messageId}` }) as EventOf<"message.sent">;

/** The transcript a projection would hold for these turns. */
function transcriptOf(turns: readonly Turn[]): Entry[] {
  return turns.map((t, i) =>
    t.role === "child"
      ? { kind: "message", position: i + 1, messageId: `m_${i}`, text: t.text, at: "" }
      : { kind: "reply", position: i + 1, replyId: `r_${i}`, inReplyTo: `m_${i - 1}`, text: t.text, lastSeq: 0, status: "completed", at: "" },
  );
}

/** A model that streams the given pieces and records what it was asked. */
function scripted(pieces: string[]) {
  const model = {
    id: "scripted-1",
    requests: [] as ModelRequest[],
    async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
      model.requests.push(request);
      for (const text of pieces) yield { type: "text", text };
      yield { type: "done", stopReason: "end_turn", usage: { input: 1, output: pieces.length } };
    },
  } satisfies Model & Record<string, unknown>;
  return model;
}

async function reply(msg: EventOf<"message.sent">, turns: readonly Turn[] = [], model: Model = new NorthPoleModel({ wordDelayMs: 0 })) {
  const log: KringleEvent[] = [];
  await replyTo(msg, {
    log: { append: async (events) => void log.push(...events) },
    model,
    prompt: { version: "v9", text: "You are Santa.", care: "Care mode: be gentle." },
    transcript: async () => transcriptOf(turns),
    today: () => new Date("2026-12-01T12:00:00Z"),
  });
  const of = <T extends KringleEvent["type"]>(type: T) => log.filter((e): e is EventOf<T> => e.type === type);
  return { log, of, text: of("reply.completed")[0]?.data.text ?? "", started: of("reply.started")[0]!.data };
}

const child = (text: string): Turn => ({ role: "child", text });
const santa = (text: string): Turn => ({ role: "santa", text });

describe("a child's disclosure", () => {
  it("that only the word classifier reads is flagged for a grown-up, and Santa gently asks rather than answering it as told", async () => {
    const model = scripted(["should not be asked"]);
    const { of, text } = await reply(message("hurts me when mum is out"), [], model);
    expect(of("safety.flagged").map((e) => e.data.kind)).toEqual(["abuse"]);
    expect(model.requests).toEqual([]);
    expect(text).toMatch(/Is someone hurting you or making you feel unsafe\?/);
    expect(text).not.toMatch(/Nobody is allowed to hurt you/);
    // a yes to his question is a concern the rules know: the model is asked in care mode, and nothing is flagged twice
    const careful = scripted(["I am so glad you told me. ", "Please tell a grown-up you trust."]);
    const next = await reply(message("yes", "m_yes"), [child("hurts me when mum is out"), santa(text)], careful);
    expect(next.of("safety.flagged").map((e) => e.data.kind)).toEqual([]);
    expect(careful.requests[0]!.memory?.concern).toEqual(["abuse"]);
    expect(careful.requests[0]!.system).toContain("Care mode: be gentle.");
  });

  it("is flagged once per kind, with ids from the message, and answered gently without any model", async () => {
    const msg = message("my uncle hits me and he says i can't tell anyone");
    const model = scripted(["should not be asked"]);
    const { of, text, started } = await reply(msg, [], model);
    expect(model.requests).toHaveLength(0);
    expect(started.model).toBe(SAFETY_SCREEN_MODEL);
    expect(of("safety.flagged").map((e) => [e.id, e.data])).toEqual([
      [derivedId(msg.id, "safety.flagged", "abuse"), { messageId: "m_next", kind: "abuse" }],
      [derivedId(msg.id, "safety.flagged", "secrecy"), { messageId: "m_next", kind: "secrecy" }],
    ]);
    expect(text).toMatch(/grown-up you trust/);
    expect(text).toMatch(/(?:not|never) your fault/);
    expect(screenCareOutput(text)).toEqual({ ok: true });
  });

  it.each([
    ["es", "mi papá me pega", /adulto de confianza/],
    ["de", "mein papa schlägt mich", /Erwachsenen, dem du vertraust/],
    ["fr", "mon beau-père me frappe", /adulte de confiance/],
  ])("in %s is flagged and answered gently in that language", async (language, text, grownUp) => {
    const model = scripted(["should not be asked"]);
    const { of, text: said } = await reply(message(text), [], model);
    expect(model.requests).toHaveLength(0);
    expect(of("safety.flagged").map((e) => e.data.kind)).toEqual(["abuse"]);
    expect(said).toMatch(grownUp);
    expect(languageOfText(said)).toBe(language);
    expect(screenCareOutput(said)).toEqual({ ok: true });
  });

  it("gives the very same events when the reply is run again", async () => {
    const a = await reply(message("i want to die"));
    const b = await reply(message("i want to die"));
    expect(a.log.map((e) => e.id)).toEqual(b.log.map((e) => e.id));
  });

  it("spread over two messages is flagged on the second, and the model is asked in care mode", async () => {
    const model = scripted(["I am here for you. ", "Please tell a grown-up you trust."]);
    const { of, text } = await reply(message("its our game"), [child("my uncle said"), santa("I am listening.")], model);
    expect(of("safety.flagged").map((e) => e.data)).toEqual([{ messageId: "m_next", kind: "secrecy" }]);
    expect(model.requests[0]!.memory?.concern).toEqual(["secrecy"]);
    expect(model.requests[0]!.system).toContain("Care mode: be gentle.");
    expect(model.requests[0]!.system).toContain("needs a grown-up (secrecy)");
    expect(text).toBe("I am here for you. Please tell a grown-up you trust.");
  });

  it("spread over two messages, where the second trips another screen, gets the care reply", async () => {
    const { of, text } = await reply(message("hurts me when mum is out"), [child("my stepdad"), santa("I am listening.")]);
    expect(of("safety.flagged").map((e) => e.data.kind)).toEqual(["abuse"]);
    expect(text).toMatch(/Nobody is allowed to hurt you|not okay/);
  });

  it("as a yes to Santa's gentle question is flagged", async () => {
    const first = await reply(message("something bad happened at home", "m_0"));
    expect(first.text).toMatch(/Is someone hurting you/);
    expect(first.of("safety.flagged")).toEqual([]);
    const { of } = await reply(message("yes"), [child("something bad happened at home"), santa(first.text)]);
    expect(of("safety.flagged").map((e) => e.data.kind)).toEqual(["abuse"]);
  });
});

describe("a flagged conversation", () => {
  const flagged = [child("my dad hits me"), santa("Thank you for telling me. Please tell a grown-up you trust.")];

  it.each(["I want a bike", "tell me a joke!", "haha ok", "what do the reindeer eat?", "bye santa", "thanks", "I want 100 iPhones for every child", "my number is 555 123 4567"])(
    "gets a gentle reply to %j, pointing to a grown-up, and no new flag",
    async (text) => {
      const { of, text: said } = await reply(message(text), flagged);
      expect(of("safety.flagged")).toEqual([]);
      expect(careProblem(said)).toBeUndefined();
      expect(screenCareOutput(said)).toEqual({ ok: true });
      expect(said).toMatch(/grown-up/);
      expect(said).not.toMatch(/on my list|I will do my very best|Ho ho/i);
    },
  );

  it("never promises secrecy, even when asked to, and flags the asking", async () => {
    const { of, text } = await reply(message("promise you won't tell anyone?"), flagged);
    expect(of("safety.flagged").map((e) => e.data.kind)).toEqual(["secrecy"]);
    expect(text).toMatch(/grown-up you trust/);
    expect(careProblem(text)).toBeUndefined();
  });

  it("stops a model's joke or promise of secrecy before it is recorded, and ends the reply gently", async () => {
    for (const pieces of [
      ["I am so sorry. ", "Ho ", "ho ", "ho, ", "cheer up!"],
      ["Thank you for telling me. ", "Don't ", "worry, ", "it ", "will ", "be ", "our ", "little ", "secret."],
    ]) {
      const { of, log, text } = await reply(message("ok"), flagged, scripted(pieces));
      expect(of("reply.completed")[0]!.data.stopReason).toBe(CONTENT_FILTERED);
      expect(JSON.stringify(log)).not.toMatch(/Ho ho|our little secret/);
      expect(text).toMatch(/grown-up you trust/);
      expect(text).not.toMatch(/merrier|wish list/);
    }
  });
});

describe("every flagged conversation of the corpus", () => {
  const FOLLOW_UPS = ["ok", "I want a bike for christmas", "tell me a joke", "lol", "what are the elves doing?"];
  const flagged = CONCERN_CORPUS.filter((c) => c.kinds.length > 0);
  const playful: string[] = [];
  let checked = 0;

  afterAll(() => {
    console.log(`flagged conversations: ${flagged.length}, replies checked: ${checked}, playful or promising secrecy: ${playful.length}`);
  });

  // one test per conversation: a failure names it, and no single test carries the whole corpus
  it.each(flagged.map((c) => [c.turns.map((t) => t.text).join(" / "), c] as const))(
    "gets no playful next reply from the North Pole model, whatever the child says next: %s",
    async (_, c) => {
      const first = await reply(message(c.turns[c.turns.length - 1]!.text, `m_${c.turns.length - 1}`), c.turns.slice(0, -1));
      const turns = [...c.turns, santa(first.text)];
      const replies = [first.text, ...(await Promise.all(FOLLOW_UPS.map(async (f) => (await reply(message(f), turns)).text)))];
      const bad = replies.filter((next) => careProblem(next) || !screenCareOutput(next).ok);
      checked += replies.length;
      playful.push(...bad);
      expect(bad).toEqual([]);
    },
  );
});
