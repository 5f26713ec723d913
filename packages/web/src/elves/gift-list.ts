// What the elves' dashboard shows of Santa's list, without any DOM: the children that match the
// search and filters in the chosen order, and the figures behind the two charts.
import type { ChildGifts, Wish } from "@kringle/core/protocol";

export type SafetyKind = ChildGifts["flags"][number];

export type SortKey = "name" | "wishes" | "updated";

export interface ListQuery {
  /** matched against the child's name and the gifts shown, ignoring case and accents */
  search: string;
  sort: SortKey;
  descending: boolean;
  /** only conversations the safety screen raised */
  needsGrownUp: boolean;
  /** withdrawn wishes are listed (struck through) and searched too */
  showWithdrawn: boolean;
}

export const DEFAULT_QUERY: ListQuery = { search: "", sort: "updated", descending: true, needsGrownUp: false, showWithdrawn: true };

/** The gifts to make: wishes that stand and that Santa did not decline. */
export function currentWishes(card: ChildGifts): Wish[] {
  return card.wishes.filter((w) => w.status === "wished" && w.declined === undefined);
}

/** How a declined wish reads to an elf: why it is not a gift to make. */
export function declineLabel(reason: NonNullable<Wish["declined"]>): string {
  return { harmful: "not safe", absurd: "not possible", people: "not a thing to make" }[reason];
}

/** What a child's card lists: standing wishes (declined ones too, marked), and withdrawn ones when asked. */
export function shownWishes(card: ChildGifts, showWithdrawn: boolean): Wish[] {
  const wishes = card.wishes.filter((w) => showWithdrawn || w.status === "wished");
  // a stable sort: wishes made in the same message keep the order the card gives them
  return wishes.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function needsGrownUp(card: ChildGifts): boolean {
  return card.flags.length > 0;
}

/** How a safety kind reads to an elf. */
export function flagLabel(kind: SafetyKind): string {
  return kind.replace(/-/g, " ");
}

/** Lower case, no accents, single spaces: "  Zoë " and "zoe" are the same search. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

export function matchesSearch(card: ChildGifts, search: string, showWithdrawn: boolean): boolean {
  const wanted = foldText(search);
  if (wanted === "") return true;
  if (card.childName !== null && foldText(card.childName).includes(wanted)) return true;
  return shownWishes(card, showWithdrawn).some((w) => foldText(w.gift).includes(wanted));
}

const byName = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

function compare(a: ChildGifts, b: ChildGifts, sort: SortKey): number {
  switch (sort) {
    case "name":
      return byName.compare(a.childName ?? "", b.childName ?? "");
    case "wishes":
      return currentWishes(a).length - currentWishes(b).length;
    case "updated":
      return Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  }
}

/** The children to show, in order. A child whose name is not known yet sorts after the named ones by name. */
export function listChildren(children: Readonly<Record<string, ChildGifts>>, query: ListQuery): ChildGifts[] {
  const direction = query.descending ? -1 : 1;
  return Object.values(children)
    .filter((card) => (!query.needsGrownUp || needsGrownUp(card)) && matchesSearch(card, query.search, query.showWithdrawn))
    .sort((a, b) => {
      if (query.sort === "name" && (a.childName === null) !== (b.childName === null)) return a.childName === null ? 1 : -1;
      return direction * compare(a, b, query.sort) || a.conversationId.localeCompare(b.conversationId);
    });
}

export interface GiftCount {
  gift: string;
  /** current wishes for it, over all children */
  count: number;
}

/** The most-wished gifts, counting only gifts to make (a withdrawn or declined wish is not counted). */
export function topGifts(children: Readonly<Record<string, ChildGifts>>, limit: number): GiftCount[] {
  const counts = new Map<string, number>();
  for (const card of Object.values(children)) {
    for (const wish of currentWishes(card)) counts.set(wish.gift, (counts.get(wish.gift) ?? 0) + 1);
  }
  return [...counts]
    .map(([gift, count]) => ({ gift, count }))
    .sort((a, b) => b.count - a.count || byName.compare(a.gift, b.gift))
    .slice(0, limit);
}

export interface WishTimeline {
  bucket: "hour" | "day";
  /** the start of each bucket, ms since the epoch, every bucket from the first wish to the last */
  starts: number[];
  /** wishes made in each bucket (those withdrawn later included: they were made then) */
  made: number[];
  /** wishes taken back in each bucket */
  withdrawn: number[];
}

const HOUR_MS = 3_600_000;
/** Up to this span the chart counts by the hour; beyond it, by the day. */
const HOURLY_UP_TO_MS = 48 * HOUR_MS;

function startOf(ms: number, bucket: "hour" | "day"): number {
  const d = new Date(ms);
  if (bucket === "hour") d.setMinutes(0, 0, 0);
  else d.setHours(0, 0, 0, 0);
  return d.getTime();
}

function nextStart(start: number, bucket: "hour" | "day"): number {
  const d = new Date(start);
  if (bucket === "hour") d.setHours(d.getHours() + 1);
  else d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** Wishes made and taken back per hour (or per day, over a longer span), in local time. */
export function wishesOverTime(children: Readonly<Record<string, ChildGifts>>): WishTimeline {
  const made: number[] = [];
  const withdrawn: number[] = [];
  for (const card of Object.values(children)) {
    // a wish Santa declined is no gift: it is not counted
    for (const wish of card.wishes.filter((w) => w.declined === undefined)) {
      const at = Date.parse(wish.at);
      if (Number.isFinite(at)) made.push(at);
      const back = wish.withdrawnAt === undefined ? NaN : Date.parse(wish.withdrawnAt);
      if (wish.status === "withdrawn" && Number.isFinite(back)) withdrawn.push(back);
    }
  }
  const all = [...made, ...withdrawn];
  if (all.length === 0) return { bucket: "hour", starts: [], made: [], withdrawn: [] };
  const first = Math.min(...all);
  const last = Math.max(...all);
  const bucket = last - first <= HOURLY_UP_TO_MS ? "hour" : "day";
  const starts: number[] = [];
  for (let s = startOf(first, bucket); s <= last; s = nextStart(s, bucket)) starts.push(s);
  const index = new Map(starts.map((s, i) => [s, i]));
  const count = (times: number[]) => {
    const counts = starts.map(() => 0);
    for (const t of times) {
      const at = index.get(startOf(t, bucket));
      if (at !== undefined) counts[at] = (counts[at] ?? 0) + 1;
    }
    return counts;
  };
  return { bucket, starts, made: count(made), withdrawn: count(withdrawn) };
}
