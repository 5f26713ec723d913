import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { EventOf, KringleEvent } from "../events/schemas.js";
import type { Entry } from "../protocol/frames.js";
import { ModelError, type Model, type ModelEvent, type ModelRequest } from "./model.js";
import { NorthPoleModel } from "./models/north-pole.js";
import { withRetries } from "./retry.js";
import { REDACTED } from "../safety/personal-data.js";
import { SAFETY_SCREEN_MODEL } from "./santa.decisions.js";
import { CONTENT_FILTERED, INPUT_SCREENED, readingAhead, replyTo, type ReplierDeps } from "./santa.reactor.js";
import { MemoryReplyLock } from "./reply-lock.js";
import { MemoryTranscriptStore } from "../transcript/transcript.memory.js";
import { allEntries } from "../transcript/transcript.port.js";
import { projectTranscript } from "../transcript/transcript.runner.js";
import { silentPusher } from "../ports/index.js";

const C = "c_replier";
const message = (text: string, messageId = "m_1") => makeEvent("message.sent", C, { messageId, text }, { id: `e_${messageId}` }) as EventOf<"message.sent">;

/** A model that streams the given pieces, then finishes or throws; it records what it was asked. */
function fakeModel(pieces: string[], options: { error?: ModelError; failFirst?: ModelError; finish?: boolean } = {}) {
  const model = {
    id: "fake-1",
    requests: [] as ModelRequest[],
    closed: 0,
    async *stream(request: ModelRequest): AsyncIterable<ModelEvent> {
      model.requests.push(request);
      if (options.failFirst && model.requests.length === 1) throw options.failFirst;
      try {
        for (const text of pieces) yield { type: "text", text };
        if (options.error) throw options.error;
        if (options.finish !== false) yield { type: "done", stopReason: "end_turn", usage: { input: 12, output: pieces.length } };
      } finally {
        model.closed++;
      }
    },
  } satisfies Model & Record<string, unknown>;
  return model;
}

/**
 * What the events say, without their envelopes and ids: those are random or the wall clock, and
 * "555" turned up in an id or a timestamp's milliseconds now and then.
 */
const said = (events: readonly KringleEvent[]) =>
  JSON.stringify(events.map((e) => e.data), (key, value: unknown) => (key === "replyId" || key === "inReplyTo" ? undefined : value));

async function run(msg: EventOf<"message.sent">, model: Model, transcript: Entry[] = [], extra: Partial<ReplierDeps> = {}) {
  const log: KringleEvent[] = [];
  let clock = 1000;
  const outcome = await replyTo(msg, {
    log: { append: async (events) => void log.push(...events) },
    model,
    prompt: { version: "v9", text: "You are Santa." },
    transcript: async () => transcript,
    chunking: { maxChars: 16, maxDelayMs: 5 },
    now: () => (clock += 10),
    today: () => new Date("2026-11-24T12:00:00Z"),
    ...extra,
  });
  const of = <T extends KringleEvent["type"]>(type: T) => log.filter((e): e is EventOf<T> => e.type === type);
  return { outcome, log, of, chunksText: of("reply.chunk").map((c) => c.data.text).join("") };
}

describe("replying to a child's message", () => {
  it("streams the model's text as chunks, then completes with usage and timings", async () => {
    const pieces = ["Ho ", "ho ", "ho! ", "The ", "reindeer ", "are ", "ready ", "for ", "Christmas ", "Eve."];
    const { outcome, log, of, chunksText } = await run(message("Hi Santa"), fakeModel(pieces));
    expect(outcome).toMatchObject({ status: "completed" });
    expect(log[0]).toMatchObject({ type: "reply.started", data: { inReplyTo: "m_1", model: "fake-1", promptVersion: "v9" } });
    // the first text goes out on its own, at once
    expect(of("reply.chunk")[0]!.data).toMatchObject({ seq: 0, text: "Ho " });
    expect(of("reply.chunk").map((c) => c.data.seq)).toEqual(of("reply.chunk").map((_, i) => i));
    const [completed] = of("reply.completed");
    expect(completed!.data).toMatchObject({ text: pieces.join(""), stopReason: "end_turn", usage: { input: 12, output: 10 } });
    expect(completed!.data.ttftMs).toBeGreaterThan(0);
    expect(completed!.data.totalMs).toBeGreaterThan(completed!.data.ttftMs);
    expect(chunksText).toBe(pieces.join(""));
    expect(log.at(-1)!.type).toBe("reply.completed");
  });

  it("produces the very same event ids when run again", async () => {
    const a = await run(message("Hi Santa"), fakeModel(["Ho ", "ho!"]));
    const b = await run(message("Hi Santa"), fakeModel(["Ho ", "ho!"]));
    expect(a.log.map((e) => e.id)).toEqual(b.log.map((e) => e.id));
  });

  it("gives the model the prompt, what Santa remembers and redacted history", async () => {
    const model = fakeModel(["Ho!"]);
    const transcript: Entry[] = [
      { kind: "message", position: 1, messageId: "m_0", text: "I'm Mia, call me on 555 123 4567", at: "" },
      { kind: "reply", position: 2, replyId: "r_0", inReplyTo: "m_0", text: "Hello Mia!", lastSeq: 0, status: "completed", at: "" },
    ];
    await run(message("What's my name?"), model, transcript);
    const [request] = model.requests;
    expect(request!.system).toMatch(/^You are Santa\.\n\nWhat you remember/);
    expect(request!.system).toContain("The child's name is Mia.");
    expect(request!.turns).toEqual([
      { role: "child", text: `I'm Mia, call me on ${REDACTED}` },
      { role: "santa", text: "Hello Mia!" },
      { role: "child", text: "What's my name?" },
    ]);
  });
});

describe("the input screen", () => {
  it.each([
    ["my phone number is 555-123-4567", "555", /phone numbers/],
    ["I live at 42 Elm Street", "Elm", /home addresses/],
    ["what does beer taste like", "beer", /grown-up/],
  ])("answers %j itself, never sending it to the model", async (text, secret, reply) => {
    const model = fakeModel(["should not be asked"]);
    const { outcome, log, of, chunksText } = await run(message(text), model);
    expect(model.requests).toHaveLength(0);
    expect(outcome.status).toBe("completed");
    expect(of("reply.started")[0]!.data.model).toBe(SAFETY_SCREEN_MODEL);
    const [completed] = of("reply.completed");
    expect(completed!.data).toMatchObject({ stopReason: INPUT_SCREENED });
    expect(completed!.data.text).toMatch(reply);
    expect(chunksText).toBe(completed!.data.text);
    expect(said(log.filter((e) => e.type !== "message.sent"))).not.toContain(secret);
  });
});

describe("the output screen", () => {
  it.each([
    ["a phone number", ["Ho ", "ho! ", "Call ", "me ", "on ", "555-", "123-", "4567 ", "any ", "time."], "555"],
    ["a question about where the child lives", ["Ho ", "ho! ", "Where ", "do ", "you ", "live, ", "dear?"], "Where do you live"],
    ["a swear word", ["Ho ", "ho! ", "Oh ", "sh", "it, ", "the ", "sleigh!"], "shit"],
  ])("stops %s before it reaches the log and ends the reply safely", async (_name, pieces, unsafe) => {
    const model = fakeModel(pieces);
    const { outcome, log, of, chunksText } = await run(message("Hi Santa"), model);
    expect(outcome.status).toBe("completed");
    const [completed] = of("reply.completed");
    expect(completed!.data.stopReason).toBe(CONTENT_FILTERED);
    // what was released stays; a kind sentence ends the reply
    expect(completed!.data.text).toMatch(/^Ho ho! .*— (But let's talk|Now, let's get back|Ho ho ho! Tell me).*\?$/);
    expect(chunksText).toBe(completed!.data.text);
    expect(said(log)).not.toContain(unsafe);
    expect(model.closed).toBe(1);
  });

  it("checks the last words when the stream ends", async () => {
    const { of } = await run(message("Hi Santa"), fakeModel(["Ho ho! ", "Write ", "to ", "santa@north.pole.com"]));
    expect(of("reply.completed")[0]!.data).toMatchObject({ stopReason: CONTENT_FILTERED });
    expect(said(of("reply.chunk"))).not.toContain("santa@");
  });
});

describe("when the model fails", () => {
  it("records reply.failed, never reply.completed, for an error after the first token", async () => {
    const { outcome, of } = await run(message("Hi Santa"), fakeModel(["Ho ", "ho ", "ho! "], { error: new ModelError("throttled", "slow down", true) }));
    expect(outcome.status).toBe("failed");
    expect(of("reply.failed")[0]!.data).toMatchObject({ error: "throttled", retryable: true });
    expect(of("reply.completed")).toHaveLength(0);
  });

  it("records a stream that ends without finishing as failed and retryable", async () => {
    const { of } = await run(message("Hi Santa"), fakeModel(["Ho "], { finish: false }));
    expect(of("reply.failed")[0]!.data).toMatchObject({ error: "stream_ended", retryable: true });
  });

  it("retries before the first token and completes with the ids of an untroubled reply", async () => {
    const flaky = fakeModel(["Ho ", "ho!"], { failFirst: new ModelError("throttled", "slow down", true) });
    const retried = await run(message("Hi Santa"), withRetries(flaky, { attempts: 3, baseDelayMs: 1, sleep: async () => undefined }));
    const clean = await run(message("Hi Santa"), fakeModel(["Ho ", "ho!"]));
    expect(flaky.requests).toHaveLength(2);
    expect(retried.outcome.status).toBe("completed");
    expect(retried.log.map((e) => [e.id, e.type])).toEqual(clean.log.map((e) => [e.id, e.type]));
  });

  it("ends the reply as failed on an error that is not a model's, so it is never left streaming", async () => {
    const broken: Model = {
      id: "broken",
      stream: () => {
        throw new TypeError("a bug");
      },
    };
    const { outcome, of } = await run(message("Hi Santa"), broken);
    expect(outcome.status).toBe("failed");
    expect(of("reply.failed").map((e) => e.data)).toEqual([{ replyId: outcome.replyId, error: "interrupted", retryable: true }]);
    expect(of("reply.completed")).toEqual([]);
  });

  it("asks the model while reply.started is appended, and appends none of the reply before it", async () => {
    const model = fakeModel(["Ho ", "ho ", "ho!"]);
    const appended: KringleEvent[] = [];
    let letStartThrough!: () => void;
    const startHeld = new Promise<void>((resolve) => (letStartThrough = resolve));
    let askedWhileStarting = false;
    const log = {
      append: async (events: readonly KringleEvent[]) => {
        if (events[0]!.type === "reply.started") {
          // the model's stream is open before the start's append has answered
          await new Promise((r) => setTimeout(r, 5));
          askedWhileStarting = model.requests.length === 1;
          await startHeld;
        }
        appended.push(...events);
      },
    };
    const replying = run(message("Hi Santa"), model, [], { log });
    await new Promise((r) => setTimeout(r, 20));
    expect(askedWhileStarting).toBe(true);
    expect(appended).toEqual([]);
    letStartThrough();
    const { outcome } = await replying;
    expect(outcome.status).toBe("completed");
    expect(appended.map((e) => e.type)).toEqual(["reply.started", ...appended.slice(1, -1).map(() => "reply.chunk"), "reply.completed"]);
    expect(appended.filter((e) => e.type === "reply.chunk").length).toBeGreaterThan(0);
  });

  it("lets the error through when reply.started cannot be appended, with nothing else appended, so the reaction is retried", async () => {
    const model = fakeModel(["Ho ", "ho ", "ho! ", "Merry ", "Christmas!"]);
    const appended: KringleEvent[] = [];
    const log = {
      append: async (events: readonly KringleEvent[]) => {
        if (events[0]!.type === "reply.started") throw new Error("the stream is down");
        appended.push(...events);
      },
    };
    await expect(run(message("Hi Santa"), model, [], { log })).rejects.toThrow("the stream is down");
    expect(appended).toEqual([]);
    // the model's stream was closed, not left running
    expect(model.closed).toBe(1);
  });

  it("keeps the model's own error beside the start's when both failed", async () => {
    const model = fakeModel(["Ho "], { error: new ModelError("throttled", "the model is busy", true) });
    const log = {
      append: async (events: readonly KringleEvent[]) => {
        // the start's append fails only after the model has failed
        if (events[0]!.type === "reply.started") {
          await new Promise((r) => setTimeout(r, 20));
          throw new Error("the stream is down");
        }
      },
    };
    const failure = await run(message("Hi Santa"), model, [], { log }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(AggregateError);
    expect((failure as AggregateError).errors.map((e: Error) => e.message)).toEqual(["the stream is down", "the model is busy"]);
  });

  it("lets the error through when not even the failure can be recorded, so the reaction is retried", async () => {
    const broken: Model = {
      id: "broken",
      stream: () => {
        throw new TypeError("a bug");
      },
    };
    let appends = 0;
    // reply.started is recorded, then the stream goes down
    const log = {
      append: async () => {
        if (appends++ > 0) throw new Error("the stream is down");
      },
    };
    await expect(run(message("Hi Santa"), broken, [], { log })).rejects.toThrow("a bug");
  });
});

describe("replying with the North Pole model", () => {
  it("remembers the child's name from the transcript", async () => {
    const transcript: Entry[] = [
      { kind: "message", position: 1, messageId: "m_0", text: "Hello! My name is Mia", at: "" },
      { kind: "reply", position: 2, replyId: "r_0", inReplyTo: "m_0", text: "Hello Mia!", lastSeq: 0, status: "completed", at: "" },
    ];
    const { of } = await run(message("I want a kite"), new NorthPoleModel({ wordDelayMs: 0 }), transcript, { historyTokens: 5 });
    expect(of("reply.completed")[0]!.data.text).toMatch(/kite.*Mia|Mia.*kite/);
  });
});

describe("one reply at a time per conversation", () => {
  const entry = {
    said: (position: number, messageId: string, text: string): Entry => ({ kind: "message", position, messageId, text, at: "" }),
    reply: (position: number, replyId: string, inReplyTo: string, status: "streaming" | "completed"): Entry => ({
      kind: "reply",
      position,
      replyId,
      inReplyTo,
      text: status === "completed" ? "Hello Mia! What would you like?" : "Hello",
      lastSeq: 0,
      status,
      at: "",
    }),
  };

  it("skips a message the child wrote again after: no reply, no model, a reply.skipped with the ids of a retry", async () => {
    const model = fakeModel(["should not be asked"]);
    const transcript = [entry.said(1, "m_1", "I want a kite"), entry.said(2, "m_2", "and a bike")];
    const first = await run(message("I want a kite", "m_1"), model, transcript);
    expect(first.outcome).toMatchObject({ status: "skipped", laterMessageId: "m_2" });
    expect(first.log.map((e) => [e.type, e.data])).toEqual([["reply.skipped", { messageId: "m_1", laterMessageId: "m_2" }]]);
    expect(model.requests).toHaveLength(0);
    const again = await run(message("I want a kite", "m_1"), model, transcript);
    expect(again.log.map((e) => e.id)).toEqual(first.log.map((e) => e.id));
  });

  it("waits while another reply is being written, then answers everything the child wrote since", async () => {
    const model = fakeModel(["Ho ", "ho!"]);
    const writing = [entry.said(1, "m_0", "I'm Mia"), entry.reply(2, "r_0", "m_0", "streaming"), entry.said(3, "m_1", "I want a kite"), entry.said(4, "m_2", "and a bike")];
    const done = writing.map((e) => (e.kind === "reply" ? entry.reply(2, "r_0", "m_0", "completed") : e));
    let reads = 0;
    const { outcome, log } = await run(message("and a bike", "m_2"), model, [], {
      transcript: async () => (++reads < 3 ? writing : done),
      queue: { pollMs: 1 },
    });
    expect(reads).toBe(3);
    expect(outcome.status).toBe("completed");
    expect(log[0]).toMatchObject({ type: "reply.started", data: { inReplyTo: "m_2" } });
    expect(model.requests[0]!.turns.map((t) => t.text)).toEqual(["I'm Mia", "Hello Mia! What would you like?", "I want a kite", "and a bike"]);
  });

  it("skips once the reply it waited for ends, when the child wrote again meanwhile", async () => {
    const writing = [entry.said(1, "m_0", "I'm Mia"), entry.reply(2, "r_0", "m_0", "streaming"), entry.said(3, "m_1", "I want a kite")];
    let reads = 0;
    const { outcome } = await run(message("I want a kite", "m_1"), fakeModel(["Ho"]), [], {
      transcript: async () => (++reads < 2 ? writing : [...writing, entry.said(4, "m_2", "and a bike")]),
      queue: { pollMs: 1 },
    });
    expect(outcome).toMatchObject({ status: "skipped", laterMessageId: "m_2" });
  });

  it("answers anyway when the reply it waits for never ends (its retries ran out)", async () => {
    const stuck = [entry.said(1, "m_0", "I'm Mia"), entry.reply(2, "r_0", "m_0", "streaming"), entry.said(3, "m_1", "I want a kite")];
    const { outcome } = await run(message("I want a kite", "m_1"), fakeModel(["Ho ", "ho!"]), stuck, { queue: { pollMs: 1, giveUpMs: 5 } });
    expect(outcome.status).toBe("completed");
  });

  it("flags a disclosure in a skipped message at once", async () => {
    const transcript = [entry.said(1, "m_1", "he says I can't tell anyone what he does"), entry.said(2, "m_2", "I want a bike")];
    const { of } = await run(message("he says I can't tell anyone what he does", "m_1"), fakeModel(["Ho"]), transcript);
    expect(of("safety.flagged").map((e) => e.data)).toContainEqual({ messageId: "m_1", kind: "secrecy" });
  });

  /** Two reactions that read the transcript before either's message or reply is in it (projection lag). */
  async function race(lock?: MemoryReplyLock) {
    const store = new MemoryTranscriptStore();
    // one projector: appends fold in the order made, as a shard's consumer folds them
    let folded = Promise.resolve();
    const log = { append: (events: readonly KringleEvent[]) => (folded = folded.then(() => projectTranscript(C, events, { store, pusher: silentPusher }).then(() => undefined))) };
    let writing = 0;
    let most = 0;
    const model: Model = {
      id: "slow-1",
      async *stream() {
        most = Math.max(most, ++writing);
        for (const word of ["Ho ", "ho ", "ho!"]) {
          await new Promise((r) => setTimeout(r, 2));
          yield { type: "text", text: word };
        }
        writing--;
        yield { type: "done", stopReason: "end_turn", usage: { input: 1, output: 3 } };
      },
    };
    const deps: ReplierDeps = { log, model, prompt: { version: "v9", text: "You are Santa." }, transcript: (id) => allEntries(store, id), queue: { pollMs: 1 }, ...(lock ? { lock } : {}) };
    const outcomes = await Promise.all([replyTo(message("I want a kite", "m_1"), deps), replyTo(message("and a bike", "m_2"), deps)]);
    return { outcomes, most };
  }

  it("with the lock, two reactions that read the transcript at once still write one reply at a time", async () => {
    const { outcomes, most } = await race(new MemoryReplyLock());
    expect(outcomes.map((o) => o.status)).toEqual(["completed", "completed"]);
    expect(most).toBe(1);
  });

  it("without the lock (a replay, which replies in turn), such a race would write two at once", async () => {
    expect((await race()).most).toBe(2);
  });

  it("lets a claim lapse, so a reaction that crashed holding it does not stop the conversation", async () => {
    let now = 0;
    const lock = new MemoryReplyLock(() => now);
    expect(await lock.claim(C, "r_1", 1000)).toBe(true);
    expect(await lock.claim(C, "r_2", 1000)).toBe(false);
    expect(await lock.claim(C, "r_1", 1000)).toBe(true);
    now = 1001;
    expect(await lock.claim(C, "r_2", 1000)).toBe(true);
    await lock.release(C, "r_1");
    expect(await lock.claim(C, "r_3", 1000)).toBe(false);
    await lock.release(C, "r_2");
    expect(await lock.claim(C, "r_3", 1000)).toBe(true);
  });

  it("ends a hold when the claimer's transcript shows the holder's reply ended, with no release", async () => {
    const lock = new MemoryReplyLock(() => 0);
    expect(await lock.claim(C, "r_1", 1000)).toBe(true);
    // r_1 has not ended as far as r_2 can tell (another reply ended last, or none)
    expect(await lock.claim(C, "r_2", 1000, "r_0")).toBe(false);
    expect(await lock.claim(C, "r_2", 1000)).toBe(false);
    expect(await lock.claim(C, "r_2", 1000, "r_1")).toBe(true);
    // and r_1's hold is not given back to r_1's retry once r_2 holds it
    expect(await lock.claim(C, "r_3", 1000, "r_1")).toBe(false);
  });

  it("replies in turn with the lock and gives nothing back for a reply that ended; a failed reaction gives its hold back", async () => {
    const store = new MemoryTranscriptStore();
    const log = { append: (events: readonly KringleEvent[]) => projectTranscript(C, events, { store, pusher: silentPusher }).then(() => undefined) };
    const lock = new MemoryReplyLock();
    const released: string[] = [];
    const claims: boolean[] = [];
    const [claim, release] = [lock.claim.bind(lock), lock.release.bind(lock)];
    lock.claim = async (...args) => {
      claims.push(await claim(...args));
      return claims.at(-1)!;
    };
    lock.release = async (c, r) => {
      released.push(r);
      return release(c, r);
    };
    const deps: ReplierDeps = { log, model: fakeModel(["Ho ", "ho!"]), prompt: { version: "v9", text: "You are Santa." }, transcript: (id) => allEntries(store, id), queue: { pollMs: 1, giveUpMs: 50 }, lock };
    const first = message("I want a kite", "m_1");
    await log.append([first]);
    expect((await replyTo(first, deps)).status).toBe("completed");
    const second = message("and a bike", "m_2");
    await log.append([second]);
    // the second claim passes over the first reply, which the transcript shows ended: no wait, no give-up
    expect((await replyTo(second, deps)).status).toBe("completed");
    expect(claims).toEqual([true, true]);
    expect(released).toEqual([]);
    // a reaction whose log fails before its reply shows gives the hold back for its retry's rivals
    const third = message("and a sledge", "m_3");
    await log.append([third]);
    const failing: ReplierDeps = { ...deps, log: { append: async () => Promise.reject(new Error("the log is down")) } };
    await expect(replyTo(third, failing)).rejects.toThrow("the log is down");
    expect(released).toHaveLength(1);
  });
});

describe("reading the conversation ahead", () => {
  const history: Entry[] = [{ kind: "message", position: 1, messageId: "m_0", text: "Hi", at: "2026-12-01T10:00:00.000Z" }];
  function counting(options: { fail?: boolean } = {}) {
    const reads: string[] = [];
    const base = {
      log: { append: async () => undefined },
      model: fakeModel([]),
      prompt: { version: "v1", text: "You are Santa." },
      transcript: async (id: string) => {
        reads.push(id);
        if (options.fail) throw new Error("the table is away");
        return history;
      },
    } satisfies ReplierDeps;
    return { base, reads };
  }

  it("starts the read at once; the first look takes it, every later look and other conversations read anew", async () => {
    const { base, reads } = counting();
    const ahead = readingAhead(base, C);
    expect(reads).toEqual([C]);
    expect(await ahead.transcript(C)).toBe(history);
    expect(reads).toEqual([C]);
    await ahead.transcript(C);
    await ahead.transcript("c_other");
    expect(reads).toEqual([C, C, "c_other"]);
  });

  it("reads anew when the first look comes later than the read is fresh for", async () => {
    const { base, reads } = counting();
    let clock = 0;
    const ahead = readingAhead({ ...base, now: () => clock }, C, 1000);
    clock = 1500;
    await ahead.transcript(C);
    expect(reads).toEqual([C, C]);
  });

  it("hands a failed read to the first look, and leaves no rejection unhandled when nobody looks", async () => {
    const { base } = counting({ fail: true });
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", note);
    try {
      readingAhead(base, "c_never_looked_at");
      await expect(readingAhead(base, C).transcript(C)).rejects.toThrow("the table is away");
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", note);
    }
  });
});
