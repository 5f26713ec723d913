import { describe, expect, it } from "vitest";
import { safeEnding, safeReply } from "./safe-replies.js";
import { REDACTED, redactPersonalData, withholdPersonalData } from "../safety/personal-data.js";
import { OutputGuard, screenInput, screenMessage, screenOutput, type Unsafe, type Verdict } from "./safety.js";

describe("the input screen", () => {
  const cases: [string, Verdict][] = [
    // personal data
    ["my number is 555-123-4567", { ok: false, reason: "personal_data", kinds: ["phone"] }],
    ["call me on (555) 123 4567!", { ok: false, reason: "personal_data", kinds: ["phone"] }],
    ["my mum's phone is +44 7700 900123", { ok: false, reason: "personal_data", kinds: ["phone"] }],
    ["07700900123", { ok: false, reason: "personal_data", kinds: ["phone"] }],
    ["the card is 4111 1111 1111 1111", { ok: false, reason: "personal_data", kinds: ["card"] }],
    ["email me at mia.jones@example.com", { ok: false, reason: "personal_data", kinds: ["email"] }],
    ["it's mia at gmail dot com", { ok: false, reason: "personal_data", kinds: ["email"] }],
    ["I live at 42 Elm Street", { ok: false, reason: "personal_data", kinds: ["address"] }],
    ["my house is 42 elm street", { ok: false, reason: "personal_data", kinds: ["address"] }],
    ["come to 10 Downing St.", { ok: false, reason: "personal_data", kinds: ["address"] }],
    ["I live on Maple Avenue", { ok: false, reason: "personal_data", kinds: ["address"] }],
    ["my address is the blue house by the park", { ok: false, reason: "personal_data", kinds: ["address", "landmark"] }],
    ["our postcode is SW1A 1AA", { ok: false, reason: "personal_data", kinds: ["place"] }],
    ["my zip code is 90210", { ok: false, reason: "personal_data", kinds: ["place"] }],
    ["I go to Lincoln Elementary School", { ok: false, reason: "personal_data", kinds: ["school"] }],
    ["my password is bunny123", { ok: false, reason: "personal_data", kinds: ["password"] }],
    ["my birthday is 12/05/2019", { ok: false, reason: "personal_data", kinds: ["birthday"] }],
    ["im maisie jones and im 7", { ok: false, reason: "personal_data", kinds: ["name"] }],
    // unsuitable topics
    // a child in trouble
    ["I want to kill myself", { ok: false, reason: "concern", kinds: ["self-harm"] }],
    ["my brother hits me every day", { ok: false, reason: "concern", kinds: ["abuse"] }],
    ["kids at school keep bullying me", { ok: false, reason: "concern", kinds: ["distress"] }],
    ["he says I can't tell anyone, and I live at 42 Elm Street", { ok: false, reason: "concern", kinds: ["secrecy"] }],
    ["something bad happened at home", { ok: false, reason: "worried" }],
    // wishes Santa must not promise
    ["I want 100 iPhones for every child", { ok: false, reason: "wish", wish: "absurd" }],
    ["can I have a million dollars", { ok: false, reason: "wish", wish: "absurd" }],
    ["I want a real car", { ok: false, reason: "wish", wish: "absurd" }],
    ["I want a knife", { ok: false, reason: "wish", wish: "harmful" }],
    ["can I have a sword", { ok: false, reason: "wish", wish: "harmful" }],
    ["what is sex", { ok: false, reason: "unsuitable", topic: "adult" }],
    ["can I have a real gun", { ok: false, reason: "unsuitable", topic: "violence" }],
    ["how do you kill someone", { ok: false, reason: "unsuitable", topic: "violence" }],
    ["do you drink beer", { ok: false, reason: "unsuitable", topic: "drugs" }],
    ["I want a vape", { ok: false, reason: "unsuitable", topic: "drugs" }],
    ["this is shit", { ok: false, reason: "unsuitable", topic: "profanity" }],
    // what children say every day
    ["Hello Santa! My name is Mia and I'm 7.", { ok: true }],
    ["I want a nerf gun and a water gun", { ok: true }],
    ["I would like 2 bikes and 3 lego sets", { ok: true }],
    ["Christmas is on 2026-12-25", { ok: true }],
    // a date of birth with its year is personal data (safety.md §1); without the year it is not
    ["my birthday is 12/05", { ok: true }],
    ["my birthday is 14th march", { ok: true }],
    ["I can count: 1 2 3 4 5 6 7 8 9", { ok: true }],
    ["can I have a root beer float and a killer whale toy", { ok: true }],
    ["I saw a shooting star", { ok: true }],
    ["I live at the North Pole too!", { ok: true }],
    ["I go to school every day", { ok: true }],
    ["I want 2 dolls and a way to fly", { ok: true }],
    ["I have 100 points in my game", { ok: true }],
    ["a bath bomb please", { ok: true }],
    ["I want a toy sword and a lego knight", { ok: true }],
    ["I want a house for my dolls", { ok: true }],
    ["can I have a remote control car", { ok: true }],
    ["I want lego for my brother and my sister", { ok: true }],
    ["I'm dying to get a bike", { ok: true }],
    ["my brother kills me at Mario Kart", { ok: true }],
    ["I ran away from the spider", { ok: true }],
  ];
  it.each(cases)("%s", (text, verdict) => {
    expect(screenInput(text)).toEqual(verdict);
  });
});

describe("the output screen", () => {
  const cases: [string, Verdict["ok"] | Unsafe["reason"]][] = [
    ["Ho ho ho! The reindeer are ready.", true],
    ["Only 31 sleeps until Christmas!", true],
    ["My 8 reindeer drive the sleigh, and 12 elves way up high wave.", true],
    ["Visit 42 Elm Street today", "personal_data"],
    ["My address is the North Pole, of course!", true],
    ["Will you tell me your name?", true],
    ["Call me on 555-123-4567 any time!", "personal_data"],
    ["Write to santa@northpole.example.com", "personal_data"],
    ["What's your address, so I can visit?", "asks_personal"],
    ["Tell me where you live!", "asks_personal"],
    ["Which school do you go to?", "asks_personal"],
    ["I know where you live.", "asks_personal"],
    ["Damn, that is cold.", "unsuitable"],
    ["Have some wine with your cookies.", "unsuitable"],
  ];
  it.each(cases)("%s", (text, expected) => {
    const verdict = screenOutput(text);
    expect(verdict.ok ? true : verdict.reason).toBe(expected);
  });
});

describe("redacting personal data", () => {
  const cases: [string, string][] = [
    ["call 555-123-4567 please", `call ${REDACTED} please`],
    ["I live at 42 Elm Street and my email is a@b.co", `${REDACTED} and my email is ${REDACTED}`],
    ["My name is Mia and I want a bike", "My name is Mia and I want a bike"],
    ["my password is bunny. I want lego", `${REDACTED}. I want lego`],
  ];
  it.each(cases)("%s", (text, redacted) => {
    expect(redactPersonalData(text)).toBe(redacted);
  });
});

describe("guarding streamed output", () => {
  const stream = (tokens: string[]) => {
    const guard = new OutputGuard();
    const released: string[] = [];
    for (const token of tokens) {
      const step = guard.push(token);
      if (!step.ok) return { released: released.join(""), tripped: step.verdict, guard };
      released.push(step.release);
    }
    const step = guard.end();
    if (!step.ok) return { released: released.join(""), tripped: step.verdict, guard };
    released.push(step.release);
    return { released: released.join(""), tripped: undefined, guard };
  };

  it("releases each word as soon as the next begins", () => {
    const guard = new OutputGuard();
    expect(guard.push("Ho")).toEqual({ ok: true, release: "" });
    expect(guard.push(" ho")).toEqual({ ok: true, release: "Ho " });
    expect(guard.push(" ho! ")).toEqual({ ok: true, release: "ho ho! " });
    expect(guard.end()).toEqual({ ok: true, release: "" });
    expect(guard.released).toBe("Ho ho ho! ");
  });

  it("releases everything, unchanged, when it is safe", () => {
    const tokens = ["Only ", "31 ", "sleeps ", "until ", "Christmas", "! The ", "sleigh ", "is ", "nearly ", "ready."];
    const out = stream(tokens);
    expect(out.tripped).toBeUndefined();
    expect(out.released).toBe(tokens.join(""));
  });

  it.each([
    ["a phone number split across tokens", ["Call ", "me ", "on ", "555", "-12", "3-45", "67 ", "any ", "time"], "personal_data"],
    ["a street address that ends words later", ["Visit ", "42 ", "Elm ", "Wood ", "Street ", "today"], "personal_data"],
    ["an email split across tokens", ["Write ", "to ", "san", "ta@", "north", "pole.com ", "now"], "personal_data"],
    ["a word cut in two", ["Oh ", "sh", "it, ", "sorry"], "unsuitable"],
  ])("never releases any of %s", (_name, tokens, reason) => {
    const out = stream(tokens as string[]);
    expect(out.tripped?.reason).toBe(reason);
    expect(screenOutput(out.released)).toEqual({ ok: true });
    expect(out.released).not.toMatch(/555|42|santa@|shit/);
  });

  it("does not trip on a word that only starts like a bad one", () => {
    const out = stream(["What an ", "ass", "istant ", "the elves are"]);
    expect(out.tripped).toBeUndefined();
    expect(out.released).toBe("What an assistant the elves are");
  });

  it.each([
    ["", "But"],
    ["Ho ho ho! ", "Ho ho ho! But"],
    ["Ho ho ho!", "Ho ho ho! But"],
    ["I love that you ", "I love that you — But"],
  ])("ends released text %j with a whole sentence", (sofar, starts) => {
    const guard = new OutputGuard((t) => (t.includes("BAD") ? { ok: false, reason: "unsuitable", topic: "profanity" } : { ok: true }));
    guard.push(`${sofar}`);
    guard.end();
    guard.finish("But let's talk about something merrier!");
    expect(guard.released.startsWith(starts)).toBe(true);
  });
});

describe("the output guard's screening", () => {
  it("screens each new set of complete words once, not every token, and still stops a word split across tokens", () => {
    const screened: string[] = [];
    const guard = new OutputGuard((t) => {
      screened.push(t);
      return t.includes("darn") ? { ok: false, reason: "unsuitable", topic: "profanity" } : { ok: true };
    });
    for (const token of ["Ho", " ho", " h", "o!", " The", " elv", "es", " say"]) expect(guard.push(token).ok).toBe(true);
    // a token that completes no word ("elv" growing into "elves") adds no screen
    expect(screened).toEqual(["", "Ho ", "Ho ho ", "Ho ho ho! ", "Ho ho ho! The ", "Ho ho ho! The elves "]);
    expect(guard.push(" da").ok).toBe(true);
    expect(guard.push("rn").ok).toBe(true);
    const step = guard.push(" it");
    expect(step).toEqual({ ok: false, verdict: { ok: false, reason: "unsuitable", topic: "profanity" } });
    expect(guard.released).toBe("Ho ho ho! The elves say ");
  });
});

describe("Santa's safe replies", () => {
  const verdicts: Unsafe[] = [
    { ok: false, reason: "personal_data", kinds: ["phone"] },
    { ok: false, reason: "personal_data", kinds: ["address", "email", "school"] },
    { ok: false, reason: "unsuitable", topic: "self_harm" },
    { ok: false, reason: "unsuitable", topic: "hurt" },
    { ok: false, reason: "unsuitable", topic: "adult" },
    { ok: false, reason: "unsuitable", topic: "violence" },
    { ok: false, reason: "unsuitable", topic: "drugs" },
    { ok: false, reason: "unsuitable", topic: "profanity" },
    { ok: false, reason: "asks_personal" },
  ];
  const seeds = ["c_1:1", "c_2:3", "c_3:5", "c_4:7"];

  it.each(verdicts.map((v) => [JSON.stringify(v), v] as const))("pass the output screen: %s", (_name, verdict) => {
    for (const seed of seeds) {
      const reply = safeReply(verdict, { seed, name: "Mia" });
      expect(screenOutput(reply)).toEqual({ ok: true });
      expect(reply).toContain(verdict.reason === "asks_personal" ? "?" : "Mia");
    }
    for (const seed of seeds) expect(screenOutput(safeEnding(seed))).toEqual({ ok: true });
  });

  it("say not to share what was shared, naming what it was", () => {
    const reply = safeReply({ ok: false, reason: "personal_data", kinds: ["phone", "address"] }, { seed: "s" });
    expect(reply).toMatch(/phone numbers and home addresses/);
    expect(reply).toMatch(/don't share|never share|secret/);
  });

  it("point a child who is hurting to a grown-up they trust", () => {
    const reply = safeReply({ ok: false, reason: "unsuitable", topic: "self_harm" }, { seed: "s" });
    expect(reply).toMatch(/grown-up you trust/);
    expect(reply).not.toMatch(/Ho ho/);
  });

  it("vary across a conversation", () => {
    const verdict: Unsafe = { ok: false, reason: "personal_data", kinds: ["phone"] };
    const first = safeReply(verdict, { seed: "c:1" });
    const second = safeReply(verdict, { seed: "c:1", used: [first] });
    expect(second).not.toBe(first);
  });
});

describe("withholding personal data from what is recorded", () => {
  it("replaces it and names its kinds", () => {
    expect(withholdPersonalData("I'm Mia, call me on 555-123-4567 or mia@example.com")).toEqual({
      text: `I'm Mia, call me on ${REDACTED} or ${REDACTED}`,
      withheld: ["phone", "email"],
    });
  });

  it("leaves a message without any as it is", () => {
    expect(withholdPersonalData("I want a sled")).toEqual({ text: "I want a sled", withheld: [] });
  });

  it("stays within the 2,000 characters a message may have", () => {
    const text = Array.from({ length: 150 }, () => "555-123-4567").join(" ").slice(0, 2000);
    expect(withholdPersonalData(text).text.length).toBeLessThanOrEqual(2000);
  });

  it("is screened by what was withheld, since the text no longer shows it", () => {
    expect(screenMessage({ text: `call me on ${REDACTED}`, withheld: ["phone"] })).toEqual({ ok: false, reason: "personal_data", kinds: ["phone"] });
    expect(screenMessage({ text: "I want a sled" })).toEqual({ ok: true });
  });
});
