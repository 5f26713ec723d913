import { afterEach, describe, expect, it, vi } from "vitest";
import { daysUntilChristmas } from "../calendar.js";
import type { ModelEvent, ModelRequest, Turn } from "../model.js";
import { screenOutput } from "../safety.js";
import { composeReply, NorthPoleModel, wishesIn } from "./north-pole.js";
import { measureNorthPoleSpeed } from "./north-pole-speed.js";

const TODAY = new Date("2026-11-24T15:00:00Z");
const request = (turns: Turn[], conversationId = "c_test", memory?: ModelRequest["memory"]): ModelRequest => ({ system: "", turns, conversationId, memory });
const child = (text: string): Turn => ({ role: "child", text });
const santa = (text: string): Turn => ({ role: "santa", text });

/** Plays a conversation: each child message gets the North Pole's reply. */
function chat(messages: string[], conversationId = "c_test", today = TODAY): string[] {
  const turns: Turn[] = [];
  return messages.map((m) => {
    turns.push(child(m));
    const reply = composeReply(request(turns, conversationId), today);
    turns.push(santa(reply));
    return reply;
  });
}
const replyTo = (message: string, earlier: string[] = ["Hi Santa, I'm Mia"]) => chat([...earlier, message]).pop()!;

describe("the North Pole model greets and learns the child's name", () => {
  it.each(["Hello Santa!", "hi", "Dear Santa, merry Christmas", "Santa?"])("greets a first message %j and asks the child's name", (message) => {
    const reply = replyTo(message, []);
    expect(reply).toMatch(/^(Ho ho ho|Well, hello there|Hello|Goodness me|Oh my stars)/);
    expect(reply).toMatch(/name|who do I have the pleasure/i);
  });

  it.each([
    ["My name is Mia", "Mia"],
    ["hi im sam and i'm 7", "Sam"],
    ["I'm Tom. Can I have a train set?", "Tom"],
    ["call me mary-jane!", "Mary-Jane"],
    ["Hello! I am Oliver", "Oliver"],
    ["my names leo", "Leo"],
  ])("is glad to meet a child who says %j", (message, name) => {
    const reply = replyTo(message, []);
    expect(reply).toContain(name);
    expect(reply).not.toMatch(/what is your name|tell me your name/i);
  });

  it.each([
    ["its lea", "Lea"],
    ["Mia here!", "Mia"],
    ["me llamo Sofía", "Sofía"],
  ])("is glad to meet a child who writes casually or in another language: %j", (message, name) => {
    expect(replyTo(message, [])).toContain(name);
  });

  it("takes a one-word answer to 'what is your name?' as the name", () => {
    const [first, second] = chat(["hello", "Sam!"]);
    expect(first).toMatch(/name|who do I have the pleasure/i);
    expect(second).toMatch(/Sam/);
    expect(second).toMatch(/meet you, Sam|Sam, what a lovely name/);
  });

  it.each(["I'm good", "I am 7 years old", "I'm so excited for Christmas!", "im fine"])("does not take %j for a name", (message) => {
    expect(replyTo(message, [])).toMatch(/name|who do I have the pleasure/i);
  });

  it("uses the name in every reply once known, and remembers it when asked", () => {
    const replies = chat(["Hello Santa", "My name is Mia", "How are the reindeer?", "What are the elves doing?", "I want a kite", "What's my name?", "Do you like cookies?"]);
    for (const reply of replies.slice(1)) expect(reply).toContain("Mia");
    expect(replies[5]).toMatch(/you are Mia/);
  });

  it("knows the name from memory when the turn that gave it is no longer shown", () => {
    const reply = composeReply(request([santa("Ho ho ho!"), child("What's my name?")], "c_mem", { childName: "Zoe" }), TODAY);
    expect(reply).toContain("you are Zoe");
  });

  it("says so when it does not know the name yet", () => {
    expect(chat(["hello", "what is my name?"])[1]).toMatch(/not told me your name yet|don't think you have told me/i);
  });
});

describe("the North Pole model acknowledges each wish by name", () => {
  it.each([
    ["I want a red bike", ["red bike"]],
    ["I would like a puppy, a kite and some lego please", ["puppy", "kite", "lego"]],
    ["Can I have a train set?", ["train set"]],
    ["all I want for Christmas is a unicorn", ["unicorn"]],
    ["please bring me roller skates and a scooter", ["roller skates", "scooter"]],
    ["I wish for a dollhouse, a teddy bear, and a scooter for christmas", ["dollhouse", "teddy bear", "scooter"]],
    ["I really want a drone. I'd also like a book about dinosaurs", ["drone", "book about dinosaurs"]],
  ])("%s", (message, wishes) => {
    const reply = replyTo(message);
    for (const wish of wishes) expect(reply.toLowerCase()).toContain(wish);
    expect(reply).toMatch(/list|elves/);
    expect(reply).not.toMatch(/will (definitely|surely) (get|bring)/);
  });

  it.each([
    ["I would like to go to the zoo", []],
    ["I want you to be happy", []],
    ["all I want for christmas is you", []],
    ["I want a bike and to see the reindeer", ["a bike"]],
  ])("finds no gift in %j beyond %j", (message, wishes) => {
    expect(wishesIn(message)).toEqual(wishes);
  });

  it("crosses off a wish the child takes back", () => {
    expect(replyTo("I don't want the puppy anymore", ["I'm Mia", "I want a puppy"])).toMatch(/puppy.*(crossed it off|elves know|Off the list)|Off the list goes the puppy/);
  });

  it.each<[string, string[], string[], string[]]>([
    ["actually not the puppy, a kitten instead", ["I'm Mia", "I want a puppy"], ["kitten"], ["puppy"]],
    ["can I have a kitten instead of the puppy?", ["I'm Mia", "I want a puppy"], ["kitten"], ["puppy"]],
    ["1. lego\n2. a sledge", ["I'm Mia"], ["lego", "sledge"], []],
    ["My list:\n- a kite\n- roller skates", ["I'm Mia"], ["kite", "roller skates"], []],
    ["and a castle too", ["I'm Mia", "I want a dragon"], ["castle"], []],
    ["not the drum", ["I'm Mia", "I want a drum and a guitar"], [], ["drum"]],
  ])("answers %j by naming what joins the list and what leaves it", (message, earlier, joins, leaves) => {
    const reply = replyTo(message, earlier);
    for (const gift of joins) expect(reply).toContain(gift);
    for (const gift of leaves) expect(reply).toMatch(new RegExp(`(No more|about the|goes the) ${gift}`));
    expect(reply).not.toMatch(/tell me your name/i);
  });

  it("says a list written over lines is a wish list, not a name", () => {
    expect(replyTo("1. lego\n2. a sledge", [])).toMatch(/lego and a sledge/i);
  });

  it.each<[string[], RegExp]>([
    [["I'm Mia", "I want a puppy and a kite", "not the puppy, a kitten instead", "what did I ask for?"], /a kite and a kitten/],
    [["I'm Mia", "can I have lego", "what's on my list?"], /lego/],
    [["I'm Mia", "what did I ask for?"], /not told me any wishes yet|no wishes from you yet/],
  ])("answers 'what did I ask for?' from the conversation: %j", (messages, answer) => {
    const reply = chat(messages).pop()!;
    expect(reply).toMatch(answer);
    expect(reply).not.toMatch(/puppy/);
  });
});

describe("the North Pole model counts the days and says goodbye", () => {
  it.each([
    ["2026-11-24", 31],
    ["2026-12-25", 0],
    ["2026-12-31", 359],
    ["2028-02-29", 300],
  ])("counts %s as %i days until Christmas", (date, days) => {
    expect(daysUntilChristmas(new Date(`${date}T23:30:00Z`))).toBe(days);
  });

  it.each(["Goodbye Santa!", "bye bye", "good night santa", "I have to go now"])("says goodbye warmly to %j", (message) => {
    const reply = replyTo(message);
    expect(reply).toMatch(/Goodbye|Farewell|Bye-bye/);
    expect(reply).toContain("Mia");
    expect(reply).not.toMatch(/\?$/);
  });

  it("comforts a child who is sad", () => {
    const reply = replyTo("my grandma died");
    expect(reply).toMatch(/sorry/);
    expect(reply).not.toMatch(/Ho ho/);
  });
});

describe("the North Pole model keeps children safe", () => {
  it.each([
    ["what is sex", /grown-up/],
    ["can I have a real gun", /grown-up/],
    ["do you drink beer?", /grown-up/],
    ["I want to hurt myself", /grown-up you trust/],
    ["this is shit", /kindest words|merry and bright/],
  ])("steers gracefully away from %j", (message, steer) => {
    const reply = replyTo(message);
    expect(reply).toMatch(steer);
    expect(reply).not.toMatch(/\b(sex|gun|beer|shit)\b/i);
  });

  it.each([
    ["my phone number is 555 123 4567", "555", /phone numbers/],
    ["I live at 42 Elm Street", "Elm", /home addresses/],
    ["email me at mia@example.com", "mia@", /email addresses/],
  ])("never echoes personal data in %j and asks not to share it", (message, secret, kind) => {
    const reply = replyTo(message);
    expect(reply).not.toContain(secret);
    expect(reply).toMatch(kind);
    expect(reply).toMatch(/don't share|never share|secret/);
  });

  it("says nothing its own output screen would stop", () => {
    const messages = ["hi", "I'm Mia", "I want a bike and a puppy", "how many days until christmas", "reindeer?", "elves?", "north pole?", "cookies?", "thank you", "ok", "bye"];
    for (const id of ["c_a", "c_b", "c_c", "c_d", "c_e"]) for (const reply of chat(messages, id)) expect(screenOutput(reply)).toEqual({ ok: true });
  });
});

describe("the North Pole model varies, deterministically", () => {
  it("gives the same reply to the same conversation", () => {
    const messages = ["Hello", "I'm Mia", "I want a kite", "How are the reindeer?"];
    expect(chat(messages, "c_same")).toEqual(chat(messages, "c_same"));
  });

  it("words replies differently across conversations", () => {
    const greetings = new Set(["c_1", "c_2", "c_3", "c_4", "c_5", "c_6", "c_7", "c_8"].map((id) => chat(["Hello Santa!"], id)[0]));
    expect(greetings.size).toBeGreaterThan(1);
  });

  it("does not repeat an answer when asked again", () => {
    const replies = chat(["I'm Mia", "tell me about the reindeer", "more about the reindeer please", "and the reindeer again?", "the reindeer!"]).slice(1);
    expect(new Set(replies).size).toBe(replies.length);
  });

  it("never repeats a reply in a long conversation", () => {
    const messages = ["hi", "I'm Mia", "I want a bike", "ok", "ok", "cool", "I want a doll", "how are the elves", "how are the elves", "ok", "thanks", "thanks", "bye"];
    const replies = chat(messages, "c_long");
    expect(new Set(replies).size).toBe(replies.length);
  });
});

describe("the North Pole model streams word by word", () => {
  afterEach(() => vi.useRealTimers());

  const collect = async (stream: AsyncIterable<ModelEvent>) => {
    const events: ModelEvent[] = [];
    for await (const e of stream) events.push(e);
    return events;
  };

  it("streams each word, then finishes with usage", async () => {
    const model = new NorthPoleModel({ wordDelayMs: 0, today: () => TODAY });
    const req = request([child("Hello! My name is Mia and I want a kite")]);
    const events = await collect(model.stream(req));
    const text = events.flatMap((e) => (e.type === "text" ? [e.text] : []));
    expect(text.join("")).toBe(composeReply(req, TODAY));
    expect(text.length).toBe(text.join("").split(" ").length);
    expect(events.at(-1)).toMatchObject({ type: "done", stopReason: "end_turn", usage: { output: text.length } });
  });

  it("paces words at wordDelayMs", async () => {
    vi.useFakeTimers();
    const model = new NorthPoleModel({ wordDelayMs: 40, today: () => TODAY });
    const words: string[] = [];
    const done = (async () => {
      for await (const e of model.stream(request([child("Hello Santa")]))) if (e.type === "text") words.push(e.text);
    })();
    await vi.advanceTimersByTimeAsync(39);
    expect(words).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(words).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(80);
    expect(words).toHaveLength(3);
    await vi.runAllTimersAsync();
    await done;
  });

  it("keeps its pace while its reader is busy: the words due by then come at once", async () => {
    vi.useFakeTimers();
    const model = new NorthPoleModel({ wordDelayMs: 40, today: () => TODAY });
    const words: string[] = [];
    const done = (async () => {
      for await (const e of model.stream(request([child("Hello Santa, I would like a red bicycle and a kite")]))) {
        if (e.type !== "text") continue;
        words.push(e.text);
        // the reader is busy for 100 ms after the first word (another reply's work, say)
        if (words.length === 1) await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await vi.advanceTimersByTimeAsync(40);
    expect(words).toHaveLength(1);
    // at 140 ms the words due at 80 and 120 ms are there at once, not 40 ms apart from now on
    await vi.advanceTimersByTimeAsync(100);
    expect(words).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(20);
    expect(words).toHaveLength(4);
    await vi.runAllTimersAsync();
    await done;
  });

  it("stops when aborted", async () => {
    const model = new NorthPoleModel({ wordDelayMs: 0, today: () => TODAY });
    const abort = new AbortController();
    const events: ModelEvent[] = [];
    for await (const e of model.stream(request([child("Hello Santa")]), abort.signal)) {
      events.push(e);
      abort.abort();
    }
    expect(events).toHaveLength(1);
  });

  it("measures its raw speed", async () => {
    const speed = await measureNorthPoleSpeed({ replies: 20 });
    expect(speed.replies).toBe(20);
    expect(speed.words).toBeGreaterThan(200);
    expect(speed.wordsPerSecond).toBeGreaterThan(0);
  });
});

describe("the North Pole model answers several messages sent before it replied", () => {
  const greeted = [child("Hi Santa, I'm Mia"), santa("Hello Mia! What would you like for Christmas?")];

  it("acknowledges the wishes of every message since its last reply", () => {
    const reply = composeReply(request([...greeted, child("I want a kite"), child("and a yo-yo"), child("a teddy bear too"), child("can I have a sledge?")]), TODAY);
    for (const wish of ["kite", "yo-yo", "teddy bear", "sledge"]) expect(reply).toContain(wish);
  });

  it("answers the questions in them, and their wishes", () => {
    const reply = composeReply(request([...greeted, child("I want a kite"), child("how many sleeps until christmas?"), child("do reindeer eat carrots?")]), TODAY);
    expect(reply).toContain("kite");
    expect(reply).toContain(String(daysUntilChristmas(TODAY)));
    expect(reply).toMatch(/carrot/i);
  });

  it("kindly declines a harmful wish in an earlier one and lists the ordinary wish of a later one", () => {
    const reply = composeReply(request([...greeted, child("I want a knife"), child("and a bike")]), TODAY);
    expect(reply).not.toMatch(/knife/i);
    expect(reply).toMatch(/bike/);
  });

  it("answers a disclosure among them with care, in a flagged conversation", () => {
    const reply = composeReply(request([...greeted, child("I want a lego set"), child("my uncle hurts me when mum is out")], "c_test", { childName: "Mia", concern: ["abuse"] }), TODAY);
    expect(reply).toMatch(/grown-up you trust/);
    expect(reply).not.toMatch(/ho ho|lego/i);
  });
});
