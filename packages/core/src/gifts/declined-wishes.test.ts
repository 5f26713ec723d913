import { describe, expect, it } from "vitest";
import { declinedWish } from "./declined-wishes.js";

describe("wishes that are not gifts to make", () => {
  it.each([
    ["knife", "I want a knife", "harmful"],
    ["pocket knife", "can I have a pocket knife", "harmful"],
    ["gun", "I want a gun and a teddy bear", "harmful"],
    ["vape", "I want a vape", "harmful"],
    ["firework", "I want fireworks", "harmful"],
    ["car", "I want a real car", "absurd"],
    ["mansion", "I want a mansion", "absurd"],
    ["gold bar", "I want a gold bar", "absurd"],
    ["baby sister", "I want a baby sister", "people"],
    ["dad to come home", "I want my dad to come home", "people"],
  ])("declines %j asked as %j (%s)", (gift, text, reason) => {
    expect(declinedWish(gift, text)).toBe(reason);
  });

  it.each([
    ["nerf gun", "I want a nerf gun"],
    ["toy car", "I want a toy car"],
    ["plastic sword", "I want a plastic sword"],
    ["water pistol", "I want a water pistol"],
    ["teddy bear", "I want a gun and a teddy bear"],
    ["chemistry set", "I want a chemistry set"],
    ["puppy", "I want a puppy"],
  ])("lists %j asked as %j", (gift, text) => {
    expect(declinedWish(gift, text)).toBeUndefined();
  });

  it("judges by the gift's name when the message is not known", () => {
    expect(declinedWish("knife")).toBe("harmful");
    expect(declinedWish("car")).toBeUndefined();
  });
});
