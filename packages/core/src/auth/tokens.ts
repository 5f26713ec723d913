// Which role a connection's token grants, compared in constant time (hashing first makes the
// comparison independent of the token's length as well as its content).
import { createHash, timingSafeEqual } from "node:crypto";
import type { Role } from "../events/schemas.js";

export interface Tokens {
  access: string;
  elf: string;
}

const digest = (s: string) => createHash("sha256").update(s, "utf8").digest();

function sameToken(given: string, expected: string): boolean {
  return expected.length > 0 && timingSafeEqual(digest(given), digest(expected));
}

export function roleForToken(given: string | undefined, tokens: Tokens): Role | null {
  if (!given) return null;
  // both comparisons always run, so timing does not tell which token was close
  const child = sameToken(given, tokens.access);
  const elf = sameToken(given, tokens.elf);
  return elf ? "elf" : child ? "child" : null;
}

/** The conversation id elves' connections are recorded under. */
export const ELVES_CONVERSATION = "elves";
