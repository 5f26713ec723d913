// Rate limits as a pure decision: the generic cell rate algorithm (GCRA), whose whole state is one
// number per bucket (the "theoretical arrival time"), so a shared bucket is one conditional write.
export interface RateLimit {
  /** how many may come at once after a quiet spell */
  burst: number;
  /** one more is allowed every this many milliseconds */
  everyMs: number;
}

export type Admission = { allowed: true; tatMs: number } | { allowed: false; retryAfterMs: number };

/**
 * Admits one arrival at `nowMs` to a bucket whose theoretical arrival time is `tatMs` (undefined
 * for a bucket never used). Allowed while the new arrival time is at most `burst` intervals ahead.
 */
export function admit(tatMs: number | undefined, nowMs: number, limit: RateLimit): Admission {
  const next = Math.max(tatMs ?? nowMs, nowMs) + limit.everyMs;
  const ahead = next - nowMs - limit.burst * limit.everyMs;
  return ahead <= 0 ? { allowed: true, tatMs: next } : { allowed: false, retryAfterMs: Math.ceil(ahead) };
}

export const RATE_LIMIT_ENV = { burst: "KRINGLE_RATE_BURST", everyMs: "KRINGLE_RATE_EVERY_MS" } as const;

const positiveInteger = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${value}"`);
  return n;
};

/** The wired limit with the environment's overrides (KRINGLE_RATE_BURST, KRINGLE_RATE_EVERY_MS). */
export function configuredRateLimit(wired: RateLimit, env: Readonly<Record<string, string | undefined>>): RateLimit {
  return {
    burst: positiveInteger(env[RATE_LIMIT_ENV.burst], wired.burst, RATE_LIMIT_ENV.burst),
    everyMs: positiveInteger(env[RATE_LIMIT_ENV.everyMs], wired.everyMs, RATE_LIMIT_ENV.everyMs),
  };
}

export function rateLimitedMessage(retryAfterMs: number): string {
  return `slow down a little: Santa reads every message, try again in ${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`;
}
