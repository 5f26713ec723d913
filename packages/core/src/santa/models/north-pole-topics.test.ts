import { describe, expect, it } from "vitest";
import { chat } from "./north-pole.corpus.js";

const TODAY = new Date("2026-11-24T15:00:00Z");
/** Santa's answer to `message` from a child who already said hello and gave her name. */
const answer = (message: string, id = "c_q") => chat(["Hi Santa, I'm Mia", message], id, TODAY)[1]!;
const NAMES = /Dasher.*Dancer.*Blitzen/;

describe("the North Pole model answers each question as it was asked", () => {
  it.each([
    // the reindeer: what they eat is not their names
    ["What do reindeer eat?", /carrot|lichen|oats|hay/, NAMES],
    ["what do your reindeers like to eat", /carrot|lichen|oats|hay/, NAMES],
    ["wat do raindeer eat", /carrot|lichen|oats|hay/, NAMES],
    ["do the reindeer eat carrots?", /carrot|lichen|oats|hay/, NAMES],
    ["what food do reindeer have", /carrot|lichen|oats|hay/, NAMES],
    ["What are the reindeer's names?", NAMES, /lichen/],
    ["what are rudolph's friends called", NAMES, /lichen/],
    ["how many reindeer do you have", NAMES, /lichen/],
    ["can you name all your reindeer", NAMES, /lichen/],
    ["How do reindeer fly?", /magic|stardust/, NAMES],
    ["how does your sleigh fly", /magic|stardust/, NAMES],
    ["can reindeer really fly", /magic|stardust/, NAMES],
    ["why is rudolph's nose red", /nose/, /lichen/],
    ["which reindeer is the fastest", /fastest|speediest/, /lichen/],
    ["who is your favourite reindeer", /favourite|love all|same/, /lichen/],
    ["how are the reindeer?", /reindeer/i, /lichen/],
    // the elves
    ["do elves sleep", /sleep|bed|nap/, /choo-choo/],
    ["When do the elves go to bed?", /sleep|bed|nap/, /choo-choo/],
    ["how many elves are there", /count|hundreds|thousands/, /bunk beds/],
    ["how do the elves make the toys", /letter|sketch|draw|toy-making|making toys/i, /bunk beds/],
    ["who makes all the toys?", /letter|sketch|draw|toy-making|making toys/i, /bunk beds/],
    ["can i be an elf", /elf/, /bunk beds/],
    ["what are the elves doing", /elves/i, /bunk beds/],
    // the North Pole
    ["where is the north pole", /top of the (?:world|globe)/, /polar bears wave/],
    ["where do you live santa?", /top of the (?:world|globe)/, /polar bears wave/],
    ["Can I visit you at the north pole?", /secret|dreams|hidden/, /top of the/],
    ["could we come see the workshop", /secret|dreams|hidden/, /top of the/],
    ["is it cold at the north pole?", /cold|chilly|freezer/, /candy-cane/],
    ["does it snow there", /cold|chilly|snows/, /candy-cane/],
    // Santa himself
    ["how old are you", /old|birthdays/, /cookie/],
    ["How old is santa?", /old|birthdays/, /cookie/],
    ["when is your birthday", /birthdays|old/, /cookie/],
    ["are you real?", /real/i, /cookie/],
    ["is santa real", /real/i, /cookie/],
    ["How do you get down the chimney?", /chimney|magic key/, /time zone/],
    ["what if we dont have a chimney", /chimney|magic key/, /time zone/],
    ["how do you visit every house in one night", /every home|one night|around the world|time/, /chimney/],
    ["how can you deliver presents to everyone so fast", /every home|one night|around the world|time|shooting star/, /chimney/],
    ["how do all the presents fit in your sack", /sack/, /chimney/],
    ["what's Mrs Claus's name?", /Holly/, /knitting/],
    ["whats your wifes name", /Holly/, /knitting/],
    ["how is Mrs Claus?", /Mrs\. Claus/, /Holly/],
    ["what do you eat", /cookie|milk|gingerbread|mince pies|cocoa|porridge/, /lichen/],
    ["do you like cookies and milk?", /cookie|milk/i, /lichen/],
    ["whats your favourite food", /cookie|milk|gingerbread|mince pies|cocoa|porridge/, /lichen/],
    ["how are you?", /jolly|merry|well/i, /lichen/],
    ["have I been good this year?", /kind/, /lichen/],
    ["am i on the nice list", /kind|nice list/, /lichen/],
    ["how do you know if I've been good", /magic|jingle|letters/, /lichen/],
    ["what do you do after christmas", /after christmas|summer|rest of the year|week/i, /lichen/],
    ["what do you do in the summer?", /after christmas|summer|rest of the year|week/i, /lichen/],
    ["what time will you come to my house", /Christmas Eve/, /lichen/],
    ["when are you coming", /Christmas Eve/, /lichen/],
    ["can i stay up and see you", /asleep|dreams/, /Goodbye|Farewell|Bye-bye/],
    ["do you ever sleep", /sleep|nap|early night/, /bunk beds/],
    ["why is your suit red", /red|suit/, /lichen/],
    ["is your beard real", /beard/, /lichen/],
    ["what is your favourite colour", /red/i, /lichen/],
    ["what's your favourite christmas song", /Jingle Bells|Deck the Halls/, /lichen/],
    ["did you get my letter?", /letter/, /lichen/],
    ["how do you know what i want", /letter/, /lichen/],
    ["what are you doing right now", /letters|list|wrap|toys|reindeer|recipe|sleigh bells/, /lichen/],
    ["tell me a joke!", /what do you call|why did|what do snowmen/i, /lichen/],
    ["do you speak french", /language|French/, /lichen/],
    ["how does your magic work", /magic/, /lichen/],
  ])("%s", (message, expected, notThis) => {
    const reply = answer(message);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(notThis);
  });

  it.each([
    ["2026-11-24", "How many days until Christmas?", /\b31\b/],
    ["2026-11-24", "how many sleeps till xmas", /\b31\b/],
    ["2026-12-01", "when is christmas?", /\b24\b/],
    ["2026-12-24", "how long until christmas?", /Christmas is tomorrow/],
    ["2026-12-25", "how many days until christmas", /Christmas Day today/],
    ["2026-12-26", "how many days until christmas", /\b364\b/],
  ])("on %s counts the days for %j", (date, message, expected) => {
    expect(chat(["I'm Mia", message], "c_days", new Date(`${date}T08:00:00Z`))[1]).toMatch(expected);
  });

  it.each([
    ["why is the sky blue?"],
    ["what is 7 times 8"],
    ["do you know my teacher"],
  ])("owns up to a question it has no answer for, %j, instead of ignoring it", (message) => {
    expect(answer(message)).toMatch(/puzzler|stumped|question/);
  });
});

describe("the North Pole model answers two questions in one message", () => {
  it.each([
    ["How old are you and what do reindeer eat?", /old|birthdays/, /carrot|lichen|oats/],
    ["what do reindeer eat? and do elves sleep?", /carrot|lichen|oats/, /bunk beds|go to bed|sleep/],
    ["are you real? how do you get down the chimney", /real/, /chimney|magic key/],
    ["whats mrs claus name and how old are you", /Holly/, /old|birthdays/],
    ["How are you? How are the reindeer?", /jolly|merry|well/i, /reindeer/i],
    ["where do you live and is it cold there", /top of the (?:world|globe)/, /cold|chilly|freezer/],
    ["how many days until christmas and what time will you come", /\b31\b/, /Christmas Eve/],
    ["do you like cookies? whats your favourite colour?", /cookie|milk|gingerbread|cocoa/i, /\bred\b/i],
  ])("%s", (message, first, second) => {
    const reply = answer(message);
    expect(reply).toMatch(first);
    expect(reply).toMatch(second);
    expect(reply.search(first)).toBeLessThan(reply.search(second));
  });

  it("answers three, in the order asked", () => {
    const reply = answer("What's the north pole like? Is it cold? Do you have polar bears?");
    expect(reply).toMatch(/cold|chilly|freezer/);
    expect(reply).toMatch(/North Pole|village|polar bears/);
  });
});
