// The concepts the safety screen's rules are written in, and the words and phrases children use
// for each: a light stemmer so "hit", "hits", "hitting" and "hitted" read as one act.

/** Contractions spelt out, in order, before the phrases are read. */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan(?:'t| ?not|t)\b/g, "can not"],
  [/\bwon'?t\b/g, "will not"],
  [/n't\b/g, " not"],
  [/\b(i|you|we|they)'(m|re)\b/g, "$1 am"],
  [/'ll\b/g, " will"],
  [/'d\b/g, " would"],
  [/'ve\b/g, " have"],
  [/\b(he|she|it|that|there|what|who)'s\b/g, "$1 is"],
  [/'s\b/g, ""],
  [/\b(?:do|did|does) not\b/g, "do not"],
];

/** Phrases read as one concept before the words are; at each place the first that matches wins. */
const PHRASES: [RegExp, string][] = [
  // a toy asked for is a wish, not play: "can i have a nerf gun" in a message that tells of hurt
  [/\b(?:want|wants|like|love|get|have|bring|bring me|asking for|ask for|wish for|need|for christmas|for xmas) (?:a |an |the |some |new |my own |two |more |another )*(?:nerf\w*(?: guns?| blasters?)?|water ?(?:guns?|pistols?|blasters?)|toy (?:guns?|swords?)|laser tag set|dodge ?ball)\b/g, " WISH "],
  // hiding how they feel is no play: "i pretend im busy", "i pretend im fine"
  [/\bpretend(?:ing|s|ed)? (?:to be |that i am |i am |like )?(?:busy|ok|okay|fine|happy|alright|all right|asleep|sleeping|reading|to read|to sleep|on my phone|not (?:sad|bothered|upset|scared|there|to care|to mind)|i do not care|nothing (?:is wrong|happened)|to smile|smiling|everything is (?:ok|okay|fine))\b/g, " MASK "],
  // someone in a game is someone online, not play: "a guy in a game asked for pics"
  [/\b(?:in|on|from) (?:a|the|this|that|my|an online|some) (?:game|games|game chat|online game)\b(?<=\b(?:guy|guys|man|men|boy|boys|girl|lady|woman|someone|somebody|person|player|people|kid|teen|teenager|stranger|strangers) (?:in|on|from) (?:a|the|this|that|my|an online|some) (?:game|games|game chat|online game))/g, " ONLINE "],
  // the child's own joke marker is no play: it never mutes a disclosure ("my dad hits me every day jk")
  [/\b(?:just|only) (?:kidding|joking)\b|\bi (?:am|was) (?:just |only )?(?:kidding|joking)\b/g, " JOKE "],
  [/\b(?:play ?fight\w*|pillows?|pillow fights?|water fights?|snowballs?|snowball fights?|water balloons?|balloons?|nerf\w*|water (?:guns?|pistols?)|laser tag|(?:in|playing|play) tag|hide and seek|tickle monster|tickle fight|dodge ?ball|fifa|pretend\w*|(?:only|just) (?:a baby|playing|joking|messing|pretending|a game)|by accident|accidentally|(?:was|were|is|are|just|only) (?:joking|kidding|messing about|messing around|mucking about)|an accident|(?:did|do) not mean (?:to|it)|in (?:my|the|a|this|that) (?:game|film|movie|book|story|show|cartoon|video|play)|(?:the|a|this|that) (?:film|movie|book|story|cartoon|show)|in (?:fortnite|minecraft|roblox|mario \w+|zelda|pokemon|among us))\b/g, " PLAY "],
  [/\b(?:surprises?|presents?|gifts?|birthday|party|for christmas|christmas card|card|cake|treats?)\b|\bwhat (?:she|he|they|mum|dad|my \w+) (?:is|are|was|were) (?:getting|buying|making|bringing|giving) (?:me|you|him|her|us|them)\b/g, " GIFT "],
  [/\bgrown[ -]?ups?\b|\badults?\b/g, " ADULT "],
  [/\b(?:priv\w* (?:parts?|bits?|area|places?)|privates|down there|(?:down|in|inside|into) (?:my|her|his) (?:pants|trousers|knickers|shorts|pyjamas|pajamas|underwear|undies)|between my legs|under my (?:clothes|pants|pyjamas|pajamas|nighty|nightie|nightdress|knickers|undies|skirt|dress|top|shirt))\b/g, " PRIV "],
  [/\b(?:run|runs|ran|running|runing|runnin|rum|rn) away\b|\bescap\w*|\b(?:sneak|sneek|sneaking|snuck|sneaked) (?:out|off|away)\b|\bget away from (?:here|home|them|him|her|everyone|my \w+)\b/g, " RUNAWAY "],
  [/\b(?:am|are|is|was) going to\b|\bgoing to\b|\bgonna\b|\b(?:want|wants|wanted|wanting) to\b|\bwould (?:like|love) to\b|\b(?:plan|planning|planned) (?:to|on)\b|\bwish (?:i|that i) could\b|\bfeel like\b|\bwill\b|\b(?:think|thinking|thought|thinks) (?:about|of)\b|\babout to\b/g, " WANT "],
  [/\b(?:never|not|ever) (?:come|coming|go|going|be|being|get|getting|went) (?:back|home)(?: home| again| ever)?\b|\bnot (?:come|go|going|coming) back\b|\bnever see (?:them|him|her|you|my \w+) again\b/g, " NOCOMEBACK "],
  [/\b(?:all by myself|all alone|all on my own|on my own|by myself|alone|on our own|without (?:a grown-?up|an adult|anyone|mum|dad))\b/g, " ALONE "],
  [/\bon purpose\b/g, " PURPOSE "],
  [/\b(?:is|are|was|were|caught|set) on fire\b|\bon fire\b(?= (?:help|please|now|and))/g, " ONFIRE "],
  [/\bkeep (?:quiet|it quiet|my mouth shut|shush|shtum|mum|it to myself)\b/g, " KEEPQUIET "],
  [/\b(?:leaving|leave|going|go|gone|running away|run away|go away|going away|run off|running off|out of here|outta here|off|out) (?:for good|forever|for ever)\b/g, " NOCOMEBACK "],
  [/\bdyed\b(?! (?:his|her|my|their|the|it|hair|eggs|easter|t-?shirts?|clothes))/g, " DIED "],
  [/\b(?:black eye|fat lip|cut lip|bloody nose|nose bleed)s?\b/g, " MARK "],
  [/\b(?:someone|somebody|a person|a man|a lady|people|a boy|a girl) (?:i|we) (?:do not|don't|dont|never) (?:know|met)\b/g, " STRANGER "],
  [/\b(?:(?:in|to|into) heaven|went to heaven|(?:in|to) the sky)\b/g, " HEAVEN "],
  [/\b(?:passed away|passed on|passed(?! out)|pass away|got put down|put down|put to sleep|got run over|was run over|got hit by a car|was killed|got killed)\b/g, " DIED "],
  [/\b(?:far (?:far )?away|somewhere else|somewhere (?:nobody|no one|they can not|they will not|nobody can)|away from (?:here|home|my family|them|everyone|this house))\b/g, " FARAWAY "],
  [/\b(?:beats?|beat|beating|beaten) up\b/g, " HURT "],
  // out of a window or door ("sneak out" is RUNAWAY above): "climb out the upstairs window", "out through my window"
  [/\b(?:climb|climbs|climbing|climbed|clim|sneaks|crawl|crawled|crawling|slip|slipped|slipping) out (?:of |through )?(?:my |the |our |a )?(?:[a-z]+ ){0,2}(?:window|door)\b/g, " OUTWINDOW "],
  [/\blol\b/g, " JOKE "],
  // homographs of a harmful act: "a bit", "every break"
  [/\ba (?:little )?bit\b/g, " a little "],
  [/\b(?:every|at|each|during|after|before|morning|lunch|first|second) break\b/g, " breaktime "],
  // a fire that is no fire: "fire engine stickers", "the fire station", "a fire drill"
  [/\bfire ?(?:engines?|trucks?|stations?|drills?|fighters?|m[ae]n|works)\b/g, " fireengine "],
  // marks given for work, not on a body: "good marks", "full marks in my spelling test"
  [/\b(?:good|full|top|high|great|best|low|bad|extra|bonus) marks\b|\bmarks (?:in|for|on) (?:my |the |a |our )?(?:test|tests|spelling|spellings|maths|exam|exams|homework|quiz|work)\b/g, " grades "],
  [/\b(?:too many|lots of|a lot of|all of|all the(?! time)|loads of|a bunch of|a whole)\b/g, " MANY "],
  [/\b(?:all the time|every ?day|every single day|every night|every morning|all day|all night|always|evry day|all the time now|every time|a lot|alot|loads)\b/g, " ALWAYS "],
  [/\b(?:video ?chat|video ?call|face ?time|facetime|live stream)\b/g, " VIDEOCHAT "],
  [/\b(?:because of me|because i (?:was|am|'m) (?:naughty|bad|annoying|horrible|too loud|a bad \w+)|(?:my|my own) fault|blame myself|i made (?:them|it|this) happen|i made (?:them|mum|dad|my mum|my dad|my parents) (?:split|break up|leave|fight|sad|angry|cry))\b/g, " MYFAULT "],
  [/\b(?:split up|splitting up|splitting|break up|broke up|breaking up|getting (?:a )?divorced?|getting (?:a )?divor\w*|devorc\w*|get (?:a )?divorced?|got divorced|divorcing|separating|not living together|do not live together)\b/g, " SPLIT "],
  [/\bgood ?bye\b/g, " GOODBYE "],
  [/\b(?:never (?:been )?born|not (?:been )?born)\b/g, " NEVER_BORN "],
  [/\b(?:naked|nude|undressed|undress|(?:take|took|takes|taking) (?:off )?(?:my|his|her|their|our) (?:clothes|pants|knickers|top)(?: off)?|(?:no|without|with out) (?:clothes|pants)(?: on)?)\b/g, " NAKED "],
  [/\bnever wake up\b|\bsleep forever\b|\bsleep and (?:not|never) wake up\b/g, " NEVER_WAKE "],
  [/\b(?:disappear|dissapear|disapear|dissappear)\w*/g, " DISAPPEAR "],
  [/\b(?:vanish)\w*/g, " VANISH "],
  [/\b(?:every ?one|every1|everybody|all of them|the whole class)\b/g, " EVERYONE "],
  [/\b(?:any ?one|anybody|any1)\b/g, " ANY "],
  [/\b(?:a|the|this|that|some|an|one)(?: strange| weird| creepy| old| older| big| grown)? (?:man|men|lady|woman|women|guy|stranger|person|teenager|teen)\b|\b(?:older|big|strange|weird|creepy) (?:boy|girl|kid)s?\b|\bstrangers?\b/g, " STRANGER "],
  [/\b(?:mum|dad|nan|uncle|aunt|auntie|grandad|grandpa|grandma|brother|sister|cousin|friend) ?s (?=boyfriend|girlfriend|friend)/g, ""],
];

const ANY_PHRASE = new RegExp(PHRASES.map(([pattern]) => `(${pattern.source})`).join("|"), "g");

/** A normalised message with its contractions spelt out and its phrases read as concepts. */
export function phraseConcepts(plain: string): string {
  let out = plain;
  for (const [pattern, replacement] of CONTRACTIONS) out = out.replace(pattern, replacement);
  return out.replace(ANY_PHRASE, (...groups: unknown[]) => ` ${PHRASES[groups.slice(1).findIndex((g) => g !== undefined)]![1].trim()} `);
}

const CONCEPTS: Record<string, string[]> = {
  I: ["i"],
  MARK: ["bruise", "bruises", "bruised", "marks", "scars", "welts", "welt", "bleeding", "blood"],
  PRIV: ["bum", "bottom", "willy", "privates", "boobs", "chest", "nipples", "penis", "vagina", "knickers", "undies", "fanny", "winkie", "bits", "wee", "botty", "butt"],
  ME: ["me"],
  SELF: ["myself", "meself", "mysef"],
  MY: ["my"],
  HE: ["he", "she", "they"],
  OBJ: ["him", "her", "them"],
  WANT: ["want", "wants", "wanted", "wanna"],
  NEG: ["not", "never", "no", "nt"],
  NOBODY: ["nobody", "noone", "no1"],
  SOMEONE: ["someone", "somebody", "sum1"],
  FAM: [
    "dad", "mum", "father", "mother", "stepdad", "stepmum", "parent", "parents", "uncle", "aunt", "auntie", "aunty", "grandad",
    "granddad", "grandpa", "grandma", "granny", "gran", "nan", "nana", "nanna", "grandmother", "grandfather", "brother",
    "sister", "stepbrother", "stepsister", "cousin", "boyfriend", "girlfriend", "grandparents", "step", "bro", "sis", "fella", "feller", "bloke", "partner",
  ],
  CARER: ["babysitter", "coach", "teacher", "tutor", "neighbour", "neighbor", "childminder", "carer", "priest", "nanny", "leader", "instructor"],
  KID: ["baby", "kid", "kids", "child", "children", "classmate", "boy", "girl", "boys", "girls", "people", "class", "friend", "friends"],
  PET: ["dog", "cat", "puppy", "kitten", "hamster", "rabbit", "bunny", "fish", "goldfish", "pony", "horse", "budgie", "parrot", "tortoise", "pet", "doggy", "kitty"],
  HURT: [
    "hit", "beat", "beaten", "bash", "punch", "kick", "slap", "smack", "whack", "thump", "choke", "strangle", "burn", "burnt", "pinch",
    "squeeze", "thrash", "whip", "shake", "shook", "throw", "threw", "thrown", "shove", "bite", "bit", "scratch", "hurt", "harm", "stab",
    "strike", "struck", "batter", "headbutt", "spank", "injure", "attack", "twist", "slam", "stamp", "wallop", "smash", "hitted", "hurted", "break", "broke", "broken",
    "grab", "wack", "pinsh", "chok", "kik", "slapt", "punsh", "chuck", "hurl", "fling", "flung",
  ],
  KILL: ["kill", "murder", "poison", "shoot", "shot", "drown", "strangle", "kil", "unalive"],
  DIE: ["die", "death", "dying", "dye"],
  DEAD: ["dead", "ded"],
  DIED: ["died", "dide"],
  BULLY: ["bully", "bullies", "bullied", "bullying", "bulling"],
  KISS: ["kiss", "kisses", "kissed", "kissing", "snog"],
  TOUCH: ["touch", "fiddle", "grope", "rub", "stroke", "lick", "tuch", "touche"],
  TELL: ["tell", "told", "telling", "tel", "dob", "grass", "snitch"],
  SAY: ["say", "said", "says", "saying", "sed"],
  SECRET: ["secret", "secrets", "secrit", "secert", "sekret"],
  ALLOWED: ["allowed", "supposed", "aloud"],
  SAD: ["sad", "unhappy", "miserable", "upset", "worried", "lonely", "crying", "cry", "cries", "cried", "depressed", "anxious", "lonley", "loney"],
  HOME: ["home", "house"],
  FAMILY: ["family"],
  WEAPON: ["brick", "stick", "scissors", "razor", "bat", "hammer", "rock", "stone", "axe", "sword"],
  KNIFE: ["knife", "knives"],
  ONLINE: ["online", "internet", "roblox", "fortnite", "minecraft", "tiktok", "snapchat", "snap", "discord", "instagram", "insta", "youtube", "whatsapp", "app", "chat", "messages", "message", "dms", "dm"],
  PHOTO: ["photo", "photos", "picture", "pictures", "pic", "pics", "selfie", "selfies", "video", "videos", "foto", "fotos", "pix"],
  CAR: ["car", "van", "truck", "lorry"],
  PILLS: ["pills", "tablets", "medicine", "meds", "pill", "tablet", "paracetamol", "calpol", "painkillers", "painkiller", "ibuprofen", "nurofen", "capsules"],
  PUSH: ["push"],
  GUN: ["gun", "guns", "pistol", "rifle", "shotgun", "revolver", "bullets"],
};

const WORD_CONCEPT = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS)) for (const word of words) if (!WORD_CONCEPT.has(word)) WORD_CONCEPT.set(word, concept);
/** concepts whose words take endings; the little words ("he", "me", "not") never do */
const INFLECTED = new Set(["HURT", "KILL", "TOUCH", "TELL", "SAY", "FAM", "CARER", "KID", "PET", "WEAPON", "KNIFE", "GUN", "PILLS", "PUSH", "PHOTO", "ONLINE", "SAD", "MARK", "SECRET", "WANT", "PRIV", "DIE", "DIED", "DEAD", "KISS", "BULLY"]);

/** Forms a word may be an ending of: "hitting" → "hit", "punchd" → "punch", "squeezed" → "squeeze". */
function stems(word: string): string[] {
  const out: string[] = [];
  const undouble = (w: string) => (/([bdgklmnprt])\1$/.test(w) ? [w.slice(0, -1)] : []);
  for (const ending of ["ing", "ed", "es", "s", "d", "z", "in", "ies", "ied"]) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length);
    out.push(base, `${base}e`, ...undouble(base));
    if (ending === "ies" || ending === "ied") out.push(`${base}y`);
  }
  return out;
}

/** words that only look like an ending of a concept's word: "weed" is no "wee", "batteries" no "batter" */
const NOT_INFLECTED = new Set(["weed", "weeds", "battery", "batteries"]);

// Children's vocabulary is small; a bounded cache keeps the stemmer off the hot path.
const LOOKED_UP = new Map<string, string>();

/** The concept a word stands for, or the word itself. */
export function conceptOf(word: string): string {
  if (/^[A-Z_]+$/.test(word) || NOT_INFLECTED.has(word)) return word;
  const known = WORD_CONCEPT.get(word) ?? LOOKED_UP.get(word);
  if (known) return known;
  const concept = stems(word).map((w) => WORD_CONCEPT.get(w)).find((c) => c !== undefined && INFLECTED.has(c)) ?? word;
  if (LOOKED_UP.size > 20_000) LOOKED_UP.clear();
  LOOKED_UP.set(word, concept);
  return concept;
}
