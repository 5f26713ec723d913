// How the elves' page says when things happened: "12 s ago" for the last update, a short local
// date and time for each wish.
export function sinceText(thenMs: number, nowMs: number): string {
  const s = Math.max(0, Math.floor((nowMs - thenMs) / 1000));
  if (s < 5) return "just now";
  if (s < 60) return `${s} s ago`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min ago`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.floor(h / 24)} days ago`;
}

const shortWhen = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** "Dec 2, 01:14" in the elf's own locale and time zone; the ISO text if it is not a date. */
export function whenText(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? shortWhen.format(ms) : iso;
}

/** A clock for the "N s ago" text: the time now, and a tick every second while the page is open. */
export interface Clock {
  now(): number;
  /** calls `tick` every second; returns the stop */
  every(tick: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every(tick) {
    const handle = setInterval(tick, 1000);
    return () => clearInterval(handle);
  },
};
