import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { EventOf } from "../events/schemas.js";
import type { Extraction } from "./extraction.js";
import { decideGifts, extractionTurns, giftIdOf } from "./gifts.reactor.js";

const message = (text: string, id = "e_2") =>
  makeEvent("message.sent", "c_1", { messageId: "m_2", text }, { id, at: new Date("2026-12-20T10:00:00Z") }) as EventOf<"message.sent">;
const list = (childName: string | null, ...gifts: string[]): Extraction => ({
  childName,
  wishes: gifts.map((gift) => ({ gift, messageId: "m_1", confidence: 0.9 })),
});
const summary = (events: ReturnType<typeof decideGifts>) =>
  events.map((e) => (e.type === "gift.requested" || e.type === "gift.withdrawn" ? `${e.type}:${e.data.gift}:${e.data.childName}` : e.type));

describe("the gift extractor's decision", () => {
  it("requests what is new to the list and withdraws what left it", () => {
    const events = decideGifts(message("not the puppy, a kitten instead"), list("Mia", "puppy", "bike"), list("Mia", "bike", "kitten"), { extractor: "offline-1" });
    expect(summary(events)).toEqual(["gift.requested:kitten:Mia", "gift.withdrawn:puppy:Mia"]);
  });

  it("marks a wish Santa declines, judged as the child wrote it, and leaves ordinary wishes unmarked", () => {
    const text = "I want a real car, a pocket knife and a toy car";
    const asked = { childName: "Mia", wishes: ["car", "pocket knife", "toy car"].map((gift) => ({ gift, messageId: "m_2", confidence: 0.9 })) };
    const events = decideGifts(message(text), list("Mia"), asked, { extractor: "offline-1", turns: [{ role: "child", text, messageId: "m_2" }] });
    expect(events.map((e) => e.type === "gift.requested" && [e.data.gift, e.data.declined ?? null])).toEqual([
      ["car", "absurd"],
      ["pocket knife", "harmful"],
      ["toy car", null],
    ]);
  });

  it("asks nothing of a message that changed nothing", () => {
    expect(decideGifts(message("thank you Santa"), list("Mia", "bike"), list("Mia", "bike"), { extractor: "offline-1" })).toEqual([]);
  });

  it("requests the standing wishes again with the child's name once it is told", () => {
    const events = decideGifts(message("I'm Mia by the way"), list(null, "bike"), list("Mia", "bike"), { extractor: "offline-1" });
    expect(summary(events)).toEqual(["gift.requested:bike:Mia"]);
  });

  it("derives ids and time from the message, so a retried reaction repeats its events exactly", () => {
    const once = decideGifts(message("a kite"), list(null), list(null, "kite"), { extractor: "offline-1" });
    const again = decideGifts(message("a kite"), list(null), list(null, "kite"), { extractor: "offline-1" });
    expect(again).toEqual(once);
    expect(once[0]).toMatchObject({ at: "2026-12-20T10:00:00.000Z", causationId: "e_2", data: { giftId: giftIdOf("c_1", "kite") } });
  });

  it("gives a replay run ids of its own, marked replay", () => {
    const live = decideGifts(message("a kite"), list(null), list(null, "kite"), { extractor: "offline-1" });
    const run = decideGifts(message("a kite"), list(null), list(null, "kite"), { extractor: "offline-1", scope: "run-1" });
    expect(run[0]!.id).not.toBe(live[0]!.id);
    expect(run[0]).toMatchObject({ replay: true });
    expect(live[0]).toMatchObject({ replay: false });
  });

  it("reads the conversation before the message, and with it, whether the transcript holds it yet", () => {
    const transcript = [
      { kind: "message" as const, position: 1, messageId: "m_1", text: "I'm Mia", at: "" },
      { kind: "reply" as const, position: 2, replyId: "r", inReplyTo: "m_1", text: "Hello Mia!", lastSeq: 0, status: "completed" as const, at: "" },
      { kind: "message" as const, position: 3, messageId: "m_2", text: "a kite", at: "" },
    ];
    const m = message("a kite");
    expect(extractionTurns(m, transcript)).toEqual(extractionTurns(m, transcript.slice(0, 2)));
    expect(extractionTurns(m, transcript).after.map((t) => t.role)).toEqual(["child", "santa", "child"]);
  });
});
