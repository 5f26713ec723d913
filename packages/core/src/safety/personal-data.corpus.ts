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

export const PERSONAL_DATA_CORPUS: PersonalDataCase[] = [
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
  harmless("my birthday is 12/05/2019"),
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

/**
 * Written after the rules and never tuned against: a fairer estimate of what the screen misses on
 * messages nobody has seen.
 */
export const PERSONAL_DATA_HELD_OUT: PersonalDataCase[] = [
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
