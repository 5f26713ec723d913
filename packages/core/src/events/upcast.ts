// Upcasting: old envelope versions are lifted to the current one when read, one version at a time.
import { EVENT_VERSION } from "./schemas.js";

/** Lifts a raw envelope of version n (the key) to version n + 1. */
export type Upcaster = (raw: Record<string, unknown>) => Record<string, unknown>;
export type Upcasters = Readonly<Record<number, Upcaster>>;

/** No version before 1 was ever written; a new version adds its upcaster here. */
export const upcasters: Upcasters = {};

export class UpcastError extends Error {
  readonly code = "unknown_version";
}

export function upcast(raw: Record<string, unknown>, chain: Upcasters = upcasters): Record<string, unknown> {
  let current = raw;
  let version = typeof current.v === "number" ? current.v : Number.NaN;
  while (version !== EVENT_VERSION) {
    const step = chain[version];
    if (!Number.isInteger(version) || version > EVENT_VERSION || !step) {
      throw new UpcastError(`no upcaster from event version ${String(raw.v)} to ${EVENT_VERSION}`);
    }
    current = step(current);
    version = typeof current.v === "number" ? current.v : Number.NaN;
  }
  return current;
}
