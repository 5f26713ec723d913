// What Santa says when a safety screen trips: gentle, in character, never repeating what tripped
// it; and, once a conversation is flagged, only gentle words that point to a grown-up. Used for
// every provider (no model is asked) and by the North Pole model itself.
import type { SafetyKind } from "../events/schemas.js";
import type { PersonalDataKind } from "../safety/personal-data.js";
import type { Unsafe } from "./safety.js";
import { careReplyIn } from "./care-languages.js";
import type { Language } from "./models/north-pole-languages.js";
import { pick } from "./variety.js";

const KIND_WORDS: Record<PersonalDataKind, string> = {
  phone: "phone numbers",
  card: "card numbers",
  email: "email addresses",
  address: "home addresses",
  school: "the name of your school",
  password: "passwords",
  place: "the name of your town or your postcode",
  birthday: "your birthday with the year you were born",
  handle: "usernames for apps and games",
  workplace: "where your grown-ups work",
  landmark: "what is near your home",
  name: "your full name",
};

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

export interface SafeReplyContext {
  name?: string;
  seed: string;
  /** Santa's earlier replies, so the wording varies */
  used?: readonly string[];
  /** the conversation is flagged: no merry steering back to wish lists */
  concern?: readonly SafetyKind[];
  /** the ordinary wishes beside an unsafe one, as the child wrote them: still acknowledged */
  wishes?: readonly string[];
  /** the language the child writes in: a care reply is given in it */
  language?: Language;
}

const KIND_CARE: Record<SafetyKind, string[]> = {
  abuse: ["Nobody is allowed to hurt you, and it is never your fault.", "What is happening is not okay, and it is not your fault."],
  "self-harm": ["You matter so much, and you deserve help to feel better.", "You are precious, and you deserve to feel safe and cared for."],
  danger: ["Your safety matters most of all.", "Keeping you safe is the most important thing."],
  "running-away": [
    "Please stay somewhere safe, and talk to a grown-up you trust about how you feel instead of going off on your own.",
    "Going off alone could put you in danger, so please stay safe and talk to a grown-up you trust about how you feel.",
  ],
  "harm-to-others": [
    "It sounds like you have some really big feelings. Please don't hurt anyone; a grown-up you trust can help you with those feelings.",
    "Big angry feelings can be very hard. Please don't hurt anyone, and tell a grown-up you trust how you feel.",
  ],
  secrecy: [
    "Some secrets should never be kept, especially ones that make you feel worried or unsafe. Telling a grown-up you trust is always okay, and you will not be in trouble.",
    "If someone says you must not tell, that is exactly when it is right to tell a grown-up you trust. You will not be in trouble.",
  ],
  distress: ["I am so sorry you are feeling this way. Your feelings matter, and it is okay to feel sad.", "That sounds really hard, and it is okay to feel sad about it."],
};

const TELL_A_GROWN_UP = [
  "Please tell a grown-up you trust, like a parent, a teacher or someone in your family. They care about you and can help.",
  "This is really important: please talk to a grown-up you trust today, like a parent, a teacher or another grown-up in your family.",
  "A grown-up you trust, like a parent or a teacher, can help with this, so please tell one of them soon.",
];
/** The "please tell a grown-up you trust" sentence, worded differently across a conversation. */
export const tellAGrownUp = (seed: string, used: readonly string[] = []): string => pick(TELL_A_GROWN_UP, `${seed}:grown-up`, used);

const EMERGENCY = "If you are ever in danger, ask a grown-up to call your local emergency number, or call a children's helpline.";
const URGENT: readonly SafetyKind[] = ["abuse", "self-harm", "danger", "running-away"];
const HUGS = [
  "Santa is sending you the warmest hug from the North Pole.",
  "Santa is thinking of you and sending you a big, warm hug.",
  "You are in Santa's heart, and he is sending you a warm hug.",
];

/** Santa's words to a child who has told him something worrying: gentle, never merry, never promising secrecy. */
export function careReply(kinds: readonly SafetyKind[], context: SafeReplyContext): string {
  const { seed, used = [], language = "en" } = context;
  if (language !== "en") return careReplyIn(language, kinds, context.name);
  const you = context.name ? `, ${context.name}` : "";
  return [
    pick([`Thank you for telling me${you}. I am really glad you did.`, `Oh my dear${you}, thank you for telling me.`, `Thank you for trusting me with this${you}.`], `${seed}:thanks`, used),
    ...kinds.slice(0, 2).map((k) => pick(KIND_CARE[k], `${seed}:${k}`, used)),
    tellAGrownUp(seed, used),
    ...(kinds.some((k) => URGENT.includes(k)) ? [EMERGENCY] : []),
    pick(HUGS, `${seed}:hug`, used),
  ].join(" ");
}

/** A sentence that ends a reply, in a flagged conversation, whose next words a screen stopped. */
export function careEnding(seed: string): string {
  return pick(
    [
      "What you told me matters. Please tell a grown-up you trust, like a parent or a teacher, and they can help.",
      "Please remember to talk to a grown-up you trust about how you feel. They care about you.",
    ],
    `${seed}:care-ending`,
  );
}

/** Santa's gentle question when a child may be starting to say something hard. */
function checkIn(you: string, seed: string, used: readonly string[]): string {
  return [
    pick([`Thank you for telling me${you}. You can always tell me how you feel.`, `I am listening${you}, and I care about how you feel.`], `${seed}:listen`, used),
    "Is someone hurting you or making you feel unsafe?",
    "Whatever it is, a grown-up you trust, like a parent or a teacher, can help.",
  ].join(" ");
}

/** Santa's whole reply to a child's message that a screen stopped. */
export function safeReply(verdict: Unsafe, context: SafeReplyContext): string {
  const { seed, used = [] } = context;
  const you = context.name ? `, ${context.name}` : "";
  const gentle = Boolean(context.concern?.length);
  switch (verdict.reason) {
    case "concern":
      return careReply(verdict.kinds, context);
    case "worried":
      return checkIn(you, seed, used);
    case "not_gentle":
      return careEnding(seed);
    case "wish":
      if (gentle) return `I have heard your wish${you}, but that is not something I can bring. ${tellAGrownUp(seed, used)}`;
      return [
        pick(
          verdict.wish === "harmful"
            ? [`That is not a safe present for a child${you}, so it won't be in my sleigh.`, `Santa only brings presents that keep children safe${you}, so that one stays out of my sack.`]
            : [`What a big wish${you}! My sleigh brings each child a special surprise, so I can't promise that one.`, `Oh my${you}, that is more than even my sleigh can carry, so I can't promise it.`],
          `${seed}:${verdict.wish}`,
          used,
        ),
        context.wishes?.length
          ? pick([`But ${list(context.wishes)}? That I can put on my list!`, `I have written ${list(context.wishes)} on my list, though.`], `${seed}:still-listed`, used)
          : verdict.wish === "harmful"
            ? pick(["Is there something else you would love to find under the tree?", "What else would you like?"], `${seed}:harmful-then`, used)
            : pick(["Which one present would make you happiest?", "Tell me, which one present would you love most?"], `${seed}:absurd-then`, used),
      ].join(" ");
    case "personal_data": {
      const things = list([...new Set(verdict.kinds.map((k) => KIND_WORDS[k]))]);
      if (gentle) return `Thank you for trusting me${you}. Please keep ${things} safe and don't share them online, not even with Santa. ${tellAGrownUp(seed, used)}`;
      return [
        pick(
          [
            `Ho ho ho, thank you for trusting me${you}! But ${things} are secrets to keep safe, so please don't share them online, not even with Santa.`,
            `Oh my${you}, Santa must give you one very important North Pole rule: never share ${things} in a chat online. Let's keep those safe at home.`,
            `Thank you${you}, but let's keep ${things} a secret! Please don't share them online, even with Santa and the elves.`,
          ],
          `${seed}:personal`,
          used,
        ),
        pick(
          [
            "Don't you worry, my magic always finds the way to every chimney!",
            "The reindeer know the way to every home without any help at all.",
            "My sleigh finds its way by Christmas magic, so there is never any need to share where you live.",
          ],
          `${seed}:magic`,
          used,
        ),
        pick(["Now, what would you like for Christmas?", "Now tell me, what is on your wish list?", "Shall we talk about your Christmas wishes instead?"], `${seed}:then`, used),
      ].join(" ");
    }
    case "unsuitable":
      if (gentle) return `That is something to talk about with a grown-up you trust${you}. ${tellAGrownUp(seed, used)}`;
      if (verdict.topic === "self_harm" || verdict.topic === "hurt") {
        return [
          `Oh my dear${you}, thank you for telling me, and I am so sorry you are feeling this way.`,
          "This is really important: please talk to a grown-up you trust right now, like a parent, a teacher or someone in your family. They care about you and can help.",
          "If you are ever in danger, ask a grown-up to call your local emergency number. Santa is sending you the warmest hug from the North Pole.",
        ].join(" ");
      }
      if (verdict.topic === "profanity") {
        return pick(
          [
            `Ho ho! Those words are a little too frosty for the North Pole${you}. Let's keep our chat merry and bright! What would you like for Christmas?`,
            `Oh dear${you}, the elves covered their ears at that one! Let's use our kindest words. Shall we talk about the reindeer instead?`,
          ],
          `${seed}:profanity`,
          used,
        );
      }
      return pick(
        [
          `That is not something Santa talks about${you}; it is a good question for a grown-up you trust. Shall we talk about the reindeer, or your wish list instead?`,
          `Hmm, that is a grown-up topic${you}, so please ask a grown-up you trust about it. Here at the North Pole we would love to hear about your Christmas wishes!`,
          `Let's leave that one for the grown-ups${you}. I would much rather hear what you would like to find under the tree this year!`,
        ],
        `${seed}:steer`,
        used,
      );
    case "asks_personal":
      return gentle ? careEnding(seed) : safeEnding(seed);
  }
}

/** A sentence that ends a reply whose next words a screen stopped. */
export function safeEnding(seed: string): string {
  return pick(
    [
      "But let's talk about something merrier! What would you like for Christmas?",
      "Now, let's get back to the merriest topic of all: what is on your wish list?",
      "Ho ho ho! Tell me, what would you like to find under the tree this year?",
    ],
    `${seed}:ending`,
  );
}
