// Event and entity ids: fresh ids sort by time (ULIDs); derived ids are a hash of their cause and
// the run they belong to, so a retried reactor produces the same ids and projectors can drop the
// duplicates, while a replay run's ids never meet the live ones.
import { createHash } from "node:crypto";
import { ulid } from "ulid";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * Which run derived events belong to: live is the empty scope; each replay run has its own
 * (its run id), so its replies, chunks and gifts get ids of their own, still deterministic per run.
 */
export type RunScope = string;
export const LIVE: RunScope = "";

function base32(bytes: Uint8Array, length: number): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += CROCKFORD[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** A ULID: 48 bits of milliseconds then 80 random bits, 26 Crockford base32 characters. */
export function newId(now: number = Date.now()): string {
  return ulid(now);
}

/**
 * A deterministic id for something caused by `causeId`: the same inputs always give the same id.
 * Live ids hash exactly what they always did, so ids already in the log keep their meaning.
 */
export function derivedId(causeId: string, kind: string, index: number | string = 0, scope: RunScope = LIVE): string {
  const input = `${causeId}\u0000${kind}\u0000${index}${scope === LIVE ? "" : `\u0000run:${scope}`}`;
  return base32(createHash("sha256").update(input).digest(), 26);
}
