import { describe, expect, it } from "vitest";
import { unsafeWish } from "./wishes.js";

describe("wishes Santa must not promise", () => {
  it.each(["I want a knife", "can i have a real gun for christmas", "and a knife please", "a gun too", "also a sword pls", "AND A DAGGER!!"])("%s is harmful", (text) => {
    expect(unsafeWish(text)).toBe("harmful");
  });

  it.each(["a nerf gun too", "and a lego sword please", "I want a water pistol", "and a bath bomb please", "a puppy please", "I want a red bike"])("%s is not", (text) => {
    expect(unsafeWish(text)).toBeUndefined();
  });

  it("says absurd to 100 iPhones for every child", () => {
    expect(unsafeWish("I want 100 iPhones for every child")).toBe("absurd");
  });
});
