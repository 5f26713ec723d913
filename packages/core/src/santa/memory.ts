// Santa's memory of a conversation: the child's name, found in what they wrote, and the most recent
// turns that fit a token budget (the name is kept as a fact when the turn that gave it is dropped).
import { approxTokens, type Turn } from "./model.js";

// words that follow "I'm" without being a name ("I'm good", "I'm 7", "I'm so excited")
const NOT_NAMES = new Set(
  (
    "a an the not so very really just good fine great ok okay well happy sad excited here back ready sorry sure bored tired " +
    "hungry nice cool awesome scared sick home done santa also too glad doing going writing thinking feeling being still from " +
    "years year age secret big little small old young boy girl kid child your mad angry worried busy alright all asking trying " +
    "hoping wondering gonna wanna lonely amazing sleepy naughty in at on with and or but to of for because as sending wishing " +
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen super extra kind of sort getting"
  ).split(" "),
);

const EXPLICIT = /\b(?:my name is|my name's|my names|call me|i'm called|i am called|they call me)\s+([a-z][a-z'-]*)/gi;
// "I'm mia." / "im mia and …": a lower-case word counts only when the sentence ends after it
const IM_ENDS = /\b(?:i'm|i am|im)\s+([a-z][a-z'-]*)(?=\s*(?:$|[.!?,;]|and\b|from\b|\d))/gi;
// "I'm Mia …": a capitalised word counts anywhere
const IM_CAPITAL = /\b(?:I'm|I am|Im|i'm|im)\s+([A-Z][a-z'-]+)/g;

const titleCase = (name: string) => name.toLowerCase().replace(/(^|-)([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The name the child gives in `text`, if any (the last one when they give several). */
export function nameIn(text: string): string | undefined {
  const plain = text.replace(/[’`]/g, "'");
  const found: { at: number; name: string }[] = [];
  for (const pattern of [EXPLICIT, IM_ENDS, IM_CAPITAL]) {
    for (const m of plain.matchAll(pattern)) {
      const name = m[1]!.replace(/'s$/i, "").replace(/['-]+$/, "");
      if (name.length >= 2 && name.length <= 20 && !NOT_NAMES.has(name.toLowerCase())) found.push({ at: m.index, name });
    }
  }
  const last = found.sort((a, b) => a.at - b.at).pop();
  return last && titleCase(last.name);
}

/** The child's name as they last gave it. */
export function childNameFrom(turns: readonly Turn[]): string | undefined {
  let name: string | undefined;
  for (const turn of turns) if (turn.role === "child") name = nameIn(turn.text) ?? name;
  return name;
}

/**
 * The most recent turns within `budgetTokens` (about four characters a token). The last turn, the
 * child's message being answered, is always kept, however long.
 */
export function withinBudget(turns: readonly Turn[], budgetTokens: number): Turn[] {
  if (!turns.length) return [];
  const kept = [turns[turns.length - 1]!];
  let used = approxTokens(kept[0]!.text);
  for (let i = turns.length - 2; i >= 0; i--) {
    const cost = approxTokens(turns[i]!.text);
    if (used + cost > budgetTokens) break;
    used += cost;
    kept.unshift(turns[i]!);
  }
  return kept;
}
