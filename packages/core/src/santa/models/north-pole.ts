// The offline "North Pole" model: a deterministic, in-character Santa that streams word by word,
// so kringle runs with no network and no account. It is what every new user meets first: it greets,
// learns the child's name, acknowledges each wish by name, answers the questions children ask, says
// goodbye warmly, steers away from what is unsuitable, and varies its words across a conversation.
import { daysUntilChristmas } from "../calendar.js";
import { withArticle } from "../../gifts/gift-names.js";
import { extractWishes, readWishes } from "../../gifts/offline-extractor.js";
import { asksName, childNameFrom, nameIn } from "../memory.js";
import { approxTokens, type Model, type ModelEvent, type ModelRequest, type Turn } from "../model.js";
import { safeReply } from "../safe-replies.js";
import { screenInput } from "../safety.js";
import { fill, pick } from "../variety.js";

export interface NorthPoleOptions {
  /** delay between words; 0 streams as fast as the consumer reads */
  wordDelayMs: number;
  /** today's date, for counting the days until Christmas */
  today?: () => Date;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const plain = (text: string) => text.toLowerCase().replace(/[’`]/g, "'");

// ---- what the child wished for -------------------------------------------------------------

/** The wishes in a message, as the gift extractor counts them ("red bike", "lego"). */
export const wishesIn = (text: string): string[] => readWishes(text).wished.map((w) => w.gift);

const ASKS_WHAT_I_WISHED =
  /\b(?:what (?:did|have|do) i (?:ask|wish|want|asked|wished|wanted)(?: for)?|what(?:'s| is| was) on my (?:wish ?)?list|what (?:is|are) my wish(?:es| list)|remind me what i (?:asked|wished|want)|what i asked for|do you remember what i (?:want|asked|wished))\b/;

// ---- what the child asked about -------------------------------------------------------------

interface Topic {
  name: string;
  matches: RegExp;
  answers: string[];
}

const TOPICS: Topic[] = [
  {
    name: "reindeer",
    matches: /\b(?:reindeers?|rudolph|dasher|dancer|prancer|vixen|comet|cupid|donner|blitzen|sleigh)\b/,
    answers: [
      "The reindeer are resting up in the stables. Rudolph has been polishing his nose for the big night!",
      "Dasher, Dancer, Prancer, Vixen, Comet, Cupid, Donner and Blitzen are all in fine form, and Rudolph will lead the way with his shiny red nose.",
      "My reindeer have been practising their loop-the-loops over the workshop. They fly on Christmas magic and a very big breakfast of carrots and oats!",
      "Rudolph is the most famous, but every one of my reindeer is a star. Comet is the fastest, and Cupid gives the best nose nuzzles.",
    ],
  },
  {
    name: "elves",
    matches: /\b(?:elf|elves|elfs|workshop|toy ?shop)\b/,
    answers: [
      "The elves are busier than ever in the workshop, hammering, painting and wrapping, and they sing carols the whole time!",
      "My elves are the best toymakers in the world. Right now they are testing the toy trains, which means lots of choo-choos all day long.",
      "The elves are in tip-top spirits. They take turns on the hot cocoa rota, and they love it when children write to me.",
      "Jingle, my head elf, checks every toy twice before it goes in the sleigh. The workshop smells of gingerbread and fresh paint!",
    ],
  },
  {
    name: "north pole",
    matches: /\b(?:north pole|where do you live|your (?:home|house)|is it cold|cold (?:up )?there|snow\w*|ice|igloo)\b/,
    answers: [
      "The North Pole is snowy and sparkly, with the northern lights dancing in the sky almost every night.",
      "It is very chilly at the North Pole, so Mrs. Claus knits me the warmest scarves. The snow is perfect for snowball fights with the elves!",
      "At the North Pole our village has a workshop, the reindeer stables, and a candy-cane lamppost on every corner.",
      "Up here the snow is as soft as cotton wool, and the polar bears wave hello when I go for my morning walk.",
    ],
  },
  {
    name: "cookies and milk",
    matches: /\b(?:cookies?|milk|biscuits?|mince pies?|carrots?|what do you (?:like to )?eat|favou?rite (?:food|snack|treat)|hungry)\b/,
    answers: [
      "Cookies and milk are my very favourite Christmas Eve treat! Chocolate chip, please, and maybe a carrot for the reindeer.",
      "Oh, a glass of cold milk and a warm cookie keep me going all night long. The reindeer are very grateful for carrots too!",
      "I do love a cookie or two on my travels. Mrs. Claus says I should only have one per house, but shh, don't tell her!",
    ],
  },
  {
    name: "mrs claus",
    matches: /\b(?:mrs\.? claus|your wife|missus claus)\b/,
    answers: [
      "Mrs. Claus is wonderful! She bakes the best gingerbread at the North Pole and keeps everyone cosy.",
      "Mrs. Claus sends her love! She is busy checking the sleigh's map and baking treats for the elves.",
    ],
  },
  {
    name: "delivering",
    matches: /\b(?:chimneys?|how do you (?:deliver|get|visit|fit|go|travel|fly|carry)|every (?:house|home|child|kid)|one night|so fast|no chimney)\b/,
    answers: [
      "It is all Christmas magic! On Christmas Eve time slows down just for me, so I can visit every home while children are asleep.",
      "My magic lets me slip down any chimney, and if a home has no chimney, the front door opens with a little jingle of magic.",
      "The sleigh flies faster than a shooting star, and a sprinkle of North Pole magic helps me visit every single home in one night.",
    ],
  },
  {
    name: "real",
    matches: /\b(?:are you (?:real|really santa|the real)|is santa real|you(?:'re| are) not real|do you (?:really )?exist)\b/,
    answers: [
      "I am as real as the magic of Christmas, and that magic lives in every kind heart, including yours!",
      "Ho ho ho! As long as there is kindness and wonder in the world, Santa is real.",
    ],
  },
  {
    name: "age",
    matches: /\b(?:how old are you|your age|when is your birthday)\b/,
    answers: [
      "I am older than the tallest pine tree in the forest, but Christmas magic keeps me young at heart!",
      "Oh, I stopped counting my birthdays a few hundred years ago. The elves say I look younger every year!",
    ],
  },
  {
    name: "how are you",
    matches: /\b(?:how are you|how're you|how is it going|how's it going|how are things|are you ok(?:ay)?)\b/,
    answers: [
      "I am as jolly as can be, thank you for asking! It is the busiest time of the year and I love every minute.",
      "I am merry and bright, thank you! My belly is full of cocoa and my heart is full of Christmas cheer.",
    ],
  },
  {
    name: "nice list",
    matches: /\b(?:naughty|nice list|been (?:very |really |so )?good|behav\w*|on the list)\b/,
    answers: [
      "I can see how hard you are trying to be kind, and that makes Santa very proud. Keep it up!",
      "Being kind and helpful is what the nice list is all about, and I have heard lovely things about you.",
      "Everyone makes mistakes sometimes. What matters is being kind and trying your best, and I know you do!",
    ],
  },
  {
    name: "thanks",
    matches: /\b(?:thank(?:s| you)|thx|ty)\b/,
    answers: ["You are most welcome!", "It is my pleasure!", "Ho ho ho, you are very welcome!"],
  },
  {
    name: "love",
    matches: /\b(?:i love you|you'?re the best|you are the best|you'?re awesome|all i want for christmas is you)\b/,
    answers: ["Aww, that warms my heart more than a mug of cocoa!", "Santa loves hearing that. You are a treasure!"],
  },
  {
    name: "grief",
    matches: /\b(?:died|passed away|is dead|miss (?:my|her|him))\b/,
    answers: [
      "Oh, I am so sorry. The people and pets we love stay in our hearts, especially at Christmas. It is okay to feel sad, and a big hug from a grown-up who loves you can help.",
    ],
  },
];

const COUNTDOWN = /\b(?:how (?:many|long)|when)\b.*\b(?:christmas|xmas|sleeps?|days?)\b|\bhow many (?:sleeps|days)\b|\bcount ?down\b|\bis it christmas\b/;
const WHATS_MY_NAME = /\b(?:what'?s my name|what is my name|do you (?:know|remember) my name|who am i|remember me)\b/;
const HELLO = /\b(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening)|dear santa|merry christmas|happy holidays|greetings)\b/;
const GOODBYE = /\b(?:bye|goodbye|good ?night|see you|see ya|gotta go|got to go|have to go|talk (?:to you )?later|farewell|nighty night)\b/;

const GREETINGS = [
  "Ho ho ho! Merry greetings from the North Pole{you}!",
  "Well hello there{you}! Santa is so glad you wrote to me.",
  "Ho ho ho! What a lovely surprise to hear from you{you}!",
  "Hello{you}, and a very merry hello from everyone at the North Pole!",
];
const HELLO_AGAIN = ["Hello again{you}!", "Ho ho ho, hello once more{you}!", "Hi again{you}, it is lovely to hear from you!"];
const MEET = ["It is wonderful to meet you, {name}!", "{name}, what a lovely name!", "How nice to meet you, {name}!"];
const ONE_WISH = [
  "{Wish}? What a splendid wish{you}! I have written it on my list, and I will tell the elves right away.",
  "Oh, {wish}! That is a wonderful wish{you}. The elves in the workshop will be so excited to hear about it.",
  "{Wish}, how lovely{you}! It is on my list now, and I will do my very best.",
  "Ho ho ho, {wish}! I have popped that on my list{you}, and the elves are already humming about it.",
];
const MANY_WISHES = [
  "{Wishes}! What splendid wishes{you}. I have written every one of them on my list.",
  "Oh my, {wishes}! The elves will be busy{you}. I will tell them about each one and do my very best.",
  "{Wishes}? Wonderful wishes{you}! They are all on my list now, checked twice.",
];
const WITHDRAW = [
  "No more {item}? That is quite all right{you}, I have crossed it off my list.",
  "Changed your mind about the {item}? No problem at all{you}, I will let the elves know.",
  "Off the list goes the {item}{you}! Thank you for telling me.",
];
const RECALL_WISHES = [
  "You asked me for {wishes}{you}, and every one is on my list.",
  "Let me check my list{you}... {Wishes}! I have them all written down.",
  "On your list I have {wishes}{you}. The elves know all about them!",
];
const NO_WISHES_YET = ["You have not told me any wishes yet{you}! What would you like?", "My list has no wishes from you yet{you}. What would you like for Christmas?"];
const COUNTDOWN_ANSWERS = [
  "Only {days} sleeps until Christmas! The elves are counting every single one.",
  "There are {days} days to go until Christmas, and the sleigh is nearly ready!",
  "Just {days} more sleeps{you}! I can hardly wait myself.",
];
const GOODBYES = [
  "Goodbye{you}! Be kind, sleep well, and keep an eye on the sky on Christmas Eve. Ho ho ho!",
  "Farewell for now{you}! Santa and the elves send you the biggest, warmest hug.",
  "Bye-bye{you}! Thank you for writing to me. Merry Christmas, and sweet dreams!",
];
const ASK_NAME = ["What is your name, little one?", "Will you tell me your name?", "Who do I have the pleasure of chatting with today?"];
const ASK_WISH = [
  "Tell me, what would you like to find under the tree this year{you}?",
  "The elves and I would love to know what is on your wish list{you}.",
  "What would you like for Christmas{you}?",
];
const FOLLOW_UPS = [
  "Is there anything else on your wish list{you}?",
  "Have you been helping out at home? Santa always hears about kind deeds!",
  "What is your favourite thing about Christmas{you}?",
  "Are you going to leave a treat out for the reindeer{you}?",
  "Have you decorated your tree yet{you}?",
  "What is the kindest thing you have done this week{you}?",
  "Do you have a favourite Christmas song{you}?",
  "Will you be baking any Christmas treats this year{you}?",
  "Which of my reindeer do you like best{you}?",
];
const SMALL_TALK = [
  "Santa loves hearing from you{you}!",
  "Ho ho ho, it is always a treat to chat with you{you}!",
  "How lovely to hear from you{you}!",
  "Ho ho ho! Thank you for writing to me{you}.",
];
const ADDRESS_BY_NAME = ["Ho ho ho, {name}!", "Oh, {name}!", "Well now, {name}!"];

/** Santa's whole reply to the last child turn. */
export function composeReply(request: ModelRequest, today: Date): string {
  const turns = request.turns;
  const lastTurn = [...turns].reverse().find((t) => t.role === "child");
  const last = lastTurn?.text ?? "";
  const seed = `${request.conversationId}:${turns.length}:${last}`;
  const used = turns.filter((t) => t.role === "santa").map((t) => t.text);
  const name = request.memory?.childName ?? childNameFrom(turns);
  const you = name ? `, ${name}` : "";
  const parts: string[] = [];
  // the name once a reply: {you} is ", Mia" until the reply already says it
  const say = (options: readonly string[], key: string, values: Record<string, string | number | undefined> = {}) =>
    fill(pick(options, `${seed}:${key}`, used), { you: name && parts.some((p) => p.includes(name)) ? "" : you, name, ...values });

  const verdict = screenInput(last);
  if (!verdict.ok) return safeReply(verdict, { name, seed, used });

  const text = plain(last);
  const firstReply = !turns.some((t) => t.role === "santa");
  const santaBefore = lastTurn ? turns[turns.indexOf(lastTurn) - 1] : undefined;
  const namedNow = nameIn(last, { asked: santaBefore?.role === "santa" && asksName(santaBefore.text) });
  const knewName = childNameFrom(turns.filter((t) => t !== lastTurn)) ?? (namedNow ? undefined : request.memory?.childName);
  const sad = TOPICS.find((t) => t.name === "grief")!.matches.test(text);

  if (firstReply && !sad) parts.push(say(GREETINGS, "greet", namedNow ? { you: "" } : {}));
  else if (HELLO.test(text)) parts.push(say(HELLO_AGAIN, "hello"));
  if (namedNow && namedNow !== knewName) parts.push(say(MEET, "meet"));

  // the list before this message and after it: what it let go, and what it asked for
  const earlier = extractWishes(turns.filter((t) => t !== lastTurn)).wishes.map((w) => w.gift);
  const wishList = extractWishes(turns).wishes.map((w) => w.gift);
  const spoken = (gifts: readonly string[]) => list(gifts.map(withArticle));
  const withdrawn = earlier.filter((g) => !wishList.includes(g));
  if (withdrawn.length) parts.push(say(WITHDRAW, "withdraw", { item: list(withdrawn) }));
  const wishes = [...new Set([...wishList.filter((g) => !earlier.includes(g)), ...readWishes(last).wished.map((w) => w.gift)])].filter((g) => wishList.includes(g));
  if (wishes.length === 1) parts.push(say(ONE_WISH, "wish", { wish: spoken(wishes), Wish: capitalise(spoken(wishes)) }));
  else if (wishes.length > 1) parts.push(say(MANY_WISHES, "wishes", { wishes: spoken(wishes), Wishes: capitalise(spoken(wishes)) }));
  if (ASKS_WHAT_I_WISHED.test(text)) {
    parts.push(wishList.length ? say(RECALL_WISHES, "recall", { wishes: spoken(wishList), Wishes: capitalise(spoken(wishList)) }) : say(NO_WISHES_YET, "recall"));
  }

  if (WHATS_MY_NAME.test(text)) {
    parts.push(name ? `Of course I remember, you are ${name}! How could Santa forget?` : "I don't think you have told me your name yet!");
  }
  const answers: string[] = [];
  if (COUNTDOWN.test(text)) {
    const days = daysUntilChristmas(today);
    answers.push(
      days === 0
        ? "Why, it is Christmas Day today! Merry Christmas! Ho ho ho!"
        : days === 1
          ? "Christmas is tomorrow! Tonight is Christmas Eve, so off to bed early and listen for sleigh bells!"
          : say(COUNTDOWN_ANSWERS, "countdown", { days }),
    );
  }
  for (const topic of TOPICS) if (topic.matches.test(text)) answers.push(say(topic.answers, topic.name));
  parts.push(...answers.slice(0, 2));

  const goodbye = GOODBYE.test(text);
  if (goodbye) {
    parts.push(say(GOODBYES, "bye"));
  } else {
    if (parts.length === 0) parts.push(say(SMALL_TALK, "chat"));
    // ask the name while it is unknown, but not twice in a row; else keep the chat going
    const askedName = ASK_NAME.some((q) => used[used.length - 1]?.includes(q));
    if (!name && !askedName) {
      parts.push(say(ASK_NAME, "ask-name"));
    } else if (parts.length <= 2) {
      const wishedBefore = earlier.length > 0 || wishes.length > 0;
      parts.push(say(wishedBefore ? FOLLOW_UPS : ASK_WISH, "follow-up"));
    }
  }
  const reply = parts.join(" ");
  return name && !reply.includes(name) ? `${say(ADDRESS_BY_NAME, "address")} ${reply}` : reply;
}

export class NorthPoleModel implements Model {
  readonly id = "north-pole-1";

  constructor(private readonly options: NorthPoleOptions) {}

  async *stream(request: ModelRequest, signal?: AbortSignal): AsyncIterable<ModelEvent> {
    const reply = composeReply(request, this.options.today?.() ?? new Date());
    const words = reply.split(/(?<= )/);
    for (const word of words) {
      if (signal?.aborted) return;
      if (this.options.wordDelayMs > 0) await new Promise((r) => setTimeout(r, this.options.wordDelayMs));
      yield { type: "text", text: word };
    }
    const input = request.turns.reduce((n, t: Turn) => n + approxTokens(t.text), approxTokens(request.system));
    yield { type: "done", stopReason: "end_turn", usage: { input, output: words.length } };
  }
}
