import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { EventOf } from "../events/schemas.js";
import type { Entry } from "../protocol/frames.js";
import { REDACTED } from "../safety/personal-data.js";
import { decideReply, memoryNotes, planReply, replyChunk, replyStarted, SAFETY_SCREEN_MODEL, skipped, turnsFor, unanswered } from "./santa.decisions.js";

const C = "c_react";
const prompt = { version: "v1", text: "You are Santa." };
const TODAY = new Date("2026-11-24T12:00:00Z");
const message = (messageId: string, text: string) => makeEvent("message.sent", C, { messageId, text }, { id: `e_${messageId}` }) as EventOf<"message.sent">;
let position = 0;
const said = (messageId: string, text: string): Entry => ({ kind: "message", position: ++position, messageId, text, at: "2026-11-24T12:00:00.000Z" });
const replied = (text: string, status: "completed" | "failed" | "streaming" = "completed"): Entry => ({
  kind: "reply",
  position: ++position,
  replyId: `r_${position}`,
  inReplyTo: "m",
  text,
  lastSeq: 0,
  status,
  at: "2026-11-24T12:00:00.000Z",
});

describe("the turns Santa sees", () => {
  it("given a transcript, shows the completed replies and ends with the message answered", () => {
    const transcript = [said("m_1", "Hi, I'm Mia"), replied("Hello Mia!"), said("m_2", "I want a kite"), replied("A kit", "failed"), replied("A ki", "streaming")];
    expect(turnsFor(message("m_3", "And a bike"), transcript)).toEqual([
      { role: "child", text: "Hi, I'm Mia" },
      { role: "santa", text: "Hello Mia!" },
      { role: "child", text: "I want a kite" },
      { role: "child", text: "And a bike" },
    ]);
  });

  it("stops at the message answered when the transcript already holds it (and later ones)", () => {
    const transcript = [said("m_1", "one"), replied("ho"), said("m_2", "two"), said("m_3", "three")];
    expect(turnsFor(message("m_2", "two"), transcript).map((t) => t.text)).toEqual(["one", "ho", "two"]);
  });

  it("redacts personal data the child shared earlier", () => {
    const transcript = [said("m_1", "my number is 555 123 4567"), replied("Please don't share that!")];
    expect(turnsFor(message("m_2", "I want a kite"), transcript)[0]).toEqual({ role: "child", text: `my number is ${REDACTED}` });
  });

  it("keeps the most recent turns within the budget", () => {
    const transcript = [said("m_1", "x".repeat(400)), replied("y".repeat(400)), said("m_2", "recent"), replied("reply")];
    expect(turnsFor(message("m_3", "now"), transcript, 50).map((t) => t.text)).toEqual(["recent", "reply", "now"]);
  });
});

describe("deciding how Santa answers", () => {
  it("asks the model with the prompt, what Santa remembers, and budgeted history", () => {
    const transcript = [said("m_1", `Hi! My name is Mia. ${"I love snow. ".repeat(40)}`), replied("Hello Mia!"), said("m_2", "I want a kite"), replied("A kite!")];
    const decision = decideReply(message("m_3", "What's my name?"), transcript, { prompt, historyTokens: 20, today: TODAY });
    expect(decision.kind).toBe("model");
    if (decision.kind !== "model") return;
    // the turn that named Mia is past the budget, but her name is still known
    expect(decision.request.turns.map((t) => t.text)).not.toContain(expect.stringContaining("My name is Mia"));
    expect(decision.request.memory).toEqual({ childName: "Mia" });
    expect(decision.request.system).toMatch(/^You are Santa\.\n\nWhat you remember/);
    expect(decision.request.system).toContain("The child's name is Mia.");
    expect(decision.request.system).toContain("Today is Tuesday 24 November 2026; Christmas is in 31 days.");
    expect(decision.request.conversationId).toBe(C);
  });

  it.each([
    ["my phone number is 555-123-4567", "personal_data", /phone numbers/],
    ["I live at 42 Elm Street", "personal_data", /home addresses/],
    ["do you drink vodka", "unsuitable", /grown-up/],
  ])("gives a safe reply to %j without asking the model", (text, reason, reply) => {
    const decision = decideReply(message("m_1", text), [said("m_0", "I'm Mia"), replied("Hello Mia!")], { prompt, historyTokens: 1000, today: TODAY });
    expect(decision).toMatchObject({ kind: "screened", verdict: { reason } });
    if (decision.kind !== "screened") return;
    expect(decision.text).toMatch(reply);
    expect(decision.text).toContain("Mia");
    expect(decision.text).not.toMatch(/555|Elm|vodka/);
  });

  it.each([
    ["can i have a knife and a teddy bear", "harmful", "a teddy bear", /knife/i],
    ["I want a bike and 100 iPhones", "absurd", "a bike", /iPhone/i],
  ])("kindly declines the unsafe wish in %j for every model, and still lists the ordinary one", (text, wish, ordinary, declined) => {
    const decision = decideReply(message("m_1", text), [said("m_0", "I'm Mia"), replied("Hello Mia!")], { prompt, historyTokens: 1000, today: TODAY });
    expect(decision).toMatchObject({ kind: "screened", verdict: { reason: "wish", wish } });
    if (decision.kind !== "screened") return;
    expect(decision.text).toContain(ordinary);
    expect(decision.text).toMatch(/on my list/);
    expect(decision.text).not.toMatch(declined);
  });

  it("lists nothing beside an unsafe wish when nothing else was wished", () => {
    const decision = decideReply(message("m_1", "i want a knife"), [said("m_0", "I'm Mia"), replied("Hello Mia!")], { prompt, historyTokens: 1000, today: TODAY });
    expect(decision.kind === "screened" && decision.text).not.toMatch(/on my list|knife/i);
  });

  it("decides the same for the same message and transcript", () => {
    const transcript = [said("m_0", "I'm Mia")];
    const a = decideReply(message("m_1", "my email is mia@example.com"), transcript, { prompt, historyTokens: 1000, today: TODAY });
    const b = decideReply(message("m_1", "my email is mia@example.com"), transcript, { prompt, historyTokens: 1000, today: TODAY });
    expect(a).toEqual(b);
  });

  it.each([
    ["2026-12-24", "Christmas is tomorrow"],
    ["2026-12-25", "it is Christmas Day"],
  ])("notes on %s that %s", (date, note) => {
    expect(memoryNotes({}, new Date(`${date}T10:00:00Z`))).toContain(note);
  });
});

describe("answering several messages the child sent while Santa was busy", () => {
  const options = { prompt, historyTokens: 1000, today: TODAY };
  const before = () => [said("m_0", "I'm Mia"), replied("Hello Mia! What would you like?")];

  it("answers everything the child wrote since Santa last spoke, the message answered last", () => {
    const transcript = [...before(), said("m_1", "I want a kite"), said("m_2", "and a yo-yo"), replied("Sorry", "failed")];
    expect(unanswered(turnsFor(message("m_3", "how many sleeps?"), transcript))).toEqual(["I want a kite", "and a yo-yo", "how many sleeps?"]);
    const decision = decideReply(message("m_3", "how many sleeps?"), transcript, options);
    expect(decision.kind === "model" && decision.request.turns.slice(-3).map((t) => t.text)).toEqual(["I want a kite", "and a yo-yo", "how many sleeps?"]);
  });

  it("answers a disclosure in an earlier unanswered message with care, never by the model", () => {
    const transcript = [...before(), said("m_1", "my uncle hurts me when mum is out"), said("m_2", "I want a bike")];
    const decision = decideReply(message("m_3", "what do reindeer eat?"), transcript, options);
    expect(decision).toMatchObject({ kind: "screened", verdict: { reason: "concern" }, concern: ["abuse"] });
    expect(decision.kind === "screened" && decision.text).toMatch(/grown-up you trust/);
  });

  it("kindly declines a harmful wish in an earlier unanswered message and lists the ordinary ones", () => {
    const transcript = [...before(), said("m_1", "I want a knife"), said("m_2", "and a teddy bear")];
    const decision = decideReply(message("m_3", "and a kite"), transcript, options);
    expect(decision).toMatchObject({ kind: "screened", verdict: { reason: "wish", wish: "harmful" } });
    expect(decision.kind === "screened" && decision.text).not.toMatch(/knife/i);
  });

  it("flags a disclosure in a skipped message at once, with that message's id, and the reply does not flag it again", () => {
    const transcript = [...before(), said("m_1", "my uncle hurts me when mum is out"), said("m_2", "I want a bike")];
    const events = skipped(message("m_1", "my uncle hurts me when mum is out"), "m_2", transcript);
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ["safety.flagged", { messageId: "m_1", kind: "abuse" }],
      ["reply.skipped", { messageId: "m_1", laterMessageId: "m_2" }],
    ]);
    expect(decideReply(message("m_2", "I want a bike"), transcript, options)).toMatchObject({ concern: ["abuse"], raised: [] });
  });

  it("gives a redelivered skip the same ids, and a replay run ids of its own", () => {
    const transcript = [...before(), said("m_1", "I want a kite"), said("m_2", "and a bike")];
    const ids = (scope?: string) => skipped(message("m_1", "I want a kite"), "m_2", transcript, scope).map((e) => e.id);
    expect(ids()).toEqual(ids());
    expect(ids("run-1")).not.toEqual(ids());
    expect(skipped(message("m_1", "I want a kite"), "m_2", transcript, "run-1")[0]!.replay).toBe(true);
  });
});

describe("reply events", () => {
  it("derive their ids from the message, so a retried reaction repeats them", () => {
    const plan = planReply(message("m_1", "hi"), SAFETY_SCREEN_MODEL, "v1");
    const again = planReply(message("m_1", "hi"), SAFETY_SCREEN_MODEL, "v1");
    expect(replyStarted(plan).id).toBe(replyStarted(again).id);
    expect(replyChunk(plan, 3, "x").id).toBe(replyChunk(again, 3, "x").id);
    expect(replyStarted(plan)).toMatchObject({ type: "reply.started", data: { model: SAFETY_SCREEN_MODEL, promptVersion: "v1" } });
  });

  it("get ids of their own in a replay run, marked as replay, and the same ids on the run's retry", () => {
    const live = planReply(message("m_1", "hi"), SAFETY_SCREEN_MODEL, "v1");
    const run = planReply(message("m_1", "hi"), SAFETY_SCREEN_MODEL, "v3", "run-1");
    expect(run.replyId).not.toBe(live.replyId);
    expect(replyChunk(run, 0, "x").id).not.toBe(replyChunk(live, 0, "x").id);
    expect(replyStarted(run).replay).toBe(true);
    expect(replyStarted(live).replay).toBe(false);
    expect(planReply(message("m_1", "hi"), SAFETY_SCREEN_MODEL, "v3", "run-1").replyId).toBe(run.replyId);
  });
});
