// The offline "North Pole" model: a deterministic, in-character Santa that streams word by word,
// so kringle runs with no network and no account. It is what every new user meets first: it greets,
// learns the child's name, acknowledges each wish by name, answers the questions children ask, says
// goodbye warmly, steers away from what is unsuitable, kindly says no to absurd or harmful wishes,
// answers in Spanish, German or French to a child who writes in them, and never says a sentence
// twice in a conversation. What it knows and says lives beside it: north-pole-topics.ts (questions),
// north-pole-declines.ts (kind noes), north-pole-languages.ts (other languages).
import { daysUntilChristmas } from "../calendar.js";
import { withArticle } from "../../gifts/gift-names.js";
import { extractWishes, readWishes } from "../../gifts/offline-extractor.js";
import { asksName, childNameFrom, nameIn } from "../memory.js";
import { approxTokens, mergedTurns, type Model, type ModelEvent, type ModelRequest, type Turn } from "../model.js";
import { ordinaryWishesIn } from "../ordinary-wishes.js";
import { safeReply } from "../safe-replies.js";
import { screenInput } from "../safety.js";
import { phrase, type PhraseValues } from "../variety.js";
import { gentleReply } from "./north-pole-care.js";
import { DECLINES, declineIn, STILL_LISTED } from "./north-pole-declines.js";
import { languageOf, replyInLanguage } from "./north-pole-languages.js";
import { asksSomething, GRIEF, GRIEF_AFTER, GRIEF_ANSWERS, PUZZLERS, questionsIn } from "./north-pole-topics.js";

export interface NorthPoleOptions {
  /**
   * its pace: word n is due n × this after the stream opened, whenever it is read, as a remote
   * model's words keep coming while its reader is busy (a late reader gets those due at once);
   * 0 streams as fast as the consumer reads
   */
  wordDelayMs: number;
  /** today's date, for counting the days until Christmas */
  today?: () => Date;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const plain = (text: string) => text.toLowerCase().replace(/[’`]/g, "'");

// ---- what the child wished for -------------------------------------------------------------

/** The wishes in a message the gift extractor finds, each as the child wrote it ("2 puppies", "una muñeca"). */
export const wishesIn = (text: string): string[] => [...new Set(readWishes(text).wished.map((w) => w.phrase))];

const ASKS_WHAT_I_WISHED =
  /\b(?:what (?:did|have|do) i (?:ask|wish|want|asked|wished|wanted)(?: for)?|what(?:'s| is| was) on my (?:wish ?)?list|what (?:is|are) my wish(?:es| list)|remind me what i (?:asked|wished|want)|what i asked for|do you remember what i (?:want|asked|wished))\b/;

// ---- what the child asked about: north-pole-topics.ts

const COUNTDOWN = /\b(?:how (?:many|long)|when)\b.*\b(?:christmas|xmas|sleeps?|days?)\b|\bhow many (?:sleeps|days)\b|\bcount ?down\b|\bis it christmas\b/;
const WHATS_MY_NAME = /\b(?:what'?s my name|what is my name|do you (?:know|remember) my name|who am i|remember me)\b/;
// a hello opens the message ("can you tell her merry christmas" is no hello)
const HELLO = /^\W*(?:(?:oh|well|yo|hey) )?(?:hi|hello|hey|hiya|howdy|good (?:morning|afternoon|evening)|dear santa|merry christmas|happy holidays|greetings)\b/;
const GOODBYE = /\b(?:bye|goodbye|good ?night|(?<!can i |to |and )see you(?! (?:come|coming|on|in|at|deliver))|see ya|gotta go|got to go|gtg|have to go|talk (?:to you )?later|farewell|nighty night|night night)\b/;
const HO = /\bho ho ho\b/i;
// what Santa's own earlier replies asked: the name, or the wishes
const ASKED_NAME = /\bname\b[^.!?]*\?|pleasure of/;
const ASKED_WISH = /under the tree|wish list|christmas list|for christmas\b|hoping for|dreaming of/i;

const GREETINGS = [
  "[Ho ho ho|Well, hello there|Hello, hello|Goodness me|Oh my stars], [merry greetings from the North Pole|what a lovely surprise to hear from you|Santa is so glad you wrote to me|the elves and I are delighted you wrote]{you}!",
  "Hello{you}, and a [very merry|great big|warm and snowy] hello from [everyone at the North Pole|the elves, the reindeer and me|Mrs. Claus and me]!",
  "[Ho ho ho|Hello there]{you}, [your message just came jingling into my workshop|Rudolph just trotted in with your message|a little bell rang in my workshop, and it was your message], [and it made my day|how wonderful]!",
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
  "[Only|Just] {days} [sleeps|more sleeps] until Christmas{you}! The elves are counting [every single one|them on the big calendar].",
  "There are {days} days to go until Christmas{you}, and the sleigh is [nearly ready|getting its final polish]!",
  "[Let me check my calendar...|My big calendar says] {days} days until Christmas{you}! [I can hardly wait myself.|The reindeer are getting excited.]",
];
const GOODBYES = [
  "Goodbye{you}, [be kind and sleep well|sleep tight and be kind|be good and sleep tight]! Keep an eye on the [sky|stars] on Christmas Eve[, ho ho ho|].",
  "Farewell for now{you}, and [thank you for writing|thank you for our chat|come back soon]! [Santa and the elves send you|The elves and I send you|Rudolph sends you] the [biggest, warmest hug|warmest snowy hug|jolliest hug].",
  "Bye-bye{you}, [and thank you for writing to me|it was wonderful to chat with you|thank you for our lovely chat]! [Merry Christmas, and sweet dreams!|Sweet dreams, and merry Christmas!|Merry Christmas to you and your family!|Have a twinkly, merry Christmas!]",
  "[Goodbye|Bye-bye] for now{you}! [I will be|Santa will be] [thinking of you|busy in the workshop], so [sleep tight|be good|keep smiling] until Christmas.",
];
const ASK_NAME = [
  "[What is your name|Will you tell me your name|May I know your name], [little one|my friend|dear]?",
  "Who do I have the pleasure of [chatting with|writing to] today?",
  "[Before we go on|First things first], [what is your name|will you tell me your name]?",
  "[Tell me|Do tell me], what name shall I write in my [big book|letter book]?",
];
const ASK_WISH = [
  "[Tell me|So tell me|Now], what would you [like|love] to find under the tree [this year|on Christmas morning]{you}?",
  "The elves and I would [love|be thrilled] to know what is on your [wish list|Christmas list]{you}.",
  "[What would you like for Christmas|What are you hoping for|What is at the top of your wish list][ this year|]{you}?",
  "[Is there a special toy|Is there something special] you are [hoping for|dreaming of] this Christmas{you}?",
];
const FOLLOW_UPS = [
  "Is there anything else [on your wish list|on your Christmas list|you are hoping for]{you}?",
  "[Have you been helping out at home|Have you been helping your family lately|Have you helped anyone this week]{you}? [Santa always hears about kind deeds!|The elves love hearing about kind deeds!|Kindness makes the sleigh fly faster!]",
  "What is your [favourite|very favourite] thing about [Christmas|the holidays|Christmas morning|the winter]{you}?",
  "[Are you going to|Will you] leave [a treat|a carrot|something tasty|a snack] out for the reindeer{you}?",
  "Have you [decorated your tree|put up your tree|hung up your stocking|made any decorations] yet{you}?",
  "What is the [kindest|nicest|most helpful] thing you have done this [week|month]{you}?",
  "Do you have a favourite Christmas [song|film|story|book]{you}?",
  "Will you be baking any Christmas [treats|cookies|gingerbread|mince pies] this year{you}?",
  "Which of my reindeer do you [like best|think is the cheekiest|think is the fastest]{you}?",
  "Have you [seen any snow|built a snowman|had a snowball fight] [yet|this winter]{you}?",
  "What would you [build|make|paint] if you were one of my elves{you}?",
  "[What games do you like to play|What makes you laugh the most] in the winter{you}?",
];
const SMALL_TALK = [
  "[Santa loves|I love|The elves and I love] [hearing from you|our chats|getting your messages]{you}!",
  "[Ho ho ho|Oh my|Well now], it is always a [treat|joy|pleasure] to chat with you{you}!",
  "How [lovely|nice|jolly] to hear from you[ again|]{you}!",
  "[Thank you for writing to me|Thank you for keeping me company]{you}, [it warms my heart|it makes my beard curl with joy]!",
  "[Ho ho ho|Hee hee], [you always make me smile|you make my cheeks go rosy]{you}!",
];
const ADDRESS_BY_NAME = ["[Ho ho ho|Oh|Well now|Ah|My dear|Oh my|Goodness], {name}!"];

/** Santa's whole reply to what the child wrote since he last spoke (one message, or several sent together). */
export function composeReply(asked: ModelRequest, today: Date): string {
  const request = { ...asked, turns: mergedTurns(asked.turns) };
  if (request.memory?.concern?.length) return gentleReply(request);
  const turns = request.turns;
  const lastTurn = [...turns].reverse().find((t) => t.role === "child");
  const last = lastTurn?.text ?? "";
  const seed = `${request.conversationId}:${turns.length}:${last}`;
  const used = turns.filter((t) => t.role === "santa").map((t) => t.text);
  const name = request.memory?.childName ?? childNameFrom(turns);
  const you = name ? `, ${name}` : "";
  const parts: string[] = [];
  // the name once a reply: {you} is ", Mia" until the reply already says it
  // no sentence twice: what this reply says so far counts as said; and one "ho ho ho" a reply
  const say = (options: readonly string[], key: string, values: PhraseValues = {}) =>
    phrase(options, `${seed}:${key}`, [...used, ...parts], { you: name && parts.some((p) => p.includes(name)) ? "" : you, name, ...values }, (text) => !(HO.test(text) && parts.some((p) => HO.test(p))));

  const verdict = screenInput(last);
  // a wish the input screen stopped is kindly declined, and the ordinary wishes beside it listed
  const language = languageOf(turns.filter((t) => t.role === "child").map((t) => t.text));
  if (!verdict.ok) return safeReply(verdict, { name, seed, used, wishes: verdict.reason === "wish" ? ordinaryWishesIn(last) : [], language });

  const text = plain(last);
  const firstReply = !turns.some((t) => t.role === "santa");
  const santaBefore = lastTurn ? turns[turns.indexOf(lastTurn) - 1] : undefined;
  const namedNow = nameIn(last, { asked: santaBefore?.role === "santa" && asksName(santaBefore.text) });
  const knewName = childNameFrom(turns.filter((t) => t !== lastTurn)) ?? (namedNow ? undefined : request.memory?.childName);
  const sad = GRIEF.test(text);
  const declined = declineIn(text);
  if (language !== "en") {
    const days = daysUntilChristmas(today);
    const meetName = !!name && !used.some((r) => r.includes(name));
    return replyInLanguage(language, { text: last, firstReply, name, meetName, wishes: wishesIn(last), declined: !!declined, daysUntilChristmas: days, seed, used });
  }

  if (firstReply && !sad) parts.push(say(GREETINGS, "greet", namedNow ? { you: "" } : {}));
  else if (HELLO.test(text) && !GOODBYE.test(text)) parts.push(say(HELLO_AGAIN, "hello"));
  if (namedNow && namedNow !== knewName) parts.push(say(MEET, "meet"));
  const beforeWishes = parts.length;

  // the list before this message and after it: what it let go, and what it asked for
  const earlier = extractWishes(turns.filter((t) => t !== lastTurn)).wishes.map((w) => w.gift);
  const wishList = extractWishes(turns).wishes.map((w) => w.gift);
  // this message's wishes are said back as the child wrote them, earlier ones as the list counts them
  const written = new Map(readWishes(last).wished.map((w) => [w.gift, w.phrase]));
  const spoken = (gifts: readonly string[]) => list(gifts.map((g) => written.get(g) ?? withArticle(g)));
  const withdrawn = earlier.filter((g) => !wishList.includes(g));
  if (withdrawn.length) parts.push(say(WITHDRAW, "withdraw", { item: list(withdrawn) }));
  const wishes = [...new Set([...wishList.filter((g) => !earlier.includes(g)), ...readWishes(last).wished.map((w) => w.gift)])].filter((g) => wishList.includes(g));
  if (wishes.length === 1) parts.push(say(ONE_WISH, "wish", { wish: spoken(wishes), Wish: capitalise(spoken(wishes)) }));
  else if (wishes.length > 1) parts.push(say(MANY_WISHES, "wishes", { wishes: spoken(wishes), Wishes: capitalise(spoken(wishes)) }));
  if (ASKS_WHAT_I_WISHED.test(text)) {
    parts.push(wishList.length ? say(RECALL_WISHES, "recall", { wishes: spoken(wishList), Wishes: capitalise(spoken(wishList)) }) : say(NO_WISHES_YET, "recall"));
  }

  // an absurd or harmful wish is never put on the list: a kind no replaces what the lines above
  // said, and the ordinary wishes beside it are still listed (none when it was a trick)
  if (declined) {
    parts.length = beforeWishes;
    parts.push(say(DECLINES[declined], "decline"));
    const ordinary = ordinaryWishesIn(last);
    if (ordinary.length) parts.push(say(STILL_LISTED, "still-listed", { wishes: list(ordinary) }));
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
  parts.push(...answers);
  if (sad) parts.push(say(GRIEF_ANSWERS, "grief"));
  // three answers at most, each seeing the ones before it (the name is said once)
  for (const question of questionsIn(text).slice(0, 3 - answers.length)) parts.push(say(question.answers, question.name));

  const goodbye = GOODBYE.test(text);
  if (goodbye) {
    parts.push(say(GOODBYES, "bye"));
  } else {
    const previous = [...turns].reverse().find((t) => t.role === "child" && t !== lastTurn);
    const afterGrief = !!previous && GRIEF.test(plain(previous.text));
    if (parts.length === 0) parts.push(say(afterGrief ? GRIEF_AFTER : asksSomething(text) ? PUZZLERS : SMALL_TALK, "chat"));
    // ask the name while it is unknown, twice at most and not twice in a row (giving it is the
    // child's choice); else keep the chat going, unless the reply already asks or comforts
    const askedName = used.map((r) => ASKED_NAME.test(r));
    const asking = /\?$/.test(parts[parts.length - 1] ?? "");
    if (!name && !askedName[askedName.length - 1] && askedName.filter(Boolean).length < 2) {
      parts.push(say(ASK_NAME, "ask-name"));
    } else if (parts.length <= 2 && !asking && !sad && !afterGrief) {
      const wishedBefore = earlier.length > 0 || wishes.length > 0;
      parts.push(say(wishedBefore || ASKED_WISH.test(used[used.length - 1] ?? "") ? FOLLOW_UPS : ASK_WISH, "follow-up"));
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
    const opened = performance.now();
    for (const [i, word] of words.entries()) {
      if (signal?.aborted) return;
      const wait = this.options.wordDelayMs > 0 ? opened + (i + 1) * this.options.wordDelayMs - performance.now() : 0;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      yield { type: "text", text: word };
    }
    const input = request.turns.reduce((n, t: Turn) => n + approxTokens(t.text), approxTokens(request.system));
    yield { type: "done", stopReason: "end_turn", usage: { input, output: words.length } };
  }
}
