// Event and entity ids: fresh ids sort by time (ULID); derived ids are a hash of their cause,
// so a retried reactor produces the same ids and projectors can drop the duplicates.
import { createHash, randomBytes } from "node:crypto";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

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
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return time + base32(randomBytes(10), 16);
}

/** A deterministic id for something caused by `causeId`: the same inputs always give the same id. */
export function derivedId(causeId: string, kind: string, index: number | string = 0): string {
  const digest = createHash("sha256").update(`${causeId}\u0000${kind}\u0000${index}`).digest();
  return base32(digest, 26);
}
