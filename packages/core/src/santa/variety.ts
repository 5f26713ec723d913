// Deterministic variety: the same seed always picks the same wording, and wordings Santa has
// already used in the conversation are passed over for fresh ones (or those used longest ago). Wordings may hold
// {placeholders}; a wording counts as used when its longest fixed part appears in an earlier reply.
import { createHash } from "node:crypto";

export function seededIndex(seed: string, length: number): number {
  return createHash("sha256").update(seed).digest().readUInt32BE(0) % length;
}

const marker = (template: string): string =>
  template.split(/\{\w+\}/).reduce((longest, part) => (part.trim().length > longest.length ? part.trim() : longest), "");

/**
 * One of `options` for `seed`: one never used in `used` (Santa's earlier replies, oldest first),
 * else one of those used longest ago.
 */
export function pick(options: readonly string[], seed: string, used: readonly string[] = []): string {
  const lastUse = options.map((o) => {
    const m = marker(o);
    if (m.length < 8) return -1;
    for (let i = used.length - 1; i >= 0; i--) if (used[i]!.includes(m)) return i;
    return -1;
  });
  const oldest = Math.min(...lastUse);
  const from = options.filter((_, i) => lastUse[i] === oldest);
  return from[seededIndex(seed, from.length)]!;
}

/** Fills {placeholders} from `values`; a missing one becomes "". */
export function fill(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}
