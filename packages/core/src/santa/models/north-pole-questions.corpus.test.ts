import { describe, expect, it } from "vitest";
import { questionsIn } from "./north-pole-topics.js";

// Questions as children write them, none of them copied from the table tests, each labelled with
// what it asks (the names in north-pole-topics.ts); [] when it asks nothing Santa knows.
// LABELLED was written before its figure was first measured (F1 0.83, 53 of 70 exact); the patterns
// were then improved on its misses, so it is no longer unseen. FRESH was written after that and
// the patterns were not changed for it: its figure is the honest one.
const LABELLED: [string, string[]][] = [
  ["santa what do ur reindeer eat for breakfast", ["reindeer food"]],
  ["do reindeers like apples", ["reindeer food"]],
  ["whats rudolphs favourite food", ["reindeer food"]],
  ["how many raindeer pull the sleigh", ["reindeer names"]],
  ["what is the name of your reindeers", ["reindeer names"]],
  ["who pulls your sleigh", ["reindeer names"]],
  ["how can reindeer fly when they dont have wings", ["how they fly"]],
  ["why can your reindeer fly", ["how they fly"]],
  ["does rudolphs nose really glow", ["rudolph's nose"]],
  ["is comet faster than dasher", ["favourite reindeer"]],
  ["are the reindeer ok", ["reindeer"]],
  ["do the elves ever get to sleep", ["elves sleep"]],
  ["what time do elves go to bed", ["elves sleep"]],
  ["how many elfs work for you", ["how many elves"]],
  ["how do elfs make toys so fast", ["elves make toys"]],
  ["what are your elves names", ["be an elf"]],
  ["can i become one of your elves", ["be an elf"]],
  ["are the elves nice", ["elves"]],
  ["where exactly is the north pole", ["where santa lives"]],
  ["where do you and mrs claus live", ["where santa lives"]],
  ["can me and my sister visit the north pole", ["visiting"]],
  ["is it freezing at the north pole", ["cold"]],
  ["whats the weather like up there", ["cold"]],
  ["do you have polar bears at the north pole", ["north pole"]],
  ["santa how old r u", ["age"]],
  ["what year were you born", ["age"]],
  ["are you really real", ["real"]],
  ["my friend says santa isnt real", ["real"]],
  ["how do u fit down the chimney with ur big belly", ["chimney"]],
  ["we live in a flat with no chimney how will you get in", ["no chimney"]],
  ["how do you get to all the houses in one night", ["every house"]],
  ["how do you go around the whole world so fast", ["every house"]],
  ["how does everything fit in your sack", ["santa's sack"]],
  ["what colour is your sleigh", ["sleigh"]],
  ["what is mrs claus first name", ["mrs claus's name"]],
  ["is mrs claus nice", ["mrs claus"]],
  ["what do you like to eat on christmas eve", ["santa's food"]],
  ["do you want milk or hot chocolate", ["santa's food"]],
  ["hows it going santa", ["how are you"]],
  ["how r u", ["how are you"]],
  ["how do you know who is naughty", ["how santa knows"]],
  ["can you see me right now", ["how santa knows"]],
  ["am i on the naughty list", ["nice list"]],
  ["what do you do in january", ["after christmas"]],
  ["what do you do the rest of the year", ["after christmas"]],
  ["when will you be at my house", ["when santa comes"]],
  ["what time do you come", ["when santa comes"]],
  ["can i wait up for you", ["seeing santa"]],
  ["do you ever get tired", ["santa sleeps"]],
  ["is your beard soft", ["beard and suit"]],
  ["why do you wear red", ["beard and suit"]],
  ["what is ur favorite color", ["favourite colour"]],
  ["do you like to sing", ["favourite song"]],
  ["whats your favourite part of christmas", ["favourites"]],
  ["did u get my letter i sent it last week", ["letters"]],
  ["what are you up to", ["what santa is doing"]],
  ["do you know any jokes", ["joke"]],
  ["can you speak spanish", ["languages"]],
  ["is magic real", ["real"]],
  ["thank u so much", ["thanks"]],
  ["i luv you santa", ["love"]],
  ["how old are you and how many elves do you have", ["age", "how many elves"]],
  ["do elves sleep? do reindeer sleep?", ["elves sleep", "reindeer"]],
  ["is it cold and do you have snow", ["cold"]],
  ["where do you live? how do you get down chimneys?", ["where santa lives", "chimney"]],
  ["whats mrs claus name and what do you eat", ["mrs claus's name", "santa's food"]],
  ["can you fly", ["how they fly"]],
  ["what is your job", []],
  ["do you have a dog", []],
  ["why is christmas in december", []],
];

const FRESH: [string, string[]][] = [
  ["what do the reindeers eat when they are flying", ["reindeer food"]],
  ["whos the leader of the reindeer", ["reindeer names"]],
  ["how does rudolph make his nose light up", ["rudolph's nose"]],
  ["does the sleigh have a seatbelt", ["sleigh"]],
  ["what do you feed the reindeer on christmas eve", ["reindeer food"]],
  ["do elves have beds", ["elves sleep"]],
  ["how big is the workshop", ["elves"]],
  ["are elves real", ["real"]],
  ["how many elves help you make presents", ["how many elves"]],
  ["is it dark at the north pole all the time", ["north pole"]],
  ["how far away is the north pole", ["where santa lives"]],
  ["do you have a house or an igloo", ["north pole"]],
  ["santa how old are u really", ["age"]],
  ["do you have a birthday", ["age"]],
  ["what happens if a house doesnt have a chimney", ["no chimney"]],
  ["how do you carry so many presents", ["santa's sack"]],
  ["how do you travel the whole world in one night", ["every house"]],
  ["is mrs claus coming with you", ["mrs claus"]],
  ["whats mrs clauses real name", ["mrs claus's name"]],
  ["do you like carrots too", []],
  ["what cookies do you like best", ["santa's food"]],
  ["are you ok santa", ["how are you"]],
  ["will i get coal", ["nice list"]],
  ["do you really watch us all the time", ["how santa knows"]],
  ["do you go on holiday after christmas", ["after christmas"]],
  ["what time do you deliver presents", ["when santa comes"]],
  ["can i hug you", ["seeing santa"]],
  ["when do you go to sleep", ["santa sleeps"]],
  ["is your hat warm", ["beard and suit"]],
  ["whats your favourite christmas carol", ["favourite song"]],
  ["how many letters do you get", ["letters"]],
  ["tell me something funny", ["joke"]],
  ["what language do you speak", ["languages"]],
  ["how do you do magic", ["magic"]],
  ["how old are you and where do you live", ["age", "where santa lives"]],
  ["do you eat cookies? do the reindeer eat carrots?", ["santa's food", "reindeer food"]],
  ["can you do a backflip", []],
  ["what is the biggest present you ever gave", []],
];

/** How often `questionsIn` finds exactly what each message asks, with precision, recall and F1. */
function measure(corpus: [string, string[]][]) {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let exact = 0;
  const misses: string[] = [];
  for (const [message, expected] of corpus) {
    const found = questionsIn(message).map((q) => q.name);
    const hit = found.filter((f) => expected.includes(f)).length;
    truePositives += hit;
    falsePositives += found.length - hit;
    falseNegatives += expected.length - hit;
    if (hit === expected.length && found.length === expected.length) exact++;
    else misses.push(`${JSON.stringify(message)}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(found)}`);
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  return { exact, of: corpus.length, precision, recall, f1: (2 * precision * recall) / (precision + recall), misses };
}

const report = (label: string, m: ReturnType<typeof measure>) =>
  `North Pole questions, ${label}: ${m.exact} of ${m.of} messages answered exactly as asked; ` +
  `precision ${m.precision.toFixed(2)}, recall ${m.recall.toFixed(2)}, F1 ${m.f1.toFixed(2)}${m.misses.length ? `\n  ${m.misses.join("\n  ")}` : ""}`;

describe("the North Pole model recognises questions it was not written against", () => {
  it("prints how often it answers what was asked, on a corpus it was improved on and on a fresh one", () => {
    const tuned = measure(LABELLED);
    const fresh = measure(FRESH);
    console.log(report("improved on", tuned));
    console.log(report("fresh", fresh));
    expect(tuned.f1).toBeGreaterThan(0.9);
    expect(fresh.f1).toBeGreaterThan(0.7);
  });
});
