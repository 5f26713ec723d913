// A labelled corpus for the personal-data screen: messages as children type them (typos, lower
// case, no punctuation), each with the kinds it holds and the fragments that must not be recorded,
// and harmless look-alikes that hold none.
import type { PersonalDataKind } from "./personal-data.js";

export interface PersonalDataCase {
  text: string;
  kinds: PersonalDataKind[];
  /** what must be gone from the recorded text */
  hides?: string[];
}

const pd = (text: string, kinds: PersonalDataKind[], hides: string[] = []): PersonalDataCase => ({ text, kinds, hides });
const harmless = (text: string): PersonalDataCase => ({ text, kinds: [] });

/** The first corpus the rules were written against. */
const ROUND_1: PersonalDataCase[] = [
  // phones
  pd("my mums number is 07700 900 123 call her", ["phone"], ["900 123"]),
  pd("ring me on 555 867 5309!!", ["phone"], ["5309"]),
  pd("dad's mobile: +1 (212) 555-0188", ["phone"], ["0188"]),
  pd("my phone is five five five one two three four five six", ["phone"], ["five five five"]),
  pd("txt me 0412345678", ["phone"], ["0412345678"]),
  // cards
  pd("mum's card is 4111 1111 1111 1111 can u get me a bike with it", ["card"], ["1111 1111"]),
  pd("the numbers on dads card are 5500-0000-0000-0004", ["card"], ["0000-0004"]),
  // emails
  pd("email me at mia.jones2016@gmail.com", ["email"], ["mia.jones2016"]),
  pd("my email is tom @ hotmail . com", ["email"], ["tom @ hotmail"]),
  pd("its lily at yahoo dot com", ["email"], ["lily at yahoo"]),
  pd("Write to me: sam_the_great@outlook.co.uk", ["email"], ["sam_the_great"]),
  // street addresses
  pd("I live at 42 Elm Street", ["address"], ["42 Elm"]),
  pd("my house is 7 acacia avenue", ["address"], ["acacia"]),
  pd("we live on Maple Drive", ["address"], ["Maple"]),
  pd("my address is flat 3, the old mill, brook lane", ["address"], ["old mill", "brook"]),
  pd("my house number is 27", ["address"], ["27"]),
  pd("come to 221b baker street", ["address"], ["baker"]),
  // places: a town, a state, a postcode, also what is left once a street is taken out
  pd("I live at 42 Elm Street, Springfield, IL 62704", ["address", "place"], ["Elm", "Springfield", "62704"]),
  pd("Springfield, IL 62704", ["place"], ["Springfield", "62704"]),
  pd("it's in Portland, Oregon", ["place"], ["Portland"]),
  pd("we live in leeds", ["place"], ["leeds"]),
  pd("I live in Manchester with my mum and my cat", ["place"], ["Manchester"]),
  pd("im from glasgow", ["place"], ["glasgow"]),
  pd("our postcode is SW1A 1AA", ["place"], ["SW1A"]),
  pd("post code: ls6 2ab", ["place"], ["ls6"]),
  pd("my zip is 90210", ["place"], ["90210"]),
  pd("we moved to austin texas last year", ["place"], ["austin"]),
  pd("Columbus, OH 43004", ["place"], ["Columbus", "43004"]),
  pd("I'm in Toronto, Ontario M5V 2T6", ["place"], ["Toronto", "M5V"]),
  pd("my town is called Little Snoring", ["place"], ["Snoring"]),
  // full name with a birthday
  pd("my name is Mia Thompson and my birthday is 5th May 2018", ["birthday"], ["Thompson", "May 2018"]),
  pd("im jack peters, born on 12/03/2017", ["birthday"], ["peters", "12/03/2017"]),
  pd("I'm Ava Li. My bday is june 3rd 2019!", ["birthday"], ["june 3rd"]),
  pd("this is noah smith my date of birth is 2016-09-30", ["birthday"], ["smith", "2016-09-30"]),
  // handles
  pd("my tiktok is mia.dances", ["handle"], ["mia.dances"]),
  pd("insta: lily_loves_ponies", ["handle"], ["lily_loves_ponies"]),
  pd("follow me @superjake2015", ["handle"], ["superjake2015"]),
  pd("add me on roblox im xXDragonSlayerXx", ["handle"], ["DragonSlayer"]),
  pd("add me on roblox: CoolKid_99", ["handle"], ["CoolKid_99"]),
  pd("my snapchat is emmaaa.b", ["handle"], ["emmaaa.b"]),
  pd("my youtube channel is called BenPlaysMinecraft", ["handle"], ["BenPlaysMinecraft"]),
  pd("my fortnite name is TurboTom", ["handle"], ["TurboTom"]),
  pd("my username is pinkunicorn77", ["handle"], ["pinkunicorn77"]),
  pd("discord: frosty#4821", ["handle"], ["frosty#4821"]),
  // a parent's name with where they work
  pd("my mum Sarah works at Tesco", ["workplace"], ["Sarah", "Tesco"]),
  pd("my dad dave works for amazon in the big warehouse", ["workplace"], ["dave", "amazon"]),
  pd("My mom, Jenny, is a nurse at St Luke's Hospital", ["workplace"], ["Jenny", "St Luke"]),
  pd("my daddy works at Google", ["workplace"], ["Google"]),
  pd("my mums name is karen and she works at the co-op", ["workplace"], ["karen"]),
  // landmarks that find a home
  pd("we live in the blue house next to the church", ["landmark"], ["next to the church"]),
  pd("my house is the one with the red door opposite the park", ["landmark"], ["red door"]),
  pd("our flat is above the chip shop on the high street", ["landmark"], ["chip shop"]),
  pd("i live next to the big mcdonalds", ["landmark"], ["mcdonalds"]),
  pd("the yellow house on the corner is mine", ["landmark"], ["on the corner"]),
  pd("we live across the road from the fire station", ["landmark"], ["fire station"]),
  pd("my home is behind the school, the white one", ["landmark"], ["behind the school"]),
  // schools
  pd("I go to Lincoln Elementary School", ["school"], ["Lincoln"]),
  pd("i go to st marys", ["school"], ["marys"]),
  pd("my school is called oakwood", ["school"], ["oakwood"]),
  pd("I'm in year 3 at Hillside Primary", ["school"], ["Hillside"]),
  pd("my school is greenfield academy", ["school"], ["greenfield"]),
  // passwords and codes
  pd("my password is bunny123", ["password"], ["bunny123"]),
  pd("the ipad code is 4590", ["password"], ["4590"]),
  pd("my roblox password: Sparkle!22", ["password"], ["Sparkle!22"]),
  pd("our wifi password is candycane", ["password"], ["candycane"]),
  pd("pw: hunter2", ["password"], ["hunter2"]),
  // several at once
  pd("Im Ella Brown born 1 Jan 2017, I live in Bristol, email ella@mail.com", ["birthday", "place", "email"], ["Brown", "Bristol", "ella@"]),
  pd("call 555-123-4567 or come to 12 oak road", ["phone", "address"], ["4567", "oak road"]),

  // harmless look-alikes
  harmless("I want a house for my dolls"),
  harmless("my teacher is nice"),
  harmless("Can I have a Barbie Dreamhouse?"),
  // relabelled after blind set 2: a date of birth with its year is personal data (AFTER_BLIND_2)
  harmless("my birthday is 12/05"),
  harmless("my birthday is on christmas eve!"),
  harmless("I'm Mia and I'm 7"),
  harmless("My name is Mia and I want a bike"),
  harmless("I want a Lego Street Racer and a Hot Wheels track"),
  harmless("I'd like the Lego set 60321 please"),
  harmless("I have 12345 points in my game"),
  harmless("I want a tiktok account when I'm older"),
  harmless("I love playing roblox with my brother"),
  harmless("can I get a roblox gift card"),
  harmless("my house is cosy"),
  harmless("I live with my mum and my nan"),
  harmless("I live in a flat with a cat"),
  harmless("we live in a big house"),
  harmless("my dad works really hard"),
  harmless("my mum works at the hospital"),
  harmless("my dad works from home"),
  harmless("my mum works at night so nan puts me to bed"),
  harmless("I go to school every day"),
  harmless("I go to bed at 8"),
  harmless("my school is fun"),
  harmless("my school is having a christmas play"),
  harmless("I put the cookies next to the tree"),
  harmless("my dog sleeps next to my bed"),
  harmless("I want a red bike with a bell"),
  harmless("can I have a gingerbread house kit"),
  harmless("I'm from the North Pole, just like you!"),
  harmless("Hi Santa, OK here is my list"),
  harmless("Dear Santa, I hope the reindeer are well"),
  harmless("I can count to 1 2 3 4 5 6 7 8 9 10"),
  harmless("Christmas is on 2026-12-25"),
  harmless("I want 2 bikes and 3 lego sets"),
  harmless("I'm @ home today"),
  harmless("Spider-Man and Iron Man are the best"),
  harmless("my password for being good is kindness"),
  harmless("I want the new Pokemon game for my Switch"),
  harmless("we went to Disneyland in the summer"),
  harmless("I want a toy fire station"),
  harmless("the elves live next to the workshop"),
  harmless("my brother is 10 and I'm 8"),
  harmless("I got 100 on my spelling test"),
  harmless("I want a Nintendo Switch and Mario Kart"),
  harmless("I want the Frozen castle with Elsa and Anna"),
  harmless("my name is Ava, what's yours?"),
  harmless("I'm Jack and I love dinosaurs"),
  harmless("I want a dolls house with a red door"),
  harmless("my secret code word for my club is hidden"),
];

/** The first held-out set (recall 0.84 on it), now part of the corpus. */
const HELD_OUT_1: PersonalDataCase[] = [
  pd("hi santa its me chloe, my mummy's phone is 07911 123456", ["phone"], ["123456"]),
  pd("my adress is 15 kings rd", ["address"], ["kings"]),
  pd("we live at number 9 church lane", ["address"], ["church lane"]),
  pd("I live in Cardiff wales", ["place"], ["Cardiff"]),
  pd("we are in Denver, CO 80202", ["place"], ["Denver", "80202"]),
  pd("my post code is BS1 4DJ", ["place"], ["BS1"]),
  pd("I live in a town called Bramley", ["place"], ["Bramley"]),
  pd("My name is Oliver James Carter and I was born on 4 April 2016", ["birthday"], ["Carter", "April 2016"]),
  pd("im sophie turner my birthday is the 2nd of march 2018", ["birthday"], ["turner", "march 2018"]),
  pd("my insta is @sophie.t", ["handle"], ["sophie.t"]),
  pd("my roblox username is BlazeMaster_2014", ["handle"], ["BlazeMaster_2014"]),
  pd("u can find me on tiktok as dancequeen_ruby", ["handle"], ["dancequeen_ruby"]),
  pd("my dad Mark works at the Ford factory in Dagenham", ["workplace"], ["Mark", "Ford"]),
  pd("my mum is called Priya and she is a teacher at Oakfield School", ["workplace"], ["Priya", "Oakfield"]),
  pd("our house is the green one beside the post office", ["landmark"], ["post office"]),
  pd("we live right by the train station", ["landmark"], ["train station"]),
  pd("I go to Woodlands Junior School", ["school"], ["Woodlands"]),
  pd("my ipad password is frozen2", ["password"], ["frozen2"]),
  pd("email: bella_2015@icloud.com", ["email"], ["bella_2015"]),
  harmless("I want a dolls house with lights"),
  harmless("my teacher Mrs Brown is really kind"),
  harmless("my birthday is in May and I will be 8"),
  harmless("Can I have a Lego police station?"),
  harmless("I want to live at the North Pole when I grow up"),
  harmless("my mum works so hard, can you bring her something nice"),
  harmless("i live with my dad on weekends"),
  harmless("I love the house on Paw Patrol"),
  harmless("I want a phone case with unicorns"),
  harmless("I have 3 cats and 2 dogs"),
  harmless("my favourite youtuber is really funny"),
];

/**
 * The second set, written before the rules were widened for it: children's spelling and shorthand,
 * data spread through a sentence, and harmless look-alikes. Recall 0.71 on it, now part of the corpus.
 */
const ROUND_2: PersonalDataCase[] = [
  pd("my mums fone number is 07123 456789", ["phone"], ["456789"]),
  pd("call my dad on oh seven seven one two three four five six seven eight", ["phone"], ["seven seven one"]),
  pd("our house phone is 01632 960 001", ["phone"], ["960 001"]),
  pd("my nans number is 555 0142 and her mobile is 555 0199", ["phone"], ["0142", "0199"]),
  pd("text me on whatsapp 07700900461", ["phone"], ["07700900461"]),
  pd("my emial is jakey_boy@hotmail.co.uk", ["email"], ["jakey_boy"]),
  pd("send it to mum at sarah dot jones at gmail dot com", ["email"], ["sarah dot jones"]),
  pd("i live on 14 cherry tree close", ["address"], ["cherry tree"]),
  pd("my adress is 3 the green, little hampton", ["address"], ["the green"]),
  pd("we live at 88 Victoria Road in Brighton", ["address", "place"], ["Victoria", "Brighton"]),
  pd("i live in flat 12b riverside court", ["address"], ["riverside"]),
  pd("my street is called Foxglove Way", ["address"], ["Foxglove"]),
  pd("we live on the high street above the bakery", ["landmark"], ["above the bakery"]),
  pd("im from Sheffield", ["place"], ["Sheffield"]),
  pd("i live in a village called Ashby", ["place"], ["Ashby"]),
  pd("we live near Oxford", ["place"], ["Oxford"]),
  pd("my town is swindon", ["place"], ["swindon"]),
  pd("our zip code is 30301", ["place"], ["30301"]),
  pd("we just moved to Phoenix Arizona", ["place"], ["Phoenix"]),
  pd("i live in Dublin in Ireland", ["place"], ["Dublin"]),
  pd("my postcode is m14 5rt", ["place"], ["m14"]),
  pd("my full name is Harry Edward Wilson and i was born 9/9/2016", ["birthday"], ["Wilson", "9/9/2016"]),
  pd("Im Grace Okafor and my birthday is 21 november 2017", ["birthday"], ["Okafor", "november 2017"]),
  pd("my name is leo martin, im 7, born 3rd feb 2019", ["birthday"], ["martin", "feb 2019"]),
  pd("im on roblox as NinjaKitty_22", ["handle"], ["NinjaKitty_22"]),
  pd("my minecraft name is CreeperKing07", ["handle"], ["CreeperKing07"]),
  pd("follow my mums instagram @bakingwithkate", ["handle"], ["bakingwithkate"]),
  pd("my youtube is called LilyPlaysToys", ["handle"], ["LilyPlaysToys"]),
  pd("my snap is ruby.xo", ["handle"], ["ruby.xo"]),
  pd("my xbox gamertag is SpeedyFinn", ["handle"], ["SpeedyFinn"]),
  pd("my dad is called Tom and he works at the Sainsburys in town", ["workplace"], ["Tom", "Sainsburys"]),
  pd("my mum Lucy is a doctor at Royal Victoria hospital", ["workplace"], ["Lucy", "Royal Victoria"]),
  pd("my mom works at Walmart on main street", ["workplace"], ["Walmart"]),
  pd("my dad is a policeman at Camden police station", ["workplace"], ["Camden"]),
  pd("my mummy works in the Boots in the shopping centre", ["workplace"], ["Boots"]),
  pd("our house is the white one next to the park gates", ["landmark"], ["park gates"]),
  pd("i live right opposite the primary school", ["landmark"], ["primary school"]),
  pd("my house is at the end of the road by the big oak tree", ["landmark"], ["oak tree"]),
  pd("we live behind the Tesco Express", ["landmark"], ["Tesco"]),
  pd("our flat is the one over the chemist", ["landmark"], ["chemist"]),
  pd("i go to Greenhill Primary", ["school"], ["Greenhill"]),
  pd("im in class 4 at St Josephs", ["school"], ["Josephs"]),
  pd("my school is Park View Academy", ["school"], ["Park View"]),
  pd("i'm in year 2 at riverside infants", ["school"], ["riverside"]),
  pd("the code for our front door is 1379", ["password"], ["1379"]),
  pd("my fortnite password is dragon99", ["password"], ["dragon99"]),
  pd("my tablet pin is 2468", ["password"], ["2468"]),
  harmless("I want a toy phone that lights up"),
  harmless("my favourite number is 7"),
  harmless("I want a doll called Molly"),
  harmless("my mum works in a shop"),
  harmless("we went to the park next to the river"),
  harmless("I want a Lego city with a fire station and a school"),
  harmless("my brother's birthday is in June"),
  harmless("I'm Sam and I like football"),
  harmless("can I have the Harry Potter castle"),
  harmless("I want to go to Paris one day"),
  harmless("I play minecraft every day"),
  harmless("my dad is a builder"),
  harmless("the elves' workshop is next to the reindeer stables"),
  harmless("I got 3 out of 10 on my test"),
  harmless("I live with my grandma"),
  harmless("my teacher says I am good at reading"),
  harmless("I want a password diary"),
  harmless("I like the red house in my book"),
  harmless("I'm going to London for Christmas"),
  harmless("we have a big tree in our garden"),
];

/**
 * What the rules learnt from the blind set, in other words: a class named before the school
 * ("5th grade", "mr jones class"), a full name that opens the message, digits typed one by one,
 * streets in French, Spanish and German, a parent "called" or "is" a full name with where they
 * work; and look-alikes (counting down, a teacher's name, the woods, a parent who works nights).
 */
const AFTER_BLIND: PersonalDataCase[] = [
  pd("im in 5th grade at Riverside Middle", ["school"], ["Riverside"]),
  pd("i'm in mr jones class at oak tree primary", ["school"], ["oak tree"]),
  pd("Lucy Ann Smith, born 3rd march 2016", ["birthday"], ["Smith", "march 2016"]),
  pd("you can call my mum on 0 1 2 3 4 9 8 7 6 5 4", ["phone"], ["9 8 7 6 5 4"]),
  pd("j'habite 12 rue victor hugo à paris", ["address"], ["victor hugo"]),
  pd("wir wohnen in der Lindenstraße 4 in Köln", ["address"], ["Lindenstraße"]),
  pd("vivimos en la avenida del sol 45", ["address"], ["del sol"]),
  pd("my moms called Priya she works for the council in Leeds", ["workplace"], ["Priya", "council"]),
  pd("my dad is dave brown and he works at the big hospital in town", ["workplace"], ["brown", "hospital"]),
  harmless("im in year 2 and my teacher is mrs clark"),
  harmless("we live near the woods and i see deer"),
  harmless("10 9 8 7 6 5 4 3 2 1 blast off"),
  harmless("my dad is really tired he works at night"),
  harmless("j'habite à la campagne avec mon chat"),
];

/** Every set the rules were written against. */
/**
 * Written by the rules' author from blind set 2's misses, before the rules were widened for them:
 * a full name said plainly (first names from personal-data.names.ts, the surname any word that is
 * no everyday word), and a date of birth with its year; with the look-alikes that must stay.
 */
const AFTER_BLIND_2: PersonalDataCase[] = [
  // a full name: the surname goes, the first name stays
  pd("hi santa im lucy fairweather and i want a pony", ["name"], ["fairweather"]),
  pd("my name is Freddie O'Connell-Hughes", ["name"], ["O'Connell-Hughes"]),
  pd("its oscar mbeki again", ["name"], ["mbeki"]),
  pd("my sister is called poppy wainwright shes 4", ["name"], ["wainwright"]),
  pd("my big brother's name is ethan kowalski", ["name"], ["kowalski"]),
  pd("my mum is called sarah and my dad is called tom baxter", ["name"], ["baxter"]),
  pd("Amelia Rossi here!!", ["name"], ["Rossi"]),
  pd("i am maya de souza and i am 8", ["name"], ["de souza"]),
  pd("I'm Noah and my surname is Okonkwo", ["name"], ["Okonkwo"]),
  pd("my last name is van der berg", ["name"], ["van der berg"]),
  pd("ich bin Lena Schneider und ich bin 7", ["name"], ["Schneider"]),
  // a date of birth with its year
  pd("my bday is 3rd of october 2015", ["birthday"], ["october 2015"]),
  pd("i was born 25/12/2016 on christmas day", ["birthday"], ["25/12/2016"]),
  pd("born on the 1st june 2018 so im 6", ["birthday"], ["june 2018"]),
  pd("my birthday is may 9 2017 and i want a cake", ["birthday"], ["may 9 2017"]),
  pd("ich bin am 4. März 2016 geboren", ["birthday"], ["4. März 2016"]),
  pd("ich bin geboren am 30.01.2017", ["birthday"], ["30.01.2017"]),
  pd("je suis née le 12 avril 2017", ["birthday"], ["12 avril 2017"]),
  pd("my birthday is 12/05/2019", ["birthday"], ["12/05/2019"]),
  // look-alikes that stay
  harmless("I'm Ava"),
  harmless("i am 7"),
  harmless("im Ava and im 7"),
  // how a child goes on after her first name: no surname
  harmless("im Ella super excited for christmas"),
  harmless("im Ivy tall for my age and im 8"),
  harmless("im leo nearly 7"),
  harmless("my teacher is Mrs Hart"),
  harmless("my dog is called Max Power"),
  harmless("im max happy christmas santa"),
  harmless("my name is lily thank you for the presents"),
  harmless("my brother is called jack and he is 9"),
  harmless("I'm Jack, I love lego"),
  harmless("it's sophie again hello"),
  harmless("my birthday is 14th march"),
  harmless("my birthday is in june and i will be 8"),
  harmless("i was born in 2016"),
  harmless("in 2025 i want to go to disneyland"),
  harmless("can i have Lego set 60321"),
  harmless("im really excited for christmas"),
  harmless("Je m'appelle Chloé et j'ai 8 ans"),
];

/**
 * Review of 2b76e8d: every example of /work/notes/review-2b76e8d.md (streets and landmarks the
 * "vague place" exception let through, the town after a foreign street, harmless messages blanked),
 * and paraphrases of each, added before the rules were changed for them.
 */
const REVIEW_2B76E8D: PersonalDataCase[] = [
  // B1: a vague place ("the beach", "the town") is no landmark, but a street or a named building beside it is
  pd("we live by the beach on ocean drive", ["landmark"], ["ocean drive"]),
  pd("we live near the shops on church street", ["landmark"], ["church street"]),
  pd("we live near the woods at the end of oak lane", ["landmark"], ["oak lane"]),
  pd("i live near the town hall in the flat above the bakery", ["landmark"], ["town hall", "bakery"]),
  pd("we live near the city hospital", ["landmark"], ["city hospital"]),
  pd("we live opposite the city library", ["landmark"], ["city library"]),
  pd("i live next to the country park entrance", ["landmark"], ["country park"]),
  pd("we live near the forest school", ["landmark"], ["forest school"]),
  pd("we live next to the village hall on mill lane", ["landmark"], ["village hall", "mill lane"]),
  pd("i live near the sea front by the lifeboat station", ["landmark"], ["lifeboat station"]),
  harmless("we live near the sea"),
  harmless("we live near the woods and we go for walks"),
  harmless("i live in the countryside near the forest"),
  // B2: the town after a street named in French, Spanish or German
  pd("8 rue de la paix, paris", ["address", "place"], ["rue de la paix", "paris"]),
  pd("Hauptstraße 5, Berlin", ["address", "place"], ["Hauptstraße", "Berlin"]),
  pd("calle mayor 12, Madrid", ["address", "place"], ["calle mayor", "Madrid"]),
  // C: harmless messages the widening had blanked
  harmless("we went to the plaza in 2019 with nan"),
  harmless("we went to the piazza and ate 3 gelatos"),
  harmless("Harry Potter birthday is 31 july"),
  harmless("Little Jesus was born on 25th December"),
  harmless("Father Christmas birthday is 25 december"),
  harmless("my mum called me downstairs, she works in town"),
  harmless("my dad is pretty great and he works at the hospital"),
  harmless("my dad is big strong and he works at the gym"),
  harmless("Scores: 3-1 2-0 4-2 1-1 5-0"),
  harmless("I rolled 6 6 5 4 3 2 1 1 2 3"),
  harmless("2 4 6 8 2 4 6 8 2 4 times tables"),
  harmless("my mum works at the hospital"),
  harmless("the plaza had 2 big fountains"),
  harmless("Baby Jesus birthday is 25 december"),
  harmless("my dad is really funny and he works at the zoo"),
  harmless("the match ended 2-1 3-0 and 4-4"),
];

/**
 * The town a child names just after her own name (4 December 2026), a concept from blind set 3's
 * miss list ("im Noah Williams from Glasgow" kept Glasgow), written before the rules were widened
 * for it and before blind set 4 was measured: paraphrases, and what "from" also says.
 */
const TOWN_AFTER_NAME: PersonalDataCase[] = [
  pd("im Noah Williams from Glasgow", ["name", "place"], ["Williams", "Glasgow"]),
  pd("im noah from leeds and i want a bike", ["place"], ["leeds"]),
  pd("this is Ava, 8, from leeds", ["place"], ["leeds"]),
  pd("im Leo and im 7 from Derby", ["place"], ["Derby"]),
  pd("Im Mia from New York City And I want a doll", ["place"], ["New York City"]),
  pd("my name is Oliver from Cardiff, Wales", ["place"], ["Cardiff"]),
  pd("im Amelia 7 years old from Bristol", ["place"], ["Bristol"]),
  pd("hi santa its freya from aberdeen", ["place"], ["aberdeen"]),
  pd("my names Harry and i come from Swindon", ["place"], ["Swindon"]),
  harmless("im Leo from the north pole lol"),
  harmless("im Ella from school and we made cards"),
  harmless("im Noah. from now on i will be good"),
  harmless("its Ruby from year 2"),
  harmless("im Max from far away"),
  // how a child goes on after her first name, found while probing the rule above: "getting lego"
  // was taken for a surname and blanked, and with it the wish
  harmless("im Sam getting lego from santa"),
  harmless("im ella wanting a doll so much"),
  harmless("im Leo looking forward to christmas"),
  harmless("im mia having a party on saturday"),
];

export const PERSONAL_DATA_CORPUS: PersonalDataCase[] = [...ROUND_1, ...HELD_OUT_1, ...ROUND_2, ...AFTER_BLIND, ...AFTER_BLIND_2, ...REVIEW_2B76E8D, ...TOWN_AFTER_NAME];

/**
 * The third set, written after the rules were widened for the second and never used to change
 * them: what to expect from wording the rules have not seen.
 */
export const PERSONAL_DATA_HELD_OUT: PersonalDataCase[] = [
  pd("my grans landline is 0208 555 7734", ["phone"], ["7734"]),
  pd("you can ring us on (555) 201 3344", ["phone"], ["3344"]),
  pd("my dads email is gary.b73@yahoo.com", ["email"], ["gary.b73"]),
  pd("we live at 5 Meadow View", ["address"], ["Meadow"]),
  pd("my address is 19 the crescent", ["address"], ["crescent"]),
  pd("i live at number 40 on Kings Avenue", ["address"], ["Kings"]),
  pd("we live in a small town called Hebden Bridge", ["place"], ["Hebden"]),
  pd("i live in Newcastle near the coast", ["place"], ["Newcastle"]),
  pd("our postcode is NE1 7RU", ["place"], ["NE1"]),
  pd("we moved to Seattle Washington in the summer", ["place"], ["Seattle"]),
  pd("I'm Isla Mackenzie and I was born on the 14th of July 2018", ["birthday"], ["Mackenzie", "July 2018"]),
  pd("my name is ben carter, my birthday is 01/02/2017", ["birthday"], ["carter", "01/02/2017"]),
  pd("my tiktok name is @zoe.dances.x", ["handle"], ["zoe.dances.x"]),
  pd("add me on fortnite my name is BlueBolt", ["handle"], ["BlueBolt"]),
  pd("my brothers youtube channel is GamingWithMax", ["handle"], ["GamingWithMax"]),
  pd("my mum Rachel works at Barclays bank in the city", ["workplace"], ["Rachel", "Barclays"]),
  pd("dad is a chef at Pizza Express on the high street", ["workplace"], ["Pizza Express"]),
  pd("my mums called Anna and she works at Leeds General", ["workplace"], ["Anna", "Leeds General"]),
  pd("our house is next door to the vets", ["landmark"], ["the vets"]),
  pd("we live in the flats behind the leisure centre", ["landmark"], ["leisure centre"]),
  pd("i go to Millbrook Primary School", ["school"], ["Millbrook"]),
  pd("my school is St Anne's", ["school"], ["Anne"]),
  pd("the password for the ipad is pony2020", ["password"], ["pony2020"]),
  harmless("my phone has a unicorn case"),
  harmless("I want a house with a slide"),
  harmless("my dad works in an office"),
  harmless("I live with my two cats"),
  harmless("my birthday is in the summer"),
  harmless("I go to swimming on Saturdays"),
  harmless("I want 10 presents please"),
  harmless("we drove past the church on the way to nans"),
  harmless("I'm Lily and I'm 6 years old"),
];
