import { describe, expect, it } from "vitest";
import type { Turn } from "../model.js";
import { sentencesOf } from "../variety.js";
import { composeReply } from "./north-pole.js";
import { languageOf, languageOfText } from "./north-pole-languages.js";

const TODAY = new Date("2026-12-02T12:00:00Z");

/**
 * Plays `messages`; from the message at `namedAt` on, the replier's memory holds `name` (reading
 * names is memory.ts's work, in every language; this tests what Santa does with one).
 */
function chat(messages: string[], name?: string, namedAt = 0, id = "c_lang"): string[] {
  const turns: Turn[] = [];
  return messages.map((text, i) => {
    turns.push({ role: "child", text });
    const memory = { childName: name !== undefined && i >= namedAt ? name : undefined };
    const reply = composeReply({ system: "", turns: [...turns], conversationId: id, memory }, TODAY);
    turns.push({ role: "santa", text: reply });
    return reply;
  });
}

describe("the North Pole model tells which language a child writes in", () => {
  it.each([
    ["Hola", "es"],
    ["hola papá noel!", "es"],
    ["Quiero una bicicleta por favor", "es"],
    ["¿cómo estás?", "es"],
    ["muchas gracias", "es"],
    ["Hallo", "de"],
    ["Ich möchte einen Hund", "de"],
    ["wie geht es dir", "de"],
    ["Danke, tschüss!", "de"],
    ["Bonjour", "fr"],
    ["je voudrais un vélo", "fr"],
    ["merci beaucoup", "fr"],
    ["coucou père noël, ça va?", "fr"],
    ["Hi Santa", "en"],
    ["I want a bike", "en"],
    ["Hola! I'm Mia and I want a bike", "en"],
    ["what is a piñata", "en"],
  ])("%j is %s", (text, language) => {
    expect(languageOfText(text)).toBe(language);
  });

  it.each([["ok"], ["Sofía"], ["lol"], ["???"]])("cannot tell from %j alone", (text) => {
    expect(languageOfText(text)).toBeUndefined();
  });

  it("keeps the conversation's language through a message too short to tell", () => {
    expect(languageOf(["Hola Papá Noel", "ok"])).toBe("es");
    expect(languageOf(["Hallo", "Lena"])).toBe("de");
    expect(languageOf(["Bonjour", "Hello!"])).toBe("en");
  });
});

// a reply is in the language when no sentence of it reads as English, and it says what it must
const noEnglish = (reply: string) => sentencesOf(reply).filter((s) => languageOfText(s) === "en");

describe("the North Pole model answers in the child's language", () => {
  it.each([
    ["es", ["Hola Papá Noel"], /¡Hola|Jo, jo, jo/, /¿Cómo te llamas\?|nombre|Con quién/],
    ["de", ["Hallo Weihnachtsmann"], /Hallo|Ho ho ho/, /Wie heißt du|Namen|Mit wem/],
    ["fr", ["Bonjour Père Noël"], /Bonjour|Ho ho ho/, /Comment t'appelles-tu|prénom|Avec qui/],
  ])("%s: greets a first message and asks the name", (language, messages, greeting, askName) => {
    const [reply] = chat(messages);
    expect(reply).toMatch(greeting);
    expect(reply).toMatch(askName);
    expect(noEnglish(reply!)).toEqual([]);
    expect(languageOfText(reply!)).toBe(language);
  });

  it.each([
    ["es", "Hola Papá Noel, me llamo Sofía", "Sofía", /Encantado|qué nombre|conocerte/],
    ["de", "Hallo! Ich heiße Lena", "Lena", /kennenzulernen|schöner Name/],
    ["fr", "Bonjour, je m'appelle Léa", "Léa", /Enchanté|joli prénom|Ravi/],
  ])("%s: is glad to meet a child who gives her name", (language, message, name, glad) => {
    const [reply] = chat([message], name);
    expect(reply).toContain(name);
    expect(reply).toMatch(glad);
    expect(reply).not.toMatch(/llamas|heißt du|t'appelles/);
    expect(languageOfText(reply!)).toBe(language);
  });

  it.each([
    ["es", "Quiero una muñeca y una bicicleta", ["una muñeca", "una bicicleta"]],
    ["es", "me gustaría un perrito por favor", ["un perrito"]],
    ["de", "Ich wünsche mir einen Hund und ein Fahrrad", ["einen Hund", "ein Fahrrad"]],
    ["de", "ich möchte eine Puppe", ["eine Puppe"]],
    ["fr", "Je voudrais une poupée et un vélo", ["une poupée", "un vélo"]],
    ["fr", "j'aimerais un chien s'il te plaît", ["un chien"]],
  ])("%s: names each wish in %j", (language, message, wishes) => {
    const reply = chat([language === "es" ? "Hola" : language === "de" ? "Hallo" : "Bonjour", message], "Mia")[1]!;
    for (const wish of wishes) expect(reply.toLowerCase()).toContain(wish.toLowerCase());
    expect(reply).toMatch(/lista|Liste|Wunsch|liste/);
    expect(noEnglish(reply)).toEqual([]);
  });

  it.each([
    ["es", "¡Adiós!", /Adiós|Hasta pronto/],
    ["es", "hasta luego papá noel", /Adiós|Hasta pronto/],
    ["de", "Tschüss!", /Tschüss|Auf Wiedersehen|Bis bald/],
    ["de", "gute nacht", /Tschüss|Auf Wiedersehen|Bis bald/],
    ["fr", "Au revoir!", /Au revoir|À bientôt|Bonne nuit/],
    ["fr", "bonne nuit père noël", /Au revoir|À bientôt|Bonne nuit/],
    ["fr", "à bientôt!", /Au revoir|À bientôt|Bonne nuit/],
  ])("%s: says goodbye to %j", (language, message, goodbye) => {
    const reply = chat([language === "es" ? "Hola" : language === "de" ? "Hallo" : "Bonjour", message], "Mia")[1]!;
    expect(reply).toMatch(goodbye);
    expect(reply).toContain("Mia");
    expect(reply).not.toMatch(/\?$/);
    expect(noEnglish(reply)).toEqual([]);
  });

  it.each([
    ["es", ["Hola", "gracias"], /De nada|placer|no hay de qué/],
    ["de", ["Hallo", "danke"], /Gern geschehen|Sehr gern|keine Ursache/],
    ["fr", ["Bonjour", "merci"], /De rien|Avec plaisir|plaisir/],
    ["es", ["Hola", "¿cómo estás?"], /Estoy|Feliz/],
    ["de", ["Hallo", "wie geht es dir?"], /Mir geht es|fröhlich/],
    ["fr", ["Bonjour", "comment vas-tu?"], /Je vais|joyeux/],
    ["es", ["Hola", "¿cuántos días faltan para navidad?"], /\b23\b/],
    ["de", ["Hallo", "wie lange noch bis weihnachten?"], /\b23\b/],
    ["fr", ["Bonjour", "combien de jours avant noël?"], /\b23\b/],
  ])("%s: answers %j", (_language, messages, expected) => {
    const reply = chat(messages, "Mia").pop()!;
    expect(reply).toMatch(expected);
    expect(noEnglish(reply)).toEqual([]);
  });

  it("stays in the language for a message it cannot place, and goes back to English when the child does", () => {
    const replies = chat(["Hola Papá Noel", "ok", "Hello! I want a kite"], "Sofía", 1);
    expect(noEnglish(replies[1]!)).toEqual([]);
    expect(languageOfText(replies[2]!)).toBe("en");
    expect(replies[2]).toContain("kite");
  });

  it("says no sentence twice in a conversation in another language either", () => {
    const replies = chat(["Hola", "soy Lucía", "quiero un perro", "ok", "ok", "gracias", "gracias", "ok", "adiós"], "Lucía", 1);
    const sentences = replies.flatMap(sentencesOf);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it.each([
    ["es", "Hola", "mi abuela murió este año", /Lo siento/],
    ["de", "Hallo", "mein Opa ist gestorben", /tut mir so leid/],
    ["fr", "Bonjour", "mon chat est mort", /désolé/],
  ])("%s: comforts a child who tells of a loss, with no cheerful question", (_language, hello, message, sorry) => {
    const reply = chat([hello, message], "Mia")[1]!;
    expect(reply).toMatch(sorry);
    expect(reply).not.toMatch(/\?$/);
    expect(noEnglish(reply)).toEqual([]);
  });

  it("kindly declines an absurd wish in the language too", () => {
    const reply = chat(["Hola", "quiero 100 iphones para todos los niños"], "Mia")[1]!;
    expect(reply).not.toMatch(/apuntado|en mi lista/);
    expect(reply).toMatch(/no cabe/);
  });
});
