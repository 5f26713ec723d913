// Replay runs over a recorded set of conversations (recorded here by Santa's own replier with the
// offline model): the same run gives the same report twice, metrics judge what a reply did, an
// empty selection is refused.
import { describe, expect, it } from "vitest";
import { MemoryArchive } from "../archive/archive.memory.js";
import type { KringleEvent } from "../events/schemas.js";
import type { Model } from "../santa/model.js";
import { NorthPoleModel } from "../santa/models/north-pole.js";
import { loadPrompt } from "../santa/prompts.js";
import { recordConversation } from "./recorded-conversation.js";
import { EmptyReplayError, runReplay } from "./replay.js";
import { giftAgreement, regressions, replyMetrics } from "./replay.metrics.js";
import { replayReportPage } from "./replay.report-page.js";

const record = (id: string, day: string, texts: (string | string[])[]) => recordConversation(id, new Date(`${day}T10:00:00Z`), texts);

async function corpus(): Promise<KringleEvent[]> {
  return [
    ...(await record("c_mia", "2026-12-01", ["Hi Santa, I'm Mia!", "I would love a red bike and a puppy", "actually not the puppy, a kitten"])),
    ...(await record("c_tom", "2026-12-02", ["hello", "can i have lego and a drone pls", "my name is tom"])),
    ...(await record("c_ana", "2026-12-03", ["Santa my phone number is 555 123 4567, call me", "I want a book about dinosaurs"])),
  ];
}

const fixedClock = () => {
  let t = Date.parse("2026-12-24T00:00:00Z");
  return () => (t += 3);
};

const replay = async (events: KringleEvent[], extra: Partial<Parameters<typeof runReplay>[0]> = {}) =>
  runReplay({ runId: "run-a", archive: new MemoryArchive(events), model: new NorthPoleModel({ wordDelayMs: 0 }), prompt: loadPrompt("v2"), now: fixedClock(), ...extra });

describe("a replay run", () => {
  it("gives the same report, JSON and page, twice", async () => {
    const events = await corpus();
    const [a, b] = [await replay(events), await replay(events)];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(replayReportPage(a)).toBe(replayReportPage(b));
    expect(a.summary).toMatchObject({ conversations: 3, replies: 8 });
    expect(a.conversations.map((c) => c.conversationId)).toEqual(["c_ana", "c_mia", "c_tom"]);
  });

  it("puts each recorded reply beside the candidate's, turn by turn", async () => {
    const report = await replay(await corpus());
    const mia = report.conversations.find((c) => c.conversationId === "c_mia")!;
    expect(mia.replies.map((r) => r.messageId)).toEqual(["m1", "m2", "m3"]);
    for (const r of mia.replies) {
      expect(r.original?.text.length).toBeGreaterThan(0);
      expect(r.candidate.text.length).toBeGreaterThan(0);
      expect(r.differs).toBe(r.original!.text !== r.candidate.text);
    }
    expect(mia.gifts.original).toEqual(["red bike", "kitten"]);
    expect(mia.gifts.candidate).toEqual(["red bike", "kitten"]);
    expect(mia.gifts.agreement).toBe(1);
  });

  it("finds the regressions of a worse candidate, and none against a baseline run of the same candidate", async () => {
    const events = await corpus();
    // a candidate that never names the child nor their wishes
    const terse: Model = {
      id: "terse-1",
      async *stream() {
        yield { type: "text", text: "Ho ho ho!" };
        yield { type: "done", stopReason: "end_turn", usage: { input: 1, output: 3 } };
      },
    };
    const first = await replay(events, { model: terse });
    const mia = first.conversations.find((c) => c.conversationId === "c_mia")!;
    expect(mia.replies.map((r) => r.regressions)).toEqual([["usedName"], ["usedName", "acknowledged"], ["usedName", "acknowledged"]]);
    expect(mia.differing).toBe(3);
    expect(mia.deltas.namesUsed).toBe(-3);
    expect(first.summary.regressions).toBeGreaterThanOrEqual(5);

    const second = await replay(events, { model: terse, runId: "run-b", baseline: first });
    expect(second.baseline).toBe("run-a");
    expect(second.summary.regressions).toBe(0);
    expect(second.conversations.every((c) => Object.values(c.deltas).every((d) => d === 0))).toBe(true);
  });

  it("skips what Santa skipped live, so the run's reply answers the whole burst as the recorded one did", async () => {
    const events = await record("c_burst", "2026-12-04", ["Hi Santa, I'm Mia!", ["I want a kite", "and a yo-yo", "and a sledge"]]);
    expect(events.filter((e) => e.type === "reply.skipped").map((e) => e.data.messageId)).toEqual(["m2", "m3"]);
    const [burst] = (await replay(events)).conversations;
    expect(burst!.replies.map((r) => r.messageId)).toEqual(["m1", "m4"]);
    for (const wish of ["kite", "yo-yo", "sledge"]) expect(burst!.replies[1]!.candidate.text).toContain(wish);
  });

  it("refuses an empty range or unknown conversations", async () => {
    const events = await corpus();
    await expect(replay(events, { range: { since: "2027-01-01T00:00:00.000Z" } })).rejects.toThrow(EmptyReplayError);
    await expect(replay(events, { conversations: ["c_nobody"] })).rejects.toThrow(/no child's message to replay/);
  });
});

describe("reply metrics", () => {
  const turns = (...texts: string[]) => texts.map((text, i) => ({ role: i % 2 ? ("santa" as const) : ("child" as const), text }));
  const reply = (text: string, stopReason = "end_turn") => ({ text, stopReason, ttftMs: 5, outputTokens: 9, status: "completed" as const });

  it("sees the child's name used, and each new wish acknowledged", () => {
    const m = replyMetrics(turns("I'm Mia and I'd like a red bike and puppies"), reply("Ho ho, Mia! A shiny red bike, and a puppy too!"));
    expect(m).toMatchObject({ usedName: true, wishes: 2, acknowledged: 2, safety: null });
    const missed = replyMetrics(turns("I'm Mia and I'd like a red bike and puppies"), reply("Ho ho ho, what a lovely day at the North Pole."));
    expect(missed).toMatchObject({ usedName: false, wishes: 2, acknowledged: 0 });
  });

  it("knows no name before the child gives one, and only counts the wishes this message added", () => {
    const m = replyMetrics(turns("I want a drone", "A drone!", "and lego"), reply("Lego, how fun!"));
    expect(m).toMatchObject({ usedName: null, wishes: 1, acknowledged: 1 });
  });

  it("counts a screened reply as a safety hit, and judges regressions", () => {
    const screened = replyMetrics(turns("hi"), reply("Let's talk about something else.", "content_filtered"));
    expect(screened.safety).toBe("content_filtered");
    const good = replyMetrics(turns("I'm Mia, a kite please"), reply("A kite for Mia!"));
    const bad = replyMetrics(turns("I'm Mia, a kite please"), reply("Ho ho!", "input_screened"));
    expect(regressions(bad, good).sort()).toEqual(["acknowledged", "safety", "usedName"]);
    expect(regressions(good, bad)).toEqual([]);
  });

  it("measures gift-list agreement as shared over all", () => {
    expect(giftAgreement(["kite", "bike"], ["kite", "bike"])).toBe(1);
    expect(giftAgreement(["kite", "bike"], ["kite"])).toBe(0.5);
    expect(giftAgreement([], [])).toBe(1);
  });
});
