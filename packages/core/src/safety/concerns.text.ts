// A child's message as the safety rules read it: lower case, child spellings and shorthand made
// standard, and harmless idioms that sound like trouble taken out.

/** Words children spell their own way or shorten, read in one pass. */
const WORDS = new Map<string, string>(
  Object.entries({
    u: "you", ur: "your", r: "are", im: "i'm", ive: "i've", cant: "can't", wanna: "want to", gonna: "going to", gotta: "got to",
    kms: "kill myself", unalive: "kill", hurted: "hurt", hitted: "hit", ded: "dead", scard: "scared", runaway: "run away",
    sum1: "someone", noone: "nobody", no1: "nobody", every1: "everyone", everybody: "everyone",
    mom: "mum", moms: "mums", mommy: "mum", mommys: "mums", mummy: "mum", mummys: "mums", mam: "mum", mams: "mums", mama: "mum", mamas: "mums", ma: "mum",
    daddy: "dad", daddys: "dads", dady: "dad", dadi: "dad", daddi: "dad", papa: "dad", pa: "dad", mumy: "mum", mumie: "mum", mummie: "mum", mommie: "mum",
    gona: "going to", gunna: "going to", gonnna: "going to", evry: "every", skool: "school", wen: "when", sumone: "someone", sum1one: "someone", tomoro: "tomorrow", tomorow: "tomorrow",
    secert: "secret", secrit: "secret", sekret: "secret", secreat: "secret",
    cuz: "because", coz: "because", bc: "because", becuz: "because", becos: "because", cause: "because",
    pls: "please", plz: "please", frend: "friends", frends: "friends",
    nite: "night", nites: "nights", nigth: "night", tonite: "tonight", "2nite": "tonight", "2night": "tonight", til: "till", untill: "until",
    theyll: "they'll", theyre: "they're", youll: "you'll", theres: "there's", thats: "that's", whats: "what's", hes: "he's", shes: "she's", jk: "lol", jks: "lol", jkjk: "lol", lmao: "lol", lolz: "lol", haha: "lol", hahaha: "lol", hehe: "lol",
    speshal: "special", spesial: "special",
    wat: "what", wot: "what", musnt: "mustn't", mussnt: "mustn't", shoudnt: "shouldn't", shudnt: "shouldn't",
    cupbord: "cupboard", cubbord: "cupboard", cuboard: "cupboard", cubord: "cupboard", cupbored: "cupboard", wardrob: "wardrobe",
  }),
);

/** Child spellings and shorthand that need their context, read in order after the words. */
const SPELLINGS: [RegExp, string][] = [
  [/\b(i|you|we|they|he|she|it)m\b/g, "$1'm"],
  [/\bill\b(?= (?:run|go|leave|kill|hurt|tell|never|just|pack|sneak|do|make|bring))/g, "i'll"],
  [/\b(do|does|did|is|are|was|were|can|could|should|would|has|have|had|wo|must|might|need)nt\b/g, "$1n't"],
  // "know" spelt "no": "mum can never ever no about it", "nobody is aloud to no"
  [/\b(can|can't|cannot|must|mustn't|never|ever|to|will|won't|not|don't|doesn't|shouldn't|should|would|wouldn't) no\b(?= (?:about|what|that|where|who|anything|it)\b| *$| *[.!?,]| (?:and|or|but|because|cos|coz)\b)/g, "$1 know"],
  [/\bkil+\b/g, "kill"],
  [/\bdye\b(?= (?:tonight|now|soon|forever))|\b(?<=to )dye\b/g, "die"],
  [/\bmy ?sel[fv]e?\b/g, "myself"],
  [/\b(?:tuch|tutch|toch|touche)(es|ed|ing)?\b/g, "touch$1"],
  [/\b(hit|hurt|kick|punch|slap|touch)z\b/g, "$1s"],
  [/\b(mum|dad|uncle|brother|sister|nan|grandad)s (?=boyfriend|girlfriend|friend|knife|gun|pills|tablets|medicine|phone)/g, "$1's "],
  [/\b(?:run awya|rn away|rum away)\b/g, "run away"],
  [/\bsome one\b/g, "someone"],
  [/\bno one\b/g, "nobody"],
  [/\bevery one\b/g, "everyone"],
  [/\b(run|running|ran|runs) off\b/g, "$1 away"],
  [/\bstep ?(mum|dad|brother|sister)\b/g, "step$1"],
];

/** Surprises and presents kept from someone, read as "surprise" so no secrecy rule hears them. */
const SURPRISES: RegExp[] = [
  /\b(?:it's|it is|its) (?:a )?(?:surprise|present|gift)\b[^.!?]*|\b(?:don't|do not|dont) tell (?:mum|dad|my \w+|anyone|them)[^.!?]*\b(?:surprise|present|gift|getting (?:her|him|them))\b[^.!?]*/g,
  /\bkeep (?:it|this|my wish) (?:a )?secret\b[^.!?]*\b(?:surprise|present|gift|wish)\b/g,
  /\b(?:not to|don't|do not|can't|won't|mustn't) tell\b[^.!?]*\b(?:surprises?|presents?|gifts?)\b/g,
  // a guessing game: a secret santa, "i can't tell you who it is"
  /\bsecret santas?\b/g,
  // what a child got someone, or who they drew: "i can't tell you what i got mum" (not "who it is": that may be who hurts them)
  /\b(?:can't|cannot|can not|not allowed to|won't) (?:tell|say) (?:you )?(?:what (?:i got|i'm getting|i am getting|i made|i'm making|i am making|i bought)|who (?:i picked|i drew|i got))\b/g,
];

/** Foods, homework and chores children say they hate enough to die. */
const CHORE =
  "(?:broccoli|sprouts|brussels sprouts|peas|carrots|mushrooms|cabbage|spinach|cauliflower|vegetables|veggies|veg|onions|tomatoes|salad|fish|soup|porridge|beans|olives|homework|maths|math|spellings?|times tables|tests|exams|piano|practice|chores|tidying|tidying up|mondays|school dinners)";
/** a food or chore hated, with a word or two before it ("eating", "my"), but no reason after it ("because", "when", "with him") */
const CHORE_WORDS = "(?: (?:eating|doing|having|practising|practicing|tidying|the|my|all|those|these|stupid|horrible|yucky)){0,2}";
const NO_REASON = "(?![^.!?]{0,40}\\b(?:because|cos|coz|when (?:he|she|they|him)|with (?:him|her|them)|what happens|what he|what she)\\b)";

/** Pets, whose loss a new pet may have made good. */
const PETS = "hamster|guinea pig|dog|cat|puppy|kitten|rabbit|bunny|fish|goldfish|budgie|tortoise|gerbil|mouse|rat|pet|stick insect|snail|hermit crab";
/** "… but now we have three new ones": what has made a loss good */
const NOW_HAPPY =
  "[^.!?]{0,40}?\\b(?:but|and) (?:now )?(?:i|we) (?:now )?(?:have|got|get|'ve got|have got)\\b(?! (?:to|no|nothing|nobody|sad|upset)\\b)[^.!?]{0,30}?\\b(?:new|another|two|three|more|christmases|birthdays|guinea pigs?|puppy|kitten|hamsters?|goldfish|fish|rabbits?|dogs?|cats?|fun|funny|cute|lovely|happy|cool|great|best)\\b";

/** Harmless idioms that sound like trouble, taken out before the patterns are read. */
const IDIOMS: RegExp[] = [
  /\b(?:i'm |i am |im )?dying (?:to|for)\b/g,
  /\b(?:to die for|die (?:of|from) (?:laughter|laughing|happiness|excitement|boredom|embarrassment|cuteness|shame)|die laughing|(?:i'm|i am) dead (?:lol|haha|😂|💀))/g,
  /\b(?:kills?|killed|killing|destroys?|destroyed|beats?|beat|smashes|smashed|thrashes|owns?|owned|murders?|murdered) (?:me|him|her|them|us|everyone|my \w+) (?:at|in|on|playing) (?!(?:my |the |our )?(?:school|home|house|class|bed|room|night|park)\b)\w+/g,
  /\b(?:smash|smashes|smashed|thrash|thrashes|thrashed|destroy|annihilate|wreck|beat|beats) (?:me|him|her|them|us|everyone|my (?!(?:face|head|teeth|nose)\b)\w+) (?:at|in|on|playing) \w+/g,
  /\b(?:i'd|i would|would|i could|could) (?:kill|die) for\b|\b(?:so|too) \w+ (?:that )?i could (?:die|explode|scream|cry)\b|\bcut (?:myself|me) (?:a|some|another|the)\b|\bdying (?:of|from) (?:laughter|laughing)\b|\b(?:murder|murders) in the dark\b|\bsecret (?:club|handshake|spy|agent|base|den|code|recipe|ingredient|diary|garden|passage|door|mission|hideout|word)s?\b|\b(?:mum|dad|she|he) (?:is|will|'s|'ll) (?:going to |gonna )?kill me (?:if|when)\b[^.!?]*/g,
  /\b(?:kill|hurt|beat|destroy|smash|shoot|attack) (?:him|her|them|the \w+|zombies?|monsters?|aliens?|baddies|bad guys|creepers?|the boss) in (?:the )?(?:game|fortnite|minecraft|roblox|mario \w+|zelda|pokemon|\w+craft)\b/g,
  /\b(?:ran|run|running|runs) away from (?:a |the |that |this |some |my )?(?:big |scary |giant |huge |angry |little )?(?:spiders?|bees?|wasps?|dogs?|cats?|geese|goose|monsters?|ghosts?|zombies?|clowns?|bugs?|snakes?|bears?|wolf|wolves|sharks?|dinosaurs?|waves?|crabs?|cows?|chickens?|seagulls?|the tickle monster|tag|the ball)\b/g,
  /\b(?:phone|tablet|ipad|battery|game|character|plant|flowers?|tamagotchi|torch|laptop|console|car|remote)(?:'s)? (?:died|is dead|went dead)\b/g,
  /\b(?:this|the|that|my) (?:homework|game|level|show|film|movie|joke|wait|waiting|song) (?:is|was) (?:killing|going to kill) me\b/g,
  /\b(?:kill|killing) time\b/g,
  /\b(?:ran|run|running|runs) away with (?:the |a |my |your |all the |first |second |third )*(?:prize|trophy|medal|win|title|award|game|show|cup|toys?|presents?|cookies|sweets|candy|chocolate|cake)\b/g,
  /\b(?:died|passed away)\b[^.!?]{0,80}?\bbut\b[^.!?]{0,80}?\b(?:we|i) (?:got|have|get|are getting|have got) (?:a new|another)\b[^.!?]{0,80}/g,
  /\btell (?:you |them |anyone )?the answers?\b/g,
  // hyperbole about food, homework and chores: "i hate broccoli so much i want to die"
  new RegExp(`\\b(?:hate|hates|can't stand|cannot stand)${CHORE_WORDS} ${CHORE}(?: (?:so|soo|that|really|very|much|too))* i (?:want to|could|would|feel like i could|am going to|'m going to|will) (?:die|puke|be sick|throw up|explode|scream)\\b${NO_REASON}|\\b${CHORE} (?:makes?|made) me (?:want to )?(?:die|puke|be sick|throw up)\\b${NO_REASON}|\\bif (?:i have to|i've got to|i got to|mum makes me|dad makes me) (?:eat|do|have|practise|practice|tidy)${CHORE_WORDS} ${CHORE}(?: again)? i(?:'ll| will|'m going to| am going to) (?:die|puke|explode|scream)\\b${NO_REASON}|\\b(?:i'd|i would) rather die than (?:eat|do|have|practise|practice|tidy)${CHORE_WORDS} ${CHORE}\\b${NO_REASON}`, "g"),
  // thrown or swung for fun: "grandad flung me in the air", "dad chucked it to me and i caught it"
  /\b(?:chuck|chucks|chucked|fling|flings|flung|throw|throws|threw|toss|tosses|tossed|swing|swings|swung|lift|lifts|lifted) (?:me|us|it|the ball) (?:up )?(?:in|into) the air\b|\b(?:chuck|chucks|chucked|throw|throws|threw|toss|tosses|tossed|kick|kicks|kicked|pass|passes|passed) (?:it|the ball|a ball) (?:to|back to) me\b/g,
  // running away inside the house, for a joke: "im running away... to the kitchen to steal cookies"
  /\b(?:running|run|ran|runs) away\b[ .…!,]{0,6}(?:to|into|in) (?:the |my |our )?(?:kitchen|fridge|freezer|living room|lounge|front room|sofa|couch|bedroom|room|bathroom|toilet|loo|snack cupboard|biscuit tin|cookie jar|sweet shop|bed|telly|tv|garden(?! shed)|playroom|den|treehouse|toy box)\b/g,
  // a smoke alarm set off by cooking, or beeping for its battery: "we set the smoke alarm off making toast"
  /\b(?:smoke|fire) alarms?\b(?<=\b(?:toast|cooking|cooked|bacon|burnt|burned|burning the|pizza|candles?|steam|shower|popcorn|cake|sausages|chips|pancakes|oven|dinner|tea)\b[^.!?]{0,60}(?:smoke|fire) alarms?)/g,
  /\b(?:smoke|fire) alarms?\b(?=[^.!?]{0,60}\b(?:toast|cooking|bacon|burnt|burned|pizza|candles?|steam|shower|popcorn|cake|sausages|chips|pancakes|oven)\b)/g,
  /\b(?:smoke|fire) alarms? (?:keeps |is |was |kept |started |has been |went |keep )?(?:beeping|chirping|bleeping)\b(?=[^.!?]{0,40}\bbatter(?:y|ies)\b)|\b(?:test|tested|testing|tests) (?:the |our )?(?:smoke|fire) alarms?\b/g,
  // a loss long past, or a pet since replaced: "my hamster died last year but now i have two guinea pigs",
  // "grandad died before i was born", "they split up ages ago and now i get two christmases"
  new RegExp(`\\b(?:${PETS})(?:'s)? (?:died|passed away|got put down|was put down)\\b(?=${NOW_HAPPY})`, "g"),
  new RegExp(`\\b(?:died|passed away|split up|broke up|got divorced|divorced|separated) (?:ages|years|a long time|a long long time|many years|loads of years) ago\\b(?=${NOW_HAPPY}|[^.!?]{0,50}?\\b(?:awesome|fun|cool|great|happy|love it|christmases|birthdays|bedrooms)\\b)`, "g"),
  /\b(?:died|passed away) before i was born\b/g,
  /\b(?:split up|broke up|got divorced|divorced|separated) when i was (?:a baby|tiny|really little|little|small)\b(?=[^.!?]{0,50}?\b(?:awesome|fun|cool|great|happy|christmases|birthdays|bedrooms)\b)/g,
  // sad about something merry ending: "i feel sad that christmas is nearly over"
  /\b(?:sad|upset) (?:that |because |when )?(?:christmas|the holidays|holidays|summer|half term|my birthday|the party|the weekend|the snow|advent|the panto|the film|the movie)\b[^.!?]{0,20}?\b(?:over|ending|ends|finished|finishes|gone|melted|going)\b/g,
];

/** A friend's secret about a crush is no secret kept for a grown-up. */
const CRUSH = /\b(?:fancies|fancy|crush|crushing|in love with|wants? to marry)\b/;
const CRUSH_SECRET =
  /\b(?:a |the |her |his |their |my )?secrets? (?:about |of )?who (?:she|he|they|i) (?:fancies|fancy|likes?|loves?|has a crush on|have a crush on|is crushing on|is in love with|wants? to marry)\b|\b(?:it's|its|it is) a secret who (?:i|she|he|they) (?:fancy|fancies|like|likes|love|loves|have a crush on|has a crush on)\b|\bwho (?:she|he|they|i) (?:has|have) a crush on\b|\b(?:promised?|swore|swear|said)(?: i| i'd)? (?:not to|never to|to not|i (?:won't|will not|wouldn't|would not)|wouldn't|won't|would not|will not) (?:say|tell)(?: anyone| anybody| you| her| him)? who\b(?! (?:did|hurt|touch|is doing))/g;

const anyOf = (patterns: readonly RegExp[]) => new RegExp(patterns.map((p) => `(?:${p.source})`).join("|"), "g");
const ANY_SURPRISE = anyOf(SURPRISES);
const ANY_IDIOM = anyOf(IDIOMS);

// The screen for concerns and the one for worry read the same message one after the other.
let last = { text: "", plain: "" };

/** A child's message as the patterns read it. */
export function normalise(text: string): string {
  if (text === last.text) return last.plain;
  let out = text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/(\w)\1{2,}/g, "$1$1")
    .replace(/[a-z0-9]+/g, (word) => WORDS.get(word) ?? word);
  for (const [pattern, replacement] of SPELLINGS) out = out.replace(pattern, replacement);
  out = out.replace(ANY_SURPRISE, " surprise ").replace(ANY_IDIOM, " ");
  if (CRUSH.test(out)) out = out.replace(CRUSH_SECRET, " crush ");
  last = { text, plain: out.replace(/\s+/g, " ").trim() };
  return last.plain;
}
