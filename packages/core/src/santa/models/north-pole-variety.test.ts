import { describe, expect, it } from "vitest";
import { screenOutput } from "../safety.js";
import { sentenceKey, sentencesOf } from "../variety.js";
import { chat, CONVERSATIONS, play } from "./north-pole.corpus.js";

const TODAY = new Date("2026-12-02T12:00:00Z");
const replies = (id: string) =>
  play(CONVERSATIONS.find((c) => c.id === id)!, TODAY)
    .filter((t) => t.role === "santa")
    .map((t) => t.text);

describe("the North Pole model varies its words, deterministically", () => {
  const recorded = CONVERSATIONS.map((c) => ({ id: c.id, replies: replies(c.id) }));

  it("plays twenty different scripted conversations", () => {
    expect(CONVERSATIONS).toHaveLength(20);
    expect(new Set(CONVERSATIONS.map((c) => c.child.join("\n"))).size).toBe(20);
    expect(new Set(CONVERSATIONS.map((c) => c.id)).size).toBe(20);
  });

  it.each(CONVERSATIONS.map((c) => [c.id]))("never says a sentence twice in %s", (id) => {
    const sentences = recorded.find((r) => r.id === id)!.replies.flatMap(sentencesOf).map(sentenceKey);
    const twice = sentences.filter((s, i) => sentences.indexOf(s) !== i);
    expect(twice).toEqual([]);
  });

  it("repeats under a quarter of its sentences across the twenty conversations, the children's names aside too", () => {
    const repeatedShare = (sentences: string[]) => (sentences.length - new Set(sentences).size) / sentences.length;
    const sentences = recorded.flatMap((r) => r.replies.flatMap(sentencesOf)).map(sentenceKey);
    // sceptically: a sentence that differs only by the child's name is the same sentence
    const nameless = recorded.flatMap((r) => {
      const name = CONVERSATIONS.find((c) => c.id === r.id)!.name;
      return r.replies.flatMap((reply) => sentencesOf(name ? reply.replaceAll(name, "NAME") : reply));
    }).map(sentenceKey);
    const allReplies = recorded.flatMap((r) => r.replies);
    const sameReplies = allReplies.length - new Set(allReplies).size;
    const share = repeatedShare(sentences);
    const namelessShare = repeatedShare(nameless);
    console.log(
      `North Pole variety over ${recorded.length} conversations: ${sentences.length - new Set(sentences).size} of ${sentences.length} sentences repeated ` +
        `(${(share * 100).toFixed(1)} %); with names masked ${nameless.length - new Set(nameless).size} (${(namelessShare * 100).toFixed(1)} %); ` +
        `${sameReplies} of ${allReplies.length} whole replies identical to another`,
    );
    expect(share).toBeLessThan(0.25);
    expect(namelessShare).toBeLessThan(0.25);
  });

  it("gives the same replies when a conversation is played again", () => {
    for (const conversation of CONVERSATIONS.slice(0, 5)) expect(replies(conversation.id)).toEqual(recorded.find((r) => r.id === conversation.id)!.replies);
  });

  it("says \"ho ho ho\" once a reply at most", () => {
    const firsts = Array.from({ length: 30 }, (_, i) => chat(["Hi Santa! My name is Mia and I would like a red bicycle."], `c_ho${i}`, TODAY)[0]!);
    for (const reply of [...firsts, ...recorded.flatMap((r) => r.replies)]) expect(reply.match(/\bho ho ho\b/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("says nothing its own output screen would stop", () => {
    for (const reply of recorded.flatMap((r) => r.replies)) expect(screenOutput(reply)).toEqual({ ok: true });
  });

  it("never repeats a sentence in a long, repetitive conversation", () => {
    const messages = ["hi", "I'm Mia", "I want a bike", "ok", "ok", "cool", "I want a doll", "how are the elves", "how are the elves", "ok", "thanks", "thanks", "ok", "lol", "ok", "yes", "bye"];
    const sentences = chat(messages, "c_long", TODAY).flatMap(sentencesOf).map(sentenceKey);
    expect(sentences.filter((s, i) => sentences.indexOf(s) !== i)).toEqual([]);
  });

  it("answers a question asked again with another answer", () => {
    const answers = chat(["I'm Mia", "what do reindeer eat?", "what do reindeer eat?", "what do reindeer eat?"], "c_again", TODAY).slice(1);
    const first = answers.map((a) => sentencesOf(a)[0]!.replace(/^(?:Ho ho ho|Oh|Well now|Ah|My dear|Oh my|Goodness), Mia! /, ""));
    expect(new Set(first).size).toBe(3);
  });
});
