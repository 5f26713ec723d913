// The personal-data screen: where a message holds something that could find or reach a child (a
// phone, an address, a town and postcode, a handle, a parent's workplace, a landmark by their home,
// a full name with a birthday, …), so it is replaced before anything is recorded or sent to a model.
import type { z } from "zod";
import { MAX_MESSAGE_CHARS, type personalDataKindSchema } from "../events/schemas.js";
import { FIRST_NAMES } from "./personal-data.names.js";

export type PersonalDataKind = z.infer<typeof personalDataKindSchema>;

export interface Span {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

const STREETS =
  "street st road rd avenue ave lane ln drive dr boulevard blvd court ct way place pl terrace close crescent circle cir highway hwy parkway pkwy square sq row gardens grove".split(" ");
const STREET = `(?:${STREETS.join("|")})`;
const CAPITAL_STREET = `(?:${STREETS.map((s) => s[0]!.toUpperCase() + s.slice(1)).join("|")})`;
/** a word of a street or school name: not a little word that joins a sentence together */
const NAME_WORD = "(?:(?!(?:and|or|a|an|the|for|to|of|with|my|i|some|in|on|at|is|it|me|lots|many)\\b)[a-z][\\w'.-]*\\s+)";

/** `pattern` matching its letters in either case (for one alternative inside a case-sensitive pattern) */
const caseless = (pattern: string) => pattern.replace(/(\\.)|([a-z])/gi, (_m, esc: string | undefined, c: string) => esc ?? `[${c.toLowerCase()}${c.toUpperCase()}]`);

const US_STATES =
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(" ");
/** abbreviations that are also everyday words ("Yes, OK"): a place only with a ZIP code after them */
const WORDLIKE_STATES = new Set(["OK", "HI", "OH", "ME", "OR", "IN", "ID", "DE", "PA", "LA", "MA", "AL", "CO"]);
const STATE_NAMES = [
  ..."alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming ontario quebec alberta manitoba saskatchewan queensland tasmania".split(" "),
  ...["new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island", "south carolina", "south dakota", "west virginia", "nova scotia", "british columbia", "new south wales"],
];
const STATE_NAME = caseless(`(?:${STATE_NAMES.join("|").replace(/ /g, "\\s+")})`);
const COUNTRY = caseless("(?:uk|u\\.k\\.|usa|u\\.s\\.a\\.|us|england|scotland|wales|ireland|northern ireland|canada|australia|new zealand|america)");
const ZIP = "\\d{5}(?:-\\d{4})?";
/** a capitalised word of a town's name */
const TOWN_WORD = "(?:(?!(?:I|The|A|An|My|And|But|So|Santa|Christmas|Mum|Mom|Dad)\\b)[A-Z][a-z'.-]+)";

// Structural patterns hold whoever writes them; the child's patterns ("my address is", a street
// typed in lower case) only say something when a child writes them (Santa's own address is the
// North Pole, and his reindeer drive the sleigh).
/** A rule: the kind it finds, its pattern, and what a message must hold for it to match (tested first, as it is cheaper). */
type Rule = [PersonalDataKind, RegExp, RegExp?];

const DIGIT = /\d/;
const AT = /@/;
const COMMA = /,/;
const WORK = /\bwork|\bis an? /i;
const BORN = /\b(?:birth|bday|b-day|dob|d\.o\.b|born|geboren|geburtstag|n[ée]e? le|anniversaire|nac[ií]|cumplea)/i;

const STRUCTURAL: Rule[] = [
  ["email", /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi, AT],
  // typed with spaces: "mia @ gmail . com"
  ["email", /[\w.+-]+\s*@\s*[\w-]+\s*\.\s*(?:com|net|org|co\s*\.\s*uk|co|uk|edu|io|me|us|ca|au)\b/gi, AT],
  ["email", /\b[\w.+-]+\s+(?:at|\(at\)|\[at\])\s+[\w-]+\s+(?:dot|\(dot\)|\[dot\])\s+(?:com|net|org|co|uk|edu|me|io)\b/gi],
  // as addresses are written: "42 Elm Street" (Santa may well say "8 reindeer drive the sleigh")
  ["address", new RegExp(`\\b\\d{1,6}[A-Za-z]?,?\\s+(?:[A-Z][\\w'.-]*\\s+){1,4}${CAPITAL_STREET}\\b\\.?`, "g"), DIGIT],
  // UK and Canadian postcodes
  ["place", /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g, DIGIT],
  ["place", /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/g, DIGIT],
  // "Springfield, IL 62704", "Portland, Oregon", "Leeds, UK": a town with its state or country
  [
    "place",
    new RegExp(
      `\\b${TOWN_WORD}(?:\\s+${TOWN_WORD}){0,2},\\s*(?:(?:${US_STATES.join("|")}),?\\s*${ZIP}\\b|(?:${US_STATES.filter((s) => !WORDLIKE_STATES.has(s)).join("|")}|${STATE_NAME}|${COUNTRY})\\b(?:,?\\s*${ZIP}\\b)?)`,
      "g",
    ),
    COMMA,
  ],
  // a state and a ZIP code, however it is typed: "IL 62704", "il 62704", "Texas 75001"
  ["place", new RegExp(`\\b(?:${caseless(`(?:${US_STATES.join("|")})`)}|${STATE_NAME}),?\\s+${ZIP}\\b`, "g"), DIGIT],
  // a handle: "@mia_dances" (an email was matched above and is not one)
  ["handle", /(?<![\w.@])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}\b/g, AT],
];

const PLATFORM =
  "(?:tik ?tok|tiktok|insta(?:gram)?|ig|snap(?:chat)?|youtube|yt|you ?tube channel|roblox|fortnite|minecraft|discord|twitter|twitch|facebook|fb|whatsapp|xbox|psn|playstation|steam|nintendo|switch friend code|gamer ?tag|user ?name|screen ?name|handle)";
/** a word after "my dad is" that says how he is, not who */
const NOT_A_NAME = "(?!(?:really|very|so|super|always|quite|too|a|an|the|at|in|not|never|also|still|sad|happy|nice|kind|tired|busy|sick|ill|poorly|angry|cross|funny|working|away|home|out|back|going|the|my|and|he|she|pretty|great|big|strong|tall|short|old|young|strict|silly|grumpy|fun|good|cool|clever|smart|amazing|brilliant|awesome|lovely|best|the best|brave|kind|loud|quiet|lazy|fast|rich|little|small|bald|hairy|grumpy|strong|mean)\\b)";
const PARENT = "(?:mum|mom|mummy|mommy|mam|mama|mother|dad|daddy|father|papa|step ?mum|step ?mom|step ?dad|auntie|aunt|uncle|nan|nana|gran|granny|grandma|grandpa|grandad)";
const NEAR = "(?:next to|next door to|near|nearby|by|opposite|across (?:the road |the street )?from|beside|behind|in front of|close to|round the corner from|around the corner from|on the corner of|at the end of|above|over)";
const COLOUR = "(?:red|blue|green|yellow|white|black|pink|purple|orange|brown|grey|gray)";
const HOME = "(?:house|home|flat|apartment|building|farm|cottage|bungalow)";
/** a child's class, however it is named: "year 4", "2nd grade", "class 3b", "mrs hart's class" */
const IN_CLASS = "(?:i'm|i am|im) in (?:(?:year|grade|class|reception|p)\\s*\\w*|\\w+ (?:grade|year|class)|(?:mrs|mr|miss|ms)\\.? [a-z'-]+ class)";
/** what a home may be near that finds nobody: the sea, the woods, the shops */
/** (only when it ends the clause: "near the city hospital", "near the shops on church street" find a home) */
const VAGUE = "(?!(?:the |a )?(?:sea|seaside|beach|coast|ocean|mountains?|hills|countryside|woods|forest|country|equator|north pole|city|town|city centre|shops|sky)\\s*(?:$|[.!?,;\\n]|(?:and|but|so|because|with|where|which|too|lol)\\b))";
/** a street named in French, Spanish, Italian or German: "8 rue de la paix", "calle mayor 12", "Hauptstraße 5" */
const FOREIGN_STREET = "(?:rue|boulevard|chemin|all[ée]e|impasse|quai|calle|avenida|avda|plaza|paseo|camino|carrer|viale|piazza)";
const FOREIGN_NAME = "(?:(?:de|del|du|des|la|le|les|los|las|di|della|l')\\s+|l')*[\\p{L}'-]+(?:\\s+[\\p{L}'-]+){0,2}";
/** the same, when the number comes after it: no English little word ("we went to the plaza in 2019", "the piazza and ate 3") */
const NOT_ENGLISH = "(?!(?:in|and|at|on|with|had|has|have|is|was|were|the|a|an|we|i|ate|to|for|of|from|it|my|our|then|got|saw)(?![\\p{L}'-]))";
const FOREIGN_NAME_BEFORE_NUMBER = `(?:(?:de|del|du|des|la|le|les|los|las|di|della|l')\\s+|l')*${NOT_ENGLISH}[\\p{L}'-]+(?:\\s+${NOT_ENGLISH}[\\p{L}'-]+){0,2}`;
/** a street in French, Spanish, Italian or German with its number, each form */
const FOREIGN_ADDRESS = `\\d{1,5}(?:\\s*(?:bis|ter))?,?\\s+${FOREIGN_STREET}\\s+${FOREIGN_NAME}|${FOREIGN_STREET}\\s+${FOREIGN_NAME_BEFORE_NUMBER},?\\s*(?:n[º°o]\\.?\\s*)?\\d{1,5}|(?<![\\p{L}-])[\\p{L}-]+(?:stra(?:ß|ss)e|str\\.|gasse|platz|allee)\\s+\\d{1,4}`;
const DATE_WORDS =
  "(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?:,?\\s+\\d{4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2})";
/** words that follow a first name without being a surname ("my name is Mia and …") */
const NOT_SURNAME = "(?:and|i|im|i'm|am|from|in|age|aged|my|but|so|the|a|santa|too|also|it|is|was|to|who|here|at|on|of|or|born|birthday|bday|b-day|dob|\\d)";
const FULL_NAME = `(?:my (?:full )?name is|my name's|i'm|i am|im|this is|it's|its)\\s+([a-z][a-z'-]+)((?:\\s+(?!${NOT_SURNAME}\\b)[a-z][a-z'-]+){1,3})`;
/** a full name that opens the message, as on a form: "Noah Williams born 14/02/2015" */
const LEADING_NAME = `^\\s*((?!(?:my|i|im|i'm|the|we|our|his|her|and|santa|when|he|she|it|me|you|your|mum|mom|dad|baby|jesus|a|an|this|that)\\b)[a-z][a-z'-]+)((?:\\s+(?!${NOT_SURNAME}\\b)[a-z][a-z'-]+){1,2})(?=,?\\s+(?:was\\s+)?(?:born|dob|d\\.o\\.b|birthday|bday|b-day)\\b)`;
/** the month in English, German, French or Spanish: "march", "märz", "mars", "marzo" */
const MONTH =
  "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|m[äa]e?rz|mai|okt|dez|janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-zäéû]*";
/** a date that holds a year: "14th march 2016", "march 14, 2016", "03/09/2015", "14. März 2016" */
const DATE_WITH_YEAR = `(?:\\d{1,2}(?:st|nd|rd|th|er)?\\.?(?:\\s+(?:of|de))?\\s+${MONTH}(?:\\s+de)?,?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{1,2}-\\d{1,2})(?![\\d/.-]*\\d)`;
/** a date of birth with its year, with or without a name: "i was born on 03/09/2015", "geboren am 3. Mai 2016" */
const DATE_OF_BIRTH = `\\b(?:(?:my )?(?:birthday|bday|b-day|birth ?day|date of birth|dob|d\\.o\\.b\\.?)(?:\\s+is|:)?\\s*(?:on\\s+)?(?:the\\s+)?|(?:(?:i was|i am|i'm|im|was)\\s+)?born\\s+(?:on\\s+)?(?:the\\s+)?|(?:ich bin |bin )?geboren am\\s+|mein geburtstag ist (?:am\\s+)?|(?:je suis )?n[ée]e? le\\s+|mon anniversaire (?:est )?le\\s+|nac[ií] el\\s+|mi cumplea[ñn]os es el\\s+)${DATE_WITH_YEAR}|\\bam\\s+${DATE_WITH_YEAR}\\s+geboren\\b`;
const BIRTHDAY = `(?:my )?(?:birthday|bday|b-day|birth ?day|date of birth|dob|d\\.o\\.b\\.?)(?:\\s+is|:)?\\s*(?:on\\s+)?(?:the\\s+)?${DATE_WORDS}|\\bborn (?:on\\s+)?(?:the\\s+)?${DATE_WORDS}`;

const PHRASES: Rule[] = [
  // a date of birth with a year: "my birthday is 14th march 2016", "i was born on 03/09/2015" (not "my birthday is in june")
  ["birthday", new RegExp(DATE_OF_BIRTH, "gi"), BORN],
  // as children type them: "42 elm street"
  ["address", new RegExp(`\\b\\d{1,6}[a-z]?,?\\s+${NAME_WORD}{1,4}${STREET}\\b\\.?`, "gi"), DIGIT],
  ["address", /\b(?:my|our) (?:home |house |street |real )?(?:address|adress|addres|adres|addy)(?: is|:)[^.!?\n]*/gi],
  ["address", /\b(?:my|our) (?:street|road) is(?: called)?\s+(?!(?:quiet|busy|long|short|nice|big|small|really|very|so|fun|noisy|dark|scary)\b)[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,2}/gi],
  ["address", new RegExp(`\\b(?:i|we) live (?:at|on) (?:number )?(?:\\d[\\w'-]*(?:\\s+(?!and\\b|but\\b)[\\w'.-]*\\w){0,4}|${NAME_WORD}{1,4}${STREET}\\b)`, "gi")],
  ["address", /\b(?:(?:my|our) )?house number is\s+\d+\w*/gi],
  ["address", new RegExp(`\\b(?:${FOREIGN_ADDRESS})\\b`, "giu"), DIGIT],
  // the town after a street named abroad: "8 rue de la paix, paris", "Hauptstraße 5, Berlin"
  ["place", new RegExp(`(?<=(?:${FOREIGN_ADDRESS}),\\s*)${NOT_ENGLISH}[\\p{L}][\\p{L}'-]+`, "giu"), COMMA],
  // "j'habite à Lyon", "vivo en Madrid", "ich wohne in Köln"
  ["place", /(?:\bj'habite|\bnous habitons|\bon habite|\bje vis|\bvivo|\bvivimos|\bich wohne|\bwir wohnen)\s+(?:à|a|en|in|au|aux)\s+(?!(?:la|le|les|une|un|el|una|der|die|das|einem|einer|calle|rue)(?![\p{L}]))[\p{L}'-]+/giu],
  // the town after a street: "88 Victoria Road in Brighton" (a capital, so not "42 elm street and my dog")
  ["place", new RegExp(`(?<=\\b\\d{1,6}[a-zA-Z]?,?\\s+(?:[\\w'.-]+\\s+){1,4}${caseless(STREET)}\\b,?\\s+(?:in\\s+)?)${TOWN_WORD}(?:\\s+${TOWN_WORD})?`, "g"), DIGIT],
  ["place", /\b(?:a|the|my|our) (?:town|village|city|place|suburb|estate) (?:called|named)\s+[a-z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}/gi],
  ["place", /\b(?:i|we) (?:live|are|am|'re|'m) (?:near|close to|outside|just outside|next to) (?!(?:the|a|an|my|our|his|her|some)\b)[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?/g],
  ["place", /\b(?:my |our )?(?:zip(?: ?code)?|postal ?code|post ?code)(?: is|:)?\s*[\w -]*\d[\w -]*/gi],
  // "I live in Leeds", "we live in springfield": a place's name, not "a flat" or "a big house", nor a
  // country, too wide to find anyone ("i live in america and it snows here")
  [
    "place",
    /\b(?:i|we) (?:just |recently |have |'ve |now )?(?:live|lived|stay|am living|are living|moved|move) (?:in|to)\s+(?!(?:a|an|the|my|our|this|that|same|fear|hope|peace|bed|heaven|hiding|space|the north pole|flat|apartment|house|number|room|tent|caravan|england|scotland|wales|ireland|northern ireland|britain|great britain|uk|america|usa|us|united states|canada|australia|new zealand|france|spain|germany|italy|poland|portugal|holland|netherlands|belgium|sweden|norway|denmark|india|pakistan|china|japan|europe|mexico|brazil|nigeria|south africa)\b)[a-z][\w'.-]*(?:,?\s+(?!(?:and|but|with|so|because|now|too|near|next|by|where|which|i|we|it|for)\b)[a-z][\w'.-]*){0,2}/gi,
  ],
  ["place", /\b(?:[Ii]'?m|[Ii] am|[Ww]e'?re|[Ww]e are|[Ii] come|[Ww]e come) from\s+(?!(?:a|an|the|my|our|school|home|santa|here|there|far)\b)[A-Za-z][\w'.-]*(?:,?\s+[A-Z][\w'.-]*){0,2}/g],
  ["place", /\bmy (?:town|city|village) is(?: called)?\s+[a-z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}/gi],
  ["school", new RegExp(`\\b(?:i go to|i attend|i'm at|i am at|im at|${IN_CLASS} at)\\s+${NAME_WORD}{1,4}(?:school|elementary|primary|academy|kindergarten|middle|high|infants|juniors|prep)\\b`, "gi")],
  ["school", /\b(?:my school is called|my school's called|my school(?:'s)? name is|the name of my school is|i go to a school called)\s+[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,3}/gi],
  ["school", new RegExp(`\\bmy school is\\s+${NAME_WORD}{1,3}(?:school|elementary|primary|academy|kindergarten|middle|high|infants|juniors|prep)\\b`, "gi")],
  ["school", new RegExp(`\\b(?:i go to|i'm at|i am at|im at|${IN_CLASS} at)\\s+(?:st\\.?|saint)\\s+[a-z][\\w'.-]*(?:'s)?(?:\\s+[a-z][\\w'.-]*){0,2}`, "gi")],
  ["password", /\b(?:my |the |our )?(?:(?:ipad|phone|tablet|computer|laptop|account|roblox|minecraft|fortnite|game|wifi|wi-fi|email|door|alarm) )?(?:password|passcode|passwrd|pasword|pin(?: code| number)?|(?<!(?:zip|post|postal)\s?)code)(?: is|:)\s*[^.!?\n\s][^.!?\n]*/gi],
  ["password", /\bpw\s*[:=]\s*\S+/gi],
  ["password", /\b(?:the |my |our )?(?:code|password|passcode|pin|combination)s? (?:for|to|of|on) (?!being\b|good\b|kindness\b)(?:the |my |our |mum's |dad's )?[\w' -]{1,25}? (?:is|are|:)\s*[^.!?\n\s][^.!?\n]*/gi],
  // "my tiktok is mia.dances", "insta: mia_x", "add me on roblox: xXMiaXx"
  ["handle", new RegExp(`\\b(?:my|our|(?:my )?${PARENT}'?s?) ${PLATFORM}(?: (?:name|handle|username|user name|account|id|channel|tag|code|gamer ?tag|nickname|name tag))?(?: is(?: called)?| called|:|=|-)\\s*(?:@\\s?)?[\\w.#-]+`, "gi")],
  ["handle", new RegExp(`\\b${PLATFORM}\\s*[:=]\\s*@?[\\w.#-]+`, "gi")],
  ["handle", new RegExp(`\\b(?:add|follow|find|message|dm|friend) me on ${PLATFORM}(?:\\s*(?:as|at|im|i'm|i am|:|-)\\s*|\\s+(?!(?:please|pls|plz|santa|if|and|or|too|now)\\b))@?[\\w.#-]{3,}`, "gi")],
  ["handle", /\bmy (?:user ?name|gamer ?tag|screen ?name|handle)(?: is|:)\s*@?[\w.#-]+/gi],
  ["handle", new RegExp(`\\b(?:i'm|im|i am|i play|i'm called|im called) on ${PLATFORM} (?:as|called|named)\\s+@?[\\w.#-]{3,}`, "gi")],
  // a parent's name with where they work: "my mum Sarah works at Tesco" (the relation stays)
  ["workplace", new RegExp(`(?<=\\b(?:my )?${PARENT}(?:'s name is|,)?\\s+)(?!(?:really|also|still|only|just|now|always|usually|sometimes|never|works|worked|is|was|and|who|says|said)\\b)[a-z][a-z'-]+(?:\\s+[a-z][a-z'-]+)?,?\\s+(?:works|worked|is (?:a|an) [a-z]+)\\s+(?:at|for|in)\\s+[^.!?,\\n]+`, "gi"), WORK],
  // "my dad is called Tom and he works at the Sainsburys", "my mum is called Priya and she is a teacher at Oakfield School"
  ["workplace", new RegExp(`(?<=\\b${PARENT}'?s? (?:is called|called|is named|name is)\\s+)(?!(?:me|us|him|her|them|out|up|back|to|for|over|round|down)\\b)[a-z][^.!?\\n]*?\\b(?:works?|is (?:a|an) [a-z]+) (?:at|for|in)\\s+[^.!?,\\n]+`, "gi"), WORK],
  // "my dad is Mark Peters he works at the tesco": a parent's full name, then where they work
  ["workplace", new RegExp(`(?<=\\b${PARENT} is\\s+)${NOT_A_NAME}[a-z][a-z'-]+\\s+${NOT_A_NAME}[a-z][a-z'-]+,?\\s+(?:and\\s+)?(?:he|she)\\s+works?\\s+(?:at|for|in)\\s+(?!(?:home|night|nights|weekends)\\b)[^.!?,\\n]+`, "gi"), WORK],
  // a named workplace after "the": "my mummy works in the Boots in the shopping centre"
  ["workplace", new RegExp(`(?<=\\b(?:my )?${PARENT}\\s+)(?:works|worked|is (?:a|an) [a-z]+)\\s+(?:at|for|in)\\s+the\\s+(?=[A-Z])[\\w'&.-]+(?:\\s+[A-Z][\\w'&.-]*){0,2}`, "g"), WORK],
  // "my mums name is karen and she works at the co-op"
  ["workplace", new RegExp(`(?<=\\b${PARENT}'?s? name is\\s+)[a-z][^.!?\\n]*?\\bworks? (?:at|for|in)\\s+[^.!?,\\n]+`, "gi"), WORK],
  // where a parent works, named: "my dad works at Google", "my mom works for amazon"
  [
    "workplace",
    new RegExp(
      `(?<=\\b(?:my )?${PARENT}\\s+)(?:works|worked|is (?:a|an) [a-z]+)\\s+(?:at|for|in)\\s+(?!(?:the|a|an|home|night|nights|weekends|work|my|our|his|her|school|hospital|shop|store|office|bank|factory|farm|restaurant|hotel|cafe|supermarket|garage|airport|big|little|lots|all|different)\\b)[a-z][\\w'&.-]*(?:\\s+(?!(?:and|but|so|because|every|on|in|at|with|all|now)\\b)[a-z][\\w'&.-]*){0,2}`,
      "gi",
    ),
    WORK,
  ],
  // a landmark by their home: "the blue house next to the church", "we live across from the park"
  ["landmark", new RegExp(`\\b(?:i|we) live (?:right |just |really )?${NEAR}\\s+${VAGUE}[^.!?,\\n]+`, "gi")],
  ["landmark", new RegExp(`\\b(?:i|we) live\\b[^.!?,\\n]{1,30}?\\b${NEAR}\\s+${VAGUE}(?:the|a|an)\\s+[^.!?,\\n]+`, "gi")],
  ["landmark", new RegExp(`\\b(?:my|our) ${HOME}(?: is|'s)?(?: (?:right|just|the one))? ${NEAR}\\s+[^.!?,\\n]+`, "gi")],
  ["landmark", new RegExp(`\\b(?:the|a|our|my) (?:(?:big|little|small|tall|old|new)\\s+)?${COLOUR} (?:${HOME}|door) (?:${NEAR}|on the corner|at the end|with (?:a|the))\\b[^.!?,\\n]*`, "gi")],
  ["landmark", new RegExp(`\\b(?:my|our) ${HOME} is the (?:(?:big|little|small|tall|old|new)\\s+)?(?:${COLOUR} )?(?:one|${HOME}) (?:with|on|at|${NEAR})\\b[^.!?,\\n]*`, "gi")],
];

const NUMBER_RUN = /(?<![\w@])\+?\(?\d[\d \t().-]*\d(?![\w@])/g;
const DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{2,4})$/;
const DIGIT_WORD = "(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double \\w+)";
const SPELT_NUMBER = new RegExp(`\\b${DIGIT_WORD}(?:[\\s,-]+${DIGIT_WORD}){6,}\\b`, "gi");

/** "1 2 3 4 5 6 7 8 9 10" or "10 9 8 …": a child counting, not a number to call */
const counting = (groups: readonly string[]) =>
  groups.length > 2 && [1, -1].some((step) => groups.every((g, i) => i === 0 || Number(g) === Number(groups[i - 1]) + step));

/** "2 4 6 8 2 4 6 8": a pattern repeated, not a number to call */
const periodic = (groups: readonly string[]) => [2, 3, 4, 5].some((p) => groups.length >= 2 * p && groups.every((g, i) => i < p || g === groups[i - p]));
/** digits one at a time that are a game's or a sum's: "scores: 3-1 2-0", "i rolled 6 6 5 4", "times tables" */
const GAME_NUMBERS = /\b(?:rolled|roll|rolls|dice|scores?|scored|points|goals|times tables?|counting|sums?|maths|math|numbers? (?:game|bingo)|bingo)\b/i;

/** Phone-like and card-like numbers: 7 to 19 digits (or digit words) that are not a date or a count like "1 2 3 4". */
function numberSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(NUMBER_RUN)) {
    const run = m[0].trim();
    const digits = run.replace(/\D/g, "");
    if (digits.length < 7 || digits.length > 19 || DATE.test(run)) continue;
    const groups = run.split(/\D+/).filter(Boolean);
    // digits typed one by one are a number when there are as many as a phone's ("0 7 9 1 1 2 2 3 4 5 6")
    const oneByOne = Math.max(...groups.map((g) => g.length)) < 2;
    if ((oneByOne && (digits.length < 10 || periodic(groups) || /\d-\d\s+\d-\d/.test(run) || GAME_NUMBERS.test(text))) || counting(groups)) continue;
    spans.push({ kind: digits.length > 15 ? "card" : "phone", start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SPELT_NUMBER)) spans.push({ kind: "phone", start: m.index, end: m.index + m[0].length });
  return spans;
}

/** A full name with a birthday: the surname and the date are withheld (the first name is how Santa greets). */
function birthdaySpans(text: string): Span[] {
  const plain = text.replace(/[’`]/g, "'");
  const leading = new RegExp(LEADING_NAME, "i").exec(plain);
  // a name that opens the message is a child's only with a first name from the list ("Noah Williams born …"), not "Harry Potter", "Father Christmas"
  const child = leading && FIRST_NAMES.has(leading[1]!.toLowerCase()) && !NOT_SURNAMES.has(leading[2]!.trim().split(/\s+/)[0]!.toLowerCase()) ? leading : null;
  const name = new RegExp(FULL_NAME, "i").exec(plain) ?? child;
  if (!name) return [];
  const days = [...plain.matchAll(new RegExp(BIRTHDAY, "gi"))];
  if (!days.length) return [];
  const surnames = name[2]!.trimStart();
  const surnameAt = name.index + name[0].length - surnames.length;
  return [
    { kind: "birthday", start: surnameAt, end: surnameAt + surnames.length },
    ...days.map((d) => ({ kind: "birthday" as const, start: d.index, end: d.index + d[0].length })),
  ];
}

/** Words that follow a first name without being a surname: "im Ava and im 7", "my name is Leo happy christmas". */
const NOT_SURNAMES = new Set(
  `and or but so because cos coz cuz i im i'm am is are was were be been being to too also from in at on of for with who here there
  age aged years year yrs old santa please pls plz thank thanks thankyou hi hello hey dear writing typing asking again now today
  tonight this that the a an it its it's my your his her our their me you u he she they we him them us what where when why how which
  if then than not no yes yeah ok okay just still only even always never sometimes really very so much more lots love like likes
  loves want wants wanted would could can will shall should may might must do does did done have has had got get gets went go goes
  going gonna wanna getting wanting looking having trying feeling doing coming loving learning staying say says said tell told think know see saw hope wish need make made play plays played live lives lived
  happy merry good nice naughty bad sad best great little big new fine well sorry xx x xxx xoxo lol haha hehe btw
  speaking talking here's there's back home aswell as be junior jr senior sr und ich bin aus et je y yo soy tengo j'ai e ho sono anni jahre ans años
  mein meine ma mon mi il la le el der die das holidays holiday hols jolly time day days tree bush potter
  super excited exited exciting excitd tall tiny fan fans cool nearly almost turning currently waiting hoping wishing writing
  typing sitting playing eating sleepy bored hungry scared glad proud ready nervous shy crazy silly awesome amazing tired cold
  sick ill poorly cheeky grumpy nearly soooo sooo`.split(/\s+/),
);

/** a full name said plainly: "im maisie jones", "my name is Oliver Brennan-Walsh", "my brother is called jack peterson", "Noah Smith here" */
/** how a child says who she is, in English (the town after her name is read after these) */
const SELF_INTRO_EN = "my (?:full |real |whole )?name is|my name's|my names|i'm|i am|im|this is|it's|its|call me";
const NAME_INTRO = [
  new RegExp(`\\b(?:${SELF_INTRO_EN}|me llamo|je m'appelle|ich bin|ich heiße|ich heisse|mi chiamo)\\s+([a-zà-öø-ÿ][a-zà-öø-ÿ'-]*)(?=((?:\\s+[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*){1,3}))`, "gi"),
  /\bmy (?:little |big |baby |older |younger |twin |best |step ?)?(?:brother|sister|bro|sis|mum|mom|mummy|mommy|mam|mama|dad|daddy|mother|father|cousin|nan|nana|gran|granny|grandma|grandpa|grandad|auntie|aunt|uncle|friend|mate|stepdad|stepmum|stepmom)(?:'?s)? (?:is called|is named|name is|full name is|real name is|called|is)\s+([a-zà-öø-ÿ][a-zà-öø-ÿ'-]*)(?=((?:\s+[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*){1,3}))/gi,
  /^\s*([a-zà-öø-ÿ][a-zà-öø-ÿ'-]*)(?=((?:\s+[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*){1,2})\s+here\b)/gi,
];
/** "my last name is Thompson": a surname named as one */
/** what a message must hold for each way of giving a name (tested first, as it is cheaper) */
const NAME_NEEDS = [
  /\b(?:name|i'?m|i am|this is|it'?s|call me|me llamo|m'appelle|ich bin|hei(?:ß|ss)e|mi chiamo)\b/i,
  /\bmy\b/i,
  /\bhere\b/i,
];
const SURNAME_NAMED = /\bmy (?:last|sur|family|second) ?name(?:'s|s| is|:)\s+([a-zà-öø-ÿ][a-zà-öø-ÿ'-]*(?:\s+[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*){0,2})/gi;

/**
 * Where a child who has just given her name says she is from: "im Noah Williams from Glasgow", "this
 * is Ava, 8, from leeds", "im Leo and im 7 from Derby" (read after the first name; the town is group 1)
 */
const FROM_AFTER_NAME =
  /^(?:\s+[a-zà-öø-ÿ][a-zà-öø-ÿ'-]*){0,2}?(?:,?\s+(?:and\s+)?(?:i'?m\s+|i am\s+)?(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+(?:years?|yrs?)(?:\s+old)?)?)?,?\s+(?:and\s+)?(?:i'?m\s+|i am\s+|i come\s+|we'?re\s+)?from\s+(?!(?:a|an|the|my|our|his|her|your|school|home|santa|here|there|far|you|u|me|him|them|all|over|far away|north pole|lapland|year|class|grade|reception|nursery|kindergarten|preschool|daycare|mrs|mr|miss|ms|team|group|room|cubs|brownies|scouts|beavers|rainbows|church|next door|down the road|youtube|tiktok|roblox|minecraft|\d)\b)([a-zà-öø-ÿ][\w'.-]*)((?:,?\s+[A-Z][\w'.-]*){0,2})/i;
/** the town's further words, capitalised, up to a word that is still sentence, not place: "from New York City And I want…" */
const TOWN_MORE = /^(?:,?\s+(?!(?:I|And|But|So|Santa|Christmas|Please|Pls|Thank|Thanks|Merry|Happy|Dear|Love|The|A|My)\b)[A-Z][\w'.-]*)*/;

/** a child's own first name (checked against the list), the place to look for where she is from */
const SELF_INTRO = new RegExp(`\\b(?:${SELF_INTRO_EN})\\s+([a-zà-öø-ÿ][a-zà-öø-ÿ'-]*)`, "gi");

/** The towns a child names right after her own name ("im Noah Williams from Glasgow", "this is Ava, 8, from leeds"). */
function townAfterNameSpans(text: string): Span[] {
  if (!/\bfrom\b/i.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(SELF_INTRO)) {
    if (!FIRST_NAMES.has(m[1]!.toLowerCase())) continue;
    const town = townAfter(text, m.index + m[0].length);
    if (town) spans.push(town);
  }
  return spans;
}

function townAfter(text: string, after: number): Span | undefined {
  const m = FROM_AFTER_NAME.exec(text.slice(after));
  if (!m) return undefined;
  const start = after + m.index + m[0].length - m[1]!.length - m[2]!.length;
  return { kind: "place", start, end: start + m[1]!.length + TOWN_MORE.exec(m[2]!)![0].length };
}

/** A full name: the surname is withheld, the first name stays (it is how Santa greets the child). */
function nameSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [i, intro] of NAME_INTRO.entries()) {
    if (!NAME_NEEDS[i]!.test(text)) continue;
    for (const m of text.matchAll(intro)) {
      if (!FIRST_NAMES.has(m[1]!.toLowerCase())) continue;
      // the surname is the words after the first name up to the first everyday word
      const words = m[2]!.trimStart().split(/\s+/);
      const taken: string[] = [];
      for (const word of words) {
        if (NOT_SURNAMES.has(word.toLowerCase()) || /^-|-$/.test(word)) break;
        taken.push(word);
      }
      if (!taken.length) continue;
      // the surname is read ahead of the match, so a second name in the message is found too
      const start = m.index + m[0].length + (m[2]!.length - m[2]!.trimStart().length);
      spans.push({ kind: "name", start, end: start + taken.join(" ").length });
    }
  }
  for (const m of /name/i.test(text) ? text.matchAll(SURNAME_NAMED) : []) {
    const words = m[1]!.split(/\s+/);
    const taken: string[] = [];
    for (const word of words) {
      if (NOT_SURNAMES.has(word.toLowerCase())) break;
      taken.push(word);
    }
    if (!taken.length) continue;
    const start = m.index + m[0].length - m[1]!.length;
    spans.push({ kind: "name", start, end: start + taken.join(" ").length });
  }
  return spans;
}

/** Where personal data is in `text`; `phrases` adds what only a child's own words reveal. */
export function findPersonalData(text: string, options: { phrases?: boolean } = {}): Span[] {
  const plain = text.replace(/[’`]/g, "'");
  const spans = numberSpans(plain);
  const phrases = options.phrases !== false;
  for (const [kind, pattern, need] of phrases ? [...STRUCTURAL, ...PHRASES] : STRUCTURAL) {
    if (need && !need.test(plain)) continue;
    for (const m of plain.matchAll(pattern)) if (m[0].trim()) spans.push({ kind, start: m.index, end: m.index + m[0].trimEnd().length });
  }
  if (phrases) {
    spans.push(...birthdaySpans(plain), ...townAfterNameSpans(plain));
    // a full name alone; one already inside another finding (a birthday, a parent's workplace) is that finding's
    for (const name of nameSpans(plain)) if (!spans.some((s) => s.start < name.end && name.start < s.end)) spans.push(name);
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The kinds of personal data in `text`, each once, in the order they appear. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  return [...new Set(findPersonalData(text).map((s) => s.kind))];
}

export const REDACTED = "[personal details removed]";

/** The text with every piece of personal data replaced, for history sent to a remote model. */
export function redactPersonalData(text: string): string {
  let out = "";
  let at = 0;
  for (const span of findPersonalData(text)) {
    if (span.end <= at) continue;
    // a span overlapping one already replaced, or only a comma or a space after it, widens it
    const between = text.slice(at, span.start);
    if (span.start >= at && !(out && /^[\s,]*$/.test(between))) out += between + REDACTED;
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * A child's message as kringle records it: personal data replaced (so it is in no log, table or
 * archive) and the kinds that were taken out, for Santa to answer gently.
 */
export function withholdPersonalData(text: string): { text: string; withheld: PersonalDataKind[] } {
  const withheld = personalDataKinds(text);
  return withheld.length ? { text: redactPersonalData(text).slice(0, MAX_MESSAGE_CHARS), withheld } : { text, withheld };
}
