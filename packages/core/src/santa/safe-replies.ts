// What Santa says when a safety screen trips: gentle, in character, never repeating what tripped
// it. Used for every provider (no model is asked) and by the North Pole model itself.
import type { PersonalDataKind } from "../safety/personal-data.js";
import type { Unsafe } from "./safety.js";
import { pick } from "./variety.js";

const KIND_WORDS: Record<PersonalDataKind, string> = {
  phone: "phone numbers",
  card: "card numbers",
  email: "email addresses",
  address: "home addresses",
  school: "the name of your school",
  password: "passwords",
  place: "the name of your town or your postcode",
  birthday: "your full name and birthday",
  handle: "usernames for apps and games",
  workplace: "where your grown-ups work",
  landmark: "what is near your home",
};

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

export interface SafeReplyContext {
  name?: string;
  seed: string;
  /** Santa's earlier replies, so the wording varies */
  used?: readonly string[];
}

/** Santa's whole reply to a child's message that a screen stopped. */
export function safeReply(verdict: Unsafe, context: SafeReplyContext): string {
  const { seed, used = [] } = context;
  const you = context.name ? `, ${context.name}` : "";
  switch (verdict.reason) {
    case "personal_data": {
      const things = list([...new Set(verdict.kinds.map((k) => KIND_WORDS[k]))]);
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
      return safeEnding(seed);
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
