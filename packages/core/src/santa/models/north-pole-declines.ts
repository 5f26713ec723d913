// What Santa kindly says no to instead of putting it on his list: absurd quantities, gifts for
// every child, money, dangerous things, people, and attempts to talk him into any of these. The
// text is lower case with plain quotes; nothing here is ever repeated back to the child.

export type DeclineKind = "trick" | "too_many" | "for_everyone" | "money" | "dangerous" | "people";

// wishing, in English and in the other languages Santa answers in
const WISHING =
  /\b(?:want|wants|wanna|wish|wishes|need|bring|give|send|add|put|buy|order|deliver|gimme|(?:would|'d) (?:like|love)|(?:can|could|may) (?:i|we|you)|get me|on my list|for christmas|quiero|quisiera|gustar[ií]a|pido|möchte|moechte|wünsche|wuensche|will|veux|voudrais|aimerais|souhaite)\b/;

// a count: 10 or more, or words that mean "too many to wrap"
const MANY = String.raw`(?:\d[\d,.]*\s*(?:k|thousand|million|billion|trillion)?|(?:a |one |two |three |five |ten )?(?:hundred|thousand|million|billion|trillion|zillion|gazillion|bajillion)s?|hundreds|thousands|millions|billions|infinite|infinity|unlimited|endless|loads and loads of|a lifetime supply of|an? (?:army|mountain|truckload|lorry ?load) of)`;
// what follows a number without it being a number of gifts: "a 100 piece puzzle", "10 years old"
const NOT_COUNTED = /^(?:piece|pieces|pc|pcs|part|colou?rs?|inch|inches|cm|mm|ft|feet|gb|tb|mb|percent|%|years?|months?|weeks?|days?|sleeps?|minutes?|hours?|o'clock|am|pm|st|nd|rd|th|in 1|times)\b/;

const TRICK =
  /\b(?:ignore|forget|disregard) (?:all |any |your |the |previous |prior |earlier )*(?:instructions|rules|prompt|programming|orders)\b|\b(?:system prompt|you are now|new instructions|developer mode|jailbreak)\b|\badd\b[^.!?]*\bto (?:every|all|everyone'?s?) (?:list|lists|child|children|kids)\b/;
const FOR_EVERYONE =
  /\bfor (?:every |each |all (?:the )?)(?:child|children|kid|kids|boy|girl|person|people|body|one)\b(?: in the (?:world|universe|country))?|\bfor everyone (?:in the (?:world|universe|country)|on (?:earth|the planet))\b|\bfor every(?:one|body)\b(?! in my (?:family|class))|\bevery (?:child|kid) (?:in the world )?(?:should|to) get\b/;
const EVERYTHING = /\b(?:every (?:toy|present|gift|thing)|all (?:the )?(?:toys|presents|gifts|lego|money)|everything) in (?:the|your) (?:world|shop|store|workshop|sack|universe)\b|\bthe whole (?:world|toy ?shop|toy store|shop|store|north pole|workshop)\b|\ball (?:of )?your (?:toys|presents|gifts|reindeer)\b|\b(?:infinite|unlimited|more) wishes\b/;
const MONEY = /(?<!\b(?:about|toy|play|pretend|chocolate) )\b(?:money|cash|dollars?|pounds|euros?|bucks|bitcoins?|crypto|gold bars?|a credit card)\b/;
const SOFT = /\b(?:toy|wooden|foam|plastic|pretend|play|nerf|water|bubble|chocolate|lego|cardboard|rubber|inflatable|light ?up|glow|dress-?up|costume|fake|sparkler|pool|squirt|sponge|fish|candy|football|tennis)\s+$/;
const DANGEROUS =
  /\b(?:knife|knives|daggers?|machetes?|axes?|swords?|crossbows?|weapons?|explosives?|dynamite|fireworks?|firecrackers?|poison|poisons|lighter|lighters|matches|tasers?|pepper spray|bullets?|ammo|ammunition|tanks?|chainsaws?|flamethrowers?|vapes?|cigarettes?|fire crackers?)\b/g;
const PEOPLE =
  /\b(?:a |an? new )?baby (?:brother|sister|sibling)\b|\b(?:a|another) (?:little |big )?(?:brother|sister)\b|\ba new (?:mum|mom|mummy|mommy|dad|daddy|family|brother|sister|friend)\b|\bmy (?:mum|mom|dad|parents|mummy|mommy|daddy)\b[^.!?]*\b(?:back together|to stop (?:fighting|arguing)|to come (?:back|home))\b|\b(?:bring|have|get) (?:my |our )?(?:grandma|grandpa|granny|nana|mum|mom|mummy|mommy|dad|daddy|brother|sister)\b[^.!?]*\b(?:back|home)\b/;

const ABOUT_WISHES = (text: string) => WISHING.test(text);

function tooMany(text: string): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\w-])${MANY}\s+(?:of\s+)?`, "g"))) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const count = m[0].trim();
    const digits = /^\d/.test(count) ? Number(count.replace(/[^\d.]/g, "")) : Infinity;
    if (/^\d/.test(count) && !/(?:k|thousand|million|billion|trillion)\s*$/.test(count) && digits < 10) continue;
    if (NOT_COUNTED.test(after) || /-\s*$/.test(count)) continue;
    // "a 100 piece puzzle", "my 10th birthday": a number after an article describes one thing
    if (/^\d/.test(count) && /\b(?:a|an|my|the)\s+$/.test(before)) continue;
    // "I'm 10 and …": an age, not a count
    if (/\b(?:i'm|im|i am|aged?|turning|turn|be)\s+$/.test(before) || /^(?:and|or|but|so|i|i'm|im|now|too|yo)\b/.test(after)) continue;
    if (/^[a-z]/.test(after)) return true;
  }
  return false;
}

/** What, if anything, in `text` Santa should kindly say no to rather than promise. */
export function declineIn(text: string): DeclineKind | undefined {
  if (TRICK.test(text)) return "trick";
  if (!ABOUT_WISHES(text)) return undefined;
  if (PEOPLE.test(text)) return "people";
  for (const m of text.matchAll(DANGEROUS)) if (!SOFT.test(text.slice(Math.max(0, m.index - 20), m.index))) return "dangerous";
  if (MONEY.test(text)) return "money";
  if (tooMany(text) || EVERYTHING.test(text)) return "too_many";
  if (FOR_EVERYONE.test(text)) return "for_everyone";
  return undefined;
}

/** Santa's kind no for each kind: warm, never a promise, never scolding, and never echoing the ask. */
export const DECLINES: Record<DeclineKind, readonly string[]> = {
  trick: [
    "Ho ho ho, [that sounds like a clever trick|nice try]{you}! Santa's list is written by Santa alone, one child at a time, so I will just keep being Santa.",
    "[Oh my|Goodness], are you trying to [muddle|trick] old Santa{you}? My list can't be changed by magic words, but it can be filled with your own wishes!",
  ],
  too_many: [
    "Ho ho ho, that is [far too many for one sleigh|more than my whole sleigh could carry]{you}! The elves make just a few special gifts for each child, so let's choose one or two you would love most.",
    "[Oh my|Goodness me], that would [squash my reindeer flat|fill the whole North Pole]{you}! Santa brings each child a few gifts chosen with love, not a mountain of them.",
    "That is a big, big wish{you}! But the magic works best with just one or two special presents, so I can't promise that many. Which one would you like most?",
  ],
  for_everyone: [
    "What a [generous|kind] heart you have{you}! Every child gets their own surprise chosen from their own letter, so they can wish for what they love best. What would you like?",
    "[That is so thoughtful|How kind of you to think of everyone]{you}! I already visit every child on Christmas Eve, each with a gift picked just for them. Now, what about you?",
  ],
  money: [
    "The elves make toys, books and surprises, [not money|but never money]{you}, because the best gifts are the ones made with love. Is there a toy or a book you would like?",
    "[Ho ho ho,|Oh,] my sack has no room for money{you}, only toys and treasures from the workshop! What would you love to play with?",
  ],
  dangerous: [
    "That is something that could hurt someone, so the elves never make it{you}. Santa only brings safe things. Is there something else you would love?",
    "[Oh dear|Hmm], that is not safe for children, so it can't come in my sleigh{you}. The elves would love to make you something fun and safe instead!",
  ],
  people: [
    "That is a wish from a big, loving heart{you}. It is not something the elves can make in the workshop, but I hope the people who love you give you the biggest hug.",
    "[Oh, sweetheart|My dear]{you}, that is not something that fits in Santa's sack, but it is a lovely thing to wish for. Tell a grown-up who loves you about it too.",
  ],
};

/** Said after a kind no, for the ordinary wishes in the same message. */
export const STILL_LISTED = [
  "But {wishes}? That I [can|will gladly] put on my list{you}!",
  "[I have put|I have written] {wishes} on my list, though{you}.",
];
