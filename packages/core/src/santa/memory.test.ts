import { describe, expect, it } from "vitest";
import { childNameFrom, nameIn, withinBudget } from "./memory.js";
import { alternatingTurns, type Turn } from "./model.js";

const child = (text: string): Turn => ({ role: "child", text });
const santa = (text: string): Turn => ({ role: "santa", text });

describe("finding the child's name", () => {
  it.each([
    ["My name is Mia", "Mia"],
    ["my name's olly!", "Olly"],
    ["hi im sam and i'm 7", "Sam"],
    ["I'm Tom. Can I have a train set?", "Tom"],
    ["Hello, I am Oliver from Leeds", "Oliver"],
    ["you can call me mary-jane", "Mary-Jane"],
    ["I'm Ava, I'm 6", "Ava"],
    ["I'm good", undefined],
    ["I am 7 years old", undefined],
    ["I'm so excited!", undefined],
    ["im writing to you", undefined],
    ["I want a bike", undefined],
    ["im sam", "Sam"],
    ["its lea", "Lea"],
    ["call me Bo", "Bo"],
    ["Mia here!", "Mia"],
    ["hi, this is Tom", "Tom"],
    ["it's me, Lea", "Lea"],
    ["Hola, me llamo lucas y quiero una bici", "Lucas"],
    ["Hallo, ich heiße Lukas", "Lukas"],
    ["ich bin Lena und ich bin 7", "Lena"],
    ["Bonjour, je m'appelle Chloé", "Chloé"],
    ["mi chiamo giulia", "Giulia"],
    ["please can I have a kite. Love from Ruby", "Ruby"],
    ["I want a bike! From, Jack x", "Jack"],
    ["love from mum", undefined],
    ["it's snowing!", undefined],
    ["its cold", undefined],
    ["this is fun", undefined],
    ["this is boring", undefined],
    ["this is shit", undefined],
    ["im stupid", undefined],
    ["this is my list", undefined],
    ["ich bin müde", undefined],
    ["je suis content", undefined],
    ["call me maybe", undefined],
    ["i'm bored", undefined],
  ])("%j → %s", (text, name) => {
    expect(nameIn(text)).toBe(name);
  });

  it("takes a message that is only a name as one when Santa has just asked for it", () => {
    expect(nameIn("Sam!", { asked: true })).toBe("Sam");
    expect(nameIn("Sam!")).toBeUndefined();
    expect(nameIn("yes", { asked: true })).toBeUndefined();
    expect(childNameFrom([child("hi"), santa("What is your name, little one?"), child("ella")])).toBe("Ella");
    expect(childNameFrom([child("hi"), santa("What would you like for Christmas?"), child("lego")])).toBeUndefined();
  });

  it("takes a first name with a surname, or with more after 'and', when Santa has just asked for it", () => {
    expect(nameIn("im maisie jones and im 7", { asked: true })).toBe("Maisie");
    expect(nameIn("its Leo Brown!", { asked: true })).toBe("Leo");
    expect(nameIn("im maisie [personal details removed] and im 7", { asked: true })).toBe("Maisie");
    expect(nameIn("ella and i am six", { asked: true })).toBe("Ella");
    expect(nameIn("i want a bike", { asked: true })).toBeUndefined();
    expect(nameIn("yes and no", { asked: true })).toBeUndefined();
  });

  it("takes the first name left when the surname was taken out as personal data, asked or not", () => {
    expect(nameIn("im maisie [personal details removed] and im 7")).toBe("Maisie");
    expect(nameIn("im at [personal details removed]")).toBeUndefined();
    expect(childNameFrom([child("hiya"), santa("Do tell me, what name shall I write in my big book?"), child("maisie")])).toBe("Maisie");
  });

  it("takes the name the child gave last, and only from the child", () => {
    expect(childNameFrom([child("I'm Mia"), santa("My name is Santa"), child("actually, call me Millie")])).toBe("Millie");
    expect(childNameFrom([santa("I'm Santa Claus"), child("hello")])).toBeUndefined();
  });
});

describe("keeping the most recent turns within a token budget", () => {
  const turns = [child("a".repeat(40)), santa("b".repeat(40)), child("c".repeat(40)), santa("d".repeat(40)), child("e".repeat(40))];

  it("keeps everything that fits", () => {
    expect(withinBudget(turns, 50)).toEqual(turns);
  });

  it("drops the oldest turns first", () => {
    expect(withinBudget(turns, 30)).toEqual(turns.slice(2));
  });

  it("always keeps the message being answered, however long", () => {
    expect(withinBudget([child("x".repeat(400))], 10)).toEqual([child("x".repeat(400))]);
    expect(withinBudget(turns, 0)).toEqual([turns[4]]);
  });
});

describe("turns as a chat API wants them", () => {
  it("starts with the child and joins consecutive turns of one role", () => {
    expect(alternatingTurns([santa("hi"), child("one"), child("two"), santa("ho"), santa("ho!"), child("three")])).toEqual([
      child("one\n\ntwo"),
      santa("ho\n\nho!"),
      child("three"),
    ]);
  });
});
