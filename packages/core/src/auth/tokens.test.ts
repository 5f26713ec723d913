import { describe, expect, it } from "vitest";
import { roleForToken } from "./tokens.js";

const tokens = { access: "child-secret", elf: "elf-secret" };

describe("which role a token grants", () => {
  it.each([
    ["child-secret", "child"],
    ["elf-secret", "elf"],
    ["child-secre", null],
    ["child-secret ", null],
    ["", null],
    [undefined, null],
  ] as const)("%j → %s", (given, role) => {
    expect(roleForToken(given, tokens)).toBe(role);
  });

  it("grants nothing when a token is not configured", () => {
    expect(roleForToken("", { access: "", elf: "" })).toBeNull();
    expect(roleForToken("anything", { access: "", elf: "elf" })).toBeNull();
  });
});
