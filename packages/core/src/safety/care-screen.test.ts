import { describe, expect, it } from "vitest";
import { safetyKindSchema } from "../events/schemas.js";
import { careEnding, careReply } from "../santa/safe-replies.js";
import { screenCareOutput } from "../santa/safety.js";
import { careProblem } from "./care-screen.js";

describe("the care screen on Santa's words in a flagged conversation", () => {
  it.each([
    ["Ho ho ho, cheer up!", "playful"],
    ["That's a funny one, hee hee.", "playful"],
    ["Let me tell you a joke to make you smile.", "playful"],
    ["You silly goose!!", "playful"],
    ["Don't worry, I won't tell anyone.", "promises_secrecy"],
    ["It will be our little secret.", "promises_secrecy"],
    ["I promise to keep it secret.", "promises_secrecy"],
    ["This stays just between you and me.", "promises_secrecy"],
    ["My lips are sealed.", "promises_secrecy"],
  ])("stops %j", (text, problem) => {
    expect(careProblem(text)).toBe(problem);
  });

  it.each([
    "Thank you for telling me. Please tell a grown-up you trust.",
    "Some secrets should never be kept. Telling a grown-up you trust is always okay.",
    "I have heard your wish, and I am glad you told me.",
    "Goodbye for now. Merry Christmas, and take care.",
  ])("lets %j through", (text) => {
    expect(careProblem(text)).toBeUndefined();
  });

  it("lets every care reply and ending through", () => {
    for (const kind of safetyKindSchema.options) {
      for (const seed of ["a", "b", "c", "d"]) {
        expect(screenCareOutput(careReply([kind], { seed, name: "Mia" }))).toEqual({ ok: true });
        expect(screenCareOutput(careEnding(seed))).toEqual({ ok: true });
      }
    }
  });
});
