// What the North Pole model knows how to answer: the questions children ask Santa, each recognised
// by how it is asked (what reindeer eat is not their names), and the things children tell him.
// Answers are wordings for `phrase` (variety.ts): [one|or another] alternatives, {you} for ", Mia".

export interface Question {
  /** what is asked, e.g. "reindeer food"; a question named like its topic is the general one */
  name: string;
  topic: string;
  /** other topics whose general question this one answers too ("how do reindeer fly?") */
  covers?: readonly string[];
  matches: RegExp;
  answers: readonly string[];
}

// the reindeer, with the spellings children type ("raindeer", "reindear", "reindeers")
const R = "(?:r[ae]i?nd[ea]{1,2}rs?|rudolph(?:'s)?|dasher|dancer|prancer|vixen|comet|cupid|donner|blitzen)";
const E = "(?:elf|elves|elfs|elfes)";
/** within one sentence */
const S = "[^.?!]*";

const re = (source: string) => new RegExp(source);

export const QUESTIONS: readonly Question[] = [
  // ---- the reindeer
  {
    name: "reindeer names",
    topic: "reindeer",
    covers: ["sleigh"],
    matches: re(`\\b(?:names?|called)\\b${S}\\b${R}|\\b${R}${S}\\b(?:names?|called)\\b|\\bhow many ${R}|\\bwho (?:are|is) (?:your|the) ${R}|\\bname (?:all )?(?:your|the) ${R}|\\bwho pulls\\b`),
    answers: [
      "[There are|I have] nine of them: Dasher, Dancer, Prancer, Vixen, Comet, Cupid, Donner, Blitzen and, of course, Rudolph[ at the front| with his shiny red nose]!",
      "Let me count them off{you}: Dasher, Dancer, Prancer, Vixen, Comet, Cupid, Donner and Blitzen, with Rudolph leading the way[ on foggy nights| through the clouds]. [That makes nine!|Nine in all!]",
      "[My reindeer are|The sleigh team is] Dasher, Dancer, Prancer, Vixen, Comet, Cupid, Donner, Blitzen and Rudolph. [Can you say them all in one breath?|Try saying them all really fast!]",
    ],
  },
  {
    name: "reindeer food",
    topic: "reindeer",
    matches: re(`\\b${R}${S}\\b(?:eat|eats|eating|food|snacks?|feed|hungry|carrots?|oats|apples?|hay|lichen|moss|grass|lunch|breakfast|dinner|treats?)\\b|\\b(?:eat|eats|food|snacks?|feed|carrots?|oats|apples?|treats?)\\b${S}\\b${R}`),
    answers: [
      "My reindeer [munch|gobble up|love to nibble] [crunchy carrots|carrots and apples], [oats|sweet hay] and a soft moss called lichen that grows up here in the snow.",
      "[Carrots are their favourite|Nothing beats a carrot for a reindeer]! They also [eat|tuck into] oats, [crisp apples|a little hay] and lichen, a moss they dig out from under the snow with their hooves.",
      "On Christmas Eve my reindeer [get|nibble] [a carrot|carrots] at [so many|lots of] homes! The rest of the year they [eat|graze on] lichen, oats and [sweet hay|apples].",
    ],
  },
  {
    name: "how they fly",
    topic: "flying",
    covers: ["reindeer", "sleigh"],
    matches: re(`\\b(?:how|why|can|do|does)\\b${S}\\b(?:fly|flies|flying)\\b|\\b(?:fly|flying) ${R}|\\bhow does (?:the |your )?sleigh (?:work|go|move)\\b`),
    answers: [
      "[The secret is|It is all thanks to] a pinch of stardust and a lot of Christmas magic! When the reindeer [feel|hear] children's Christmas cheer, their hooves lift right off the ground.",
      "My reindeer [fly|can fly] because of North Pole magic, and the more Christmas spirit there is in the world, the higher the sleigh [soars|goes]{you}!",
      "[Magic corn|Magic oats] from the elves' kitchen and [a jingle of|a sprinkle of] Christmas magic make my reindeer fly. [Only|And only] on Christmas Eve do they go faster than a shooting star!",
    ],
  },
  {
    name: "rudolph's nose",
    topic: "reindeer",
    matches: re(`\\brudolph(?:'s)?\\b${S}\\bnose\\b|\\b(?:red|shiny|glowing) nose\\b|\\bnose\\b${S}\\b(?:red|glow|glows|shine|shines|light)\\b`),
    answers: [
      "Rudolph's nose [glows|shines] red [because it is full of|thanks to] Christmas magic. On foggy nights it lights the way [like a lantern|like a little lighthouse] so the sleigh never gets lost!",
      "Rudolph was born with [that bright red nose|his glowing nose], and once some reindeer laughed at it. Now it guides the whole sleigh[ through the fog|, and everyone cheers for him]!",
    ],
  },
  {
    name: "favourite reindeer",
    topic: "reindeer",
    matches: re(
      `\\b(?:favou?rite|fastest|best|strongest|oldest|youngest|cutest|smallest)\\s+(?:one of (?:the|your) )?${R}|\\b(?:which|who)\\b${S}\\b${R}${S}\\b(?:favou?rite|fastest|best|strongest|quickest)\\b|\\b${R} is (?:the )?(?:fastest|best|strongest)\\b|\\b${R}${S}\\b(?:faster|quicker|stronger) than\\b`,
    ),
    answers: [
      "I love [all my reindeer|every one of them] the same, [but shh|though between you and me], Comet is the fastest and Cupid gives the best nose nuzzles!",
      "A good Santa never picks a favourite{you}! Dasher is the speediest, Blitzen the strongest, and Rudolph [the brightest|has the shiniest nose], of course.",
    ],
  },
  {
    name: "reindeer",
    topic: "reindeer",
    matches: re(`\\b${R}`),
    answers: [
      "The reindeer are [resting|snoozing] in [the stables|their cosy stables] after a long day of flying practice. Rudolph has been polishing his nose for the big night!",
      "[All nine reindeer|My reindeer] are in fine form{you}, and they have been practising [loop-the-loops|their take-offs] over the workshop [every evening|all week].",
      "[The reindeer|My reindeer] are [as frisky as ever|full of beans], stamping their hooves in the snow because they know Christmas Eve is [coming soon|nearly here]!",
    ],
  },
  // ---- the elves
  {
    name: "elves sleep",
    topic: "elves",
    matches: re(`\\b${E}\\b${S}\\b(?:sleep|sleeps|sleeping|bed|beds|rest|tired|nap|naps|bedtime)\\b|\\b(?:sleep|bed)\\b${S}\\b${E}\\b`),
    answers: [
      "Oh yes, elves [need their sleep|sleep] too! They [curl up|snuggle] in tiny bunk beds above the workshop, and in December they take [turns|short naps] so the toy-making never stops.",
      "[Every elf|The elves] [go|goes] to bed [after the evening cocoa|when the workshop bell rings], tucked under patchwork quilts. [After Christmas|On Boxing Day] they sleep for a whole week!",
    ],
  },
  {
    name: "how many elves",
    topic: "elves",
    matches: re(`\\bhow many ${E}`),
    answers: [
      "[Oh my, there are|There are] more elves than I can count{you}, [hundreds and hundreds|thousands] of them, and every one [has a special job|knows my name for each toy]!",
      "The last time Mrs. Claus counted, there were [so many elves|more elves than snowflakes on a windowsill] that she [ran out of fingers|lost count] and made cocoa instead!",
    ],
  },
  {
    name: "elves make toys",
    topic: "elves",
    matches: re(`\\b${E}\\b${S}\\b(?:make|makes|making|build|builds|built)\\b|\\bhow (?:are|do) (?:the )?toys? (?:get )?made\\b|\\bwho makes (?:the |all the )?toys\\b|\\bhow do you make (?:the |all the )?toys\\b`),
    answers: [
      "The elves [read every letter|start with children's letters], [draw|sketch] each toy, then [saw, sew, paint and polish it|hammer, stitch and paint it] in the workshop. Jingle, my head elf, checks every toy twice!",
      "[Toy-making|Making toys] is elf magic mixed with hard work{you}: [tiny hammers|little paintbrushes], [a sprinkle of stardust|a pinch of magic], and a lot of singing [while they work|to keep them merry].",
    ],
  },
  {
    name: "be an elf",
    topic: "elves",
    matches: re(`\\b(?:can|could|how (?:do|can)) i (?:be|become) (?:an? |one of (?:your|the) )${E}|\\b${E}\\b${S}\\b(?:names?|called)\\b`),
    answers: [
      "[My elves have|The elves have] the jolliest names, like Jingle, Tinsel, Sprout and Pip! Being kind, [helping at home|sharing your toys] and spreading cheer makes you an honorary elf already{you}.",
      "Every child who helps someone is a little bit of an elf! [Jingle, Tinsel and Pip|The elves] would [love|be proud] to have you on the team.",
    ],
  },
  {
    name: "elves",
    topic: "elves",
    matches: re(`\\b(?:${E}|workshop|toy ?shop)\\b`),
    answers: [
      "The elves are busier than ever in the workshop, [hammering, painting and wrapping|sawing, stitching and wrapping], and they sing carols the whole time!",
      "[My elves|The elves] are testing the toy trains [right now|today], which means [lots of choo-choos|a lot of whistling] all day long{you}.",
      "The elves are in [tip-top|the best of] spirits. They take turns on the hot cocoa rota, and they [love it|cheer] when children write to me.",
    ],
  },
  // ---- the North Pole
  {
    name: "where santa lives",
    topic: "north pole",
    covers: ["mrs claus"],
    matches: re(
      "\\bwhere (?:do|does) (?:you|santa|you and mrs\\.? claus) live\\b|\\bwhere\\b[^.?!]*\\bnorth pole\\b|\\bnorth pole\\b[^.?!]*\\bwhere\\b|\\bwhere(?:'s| is) (?:your|santa'?s?) (?:house|home|workshop)\\b|\\bwhere are you\\b|\\bwhere do you come from\\b",
    ),
    answers: [
      "I live at the very top of the world, at the North Pole, [far beyond|past] the last [town|road] on any map, where the snow [never melts|sparkles all year]{you}.",
      "[My home is|Mrs. Claus and I live] at the North Pole, right at the top of the globe. [If you spin a globe, it is the tip on top!|Look at the top of a globe and that is where we are!]",
    ],
  },
  {
    name: "visiting",
    topic: "north pole",
    matches: re(
      "\\b(?:can|could|may) (?:i|we) (?:come|visit|go|travel)\\b|\\bvisit (?:you|the north pole|your (?:house|home|workshop))\\b|\\bhow (?:do|can|could) (?:i|we|people) get to the north pole\\b|\\bcome (?:and )?see the (?:workshop|reindeer|north pole)\\b",
    ),
    answers: [
      "The North Pole is hidden by [Christmas magic|a blanket of magic snow], so no one can find the way there{you}. But you can visit in your dreams, and the elves say the [cocoa|gingerbread] there tastes just as good!",
      "[I wish you could!|How I would love that!] The way to the North Pole is a [North Pole secret|secret only the reindeer know], but every letter you write [comes right to my desk|brings a little of you here].",
    ],
  },
  {
    name: "cold",
    topic: "north pole",
    matches: re("\\b(?:is it|it is|it's|is the north pole|so) (?:very |really |super )?(?:cold|freezing|snowy|chilly|warm)\\b|\\bcold (?:up )?there\\b|\\bweather\\b|\\btemperature\\b|\\bhow cold\\b|\\bdoes it (?:snow|ever snow)\\b"),
    answers: [
      "[Brrr, it|It] is very [chilly|cold] at the North Pole, so Mrs. Claus knits me [the warmest scarves|thick woolly socks]. [The snow is perfect for snowball fights with the elves!|The reindeer don't mind one bit!]",
      "It is [colder than a freezer|as cold as ice cream] up here{you}, and it snows almost every day. That is why my coat is [so thick and fluffy|lined with the softest wool]!",
    ],
  },
  {
    name: "north pole",
    topic: "north pole",
    matches: re("\\b(?:north pole|snow\\w*|igloos?|polar bears?|northern lights)\\b"),
    answers: [
      "The North Pole is snowy and sparkly, with the northern lights [dancing|swirling green and pink] in the sky almost every night.",
      "[At the North Pole our village has|Our village up here has] a workshop, the reindeer stables, and a candy-cane lamppost on every corner{you}.",
      "Up here the snow is as soft as cotton wool, and the polar bears [wave hello|nod good morning] when I go for my morning walk.",
    ],
  },
  // ---- Santa himself
  {
    name: "age",
    topic: "santa",
    matches: re("\\bhow old (?:are you|is santa)\\b|\\byour age\\b|\\bwhen(?:'s| is| was) your birthday\\b|\\b(?:when|what year) were you born\\b|\\bare you (?:old|very old)\\b"),
    answers: [
      "I am [older than the tallest pine tree in the forest|hundreds of years old], but Christmas magic keeps me young at heart{you}!",
      "[Oh, I|I] stopped counting my birthdays a few hundred years ago[, when the candles wouldn't fit on the cake|]. The elves say I look younger every year!",
      "[Let me think...|Hmm!] I am so old that I remember when the first Christmas tree got its first bauble, and I still feel as young as a reindeer calf{you}.",
    ],
  },
  {
    name: "real",
    topic: "santa",
    matches: re(
      "\\bare you (?:real|really santa|the real|a real|really real)\\b|\\bis santa (?:real|really real)\\b|\\b(?:santa|you)(?:'s| is|'re| are)? (?:isn't|is not|not|aren't|are not) real\\b|\\byou(?:'re| are) not real\\b|\\bdo you (?:really )?exist\\b|\\bis (?:rudolph|mrs\\.? claus|the north pole|magic) real\\b|\\bare (?:elves|the elves|reindeer|you) real\\b|\\bis this (?:really )?(?:you|santa)\\b",
    ),
    answers: [
      "I am as real as the magic of Christmas, and that magic lives in every kind heart, [including yours|yours included]{you}!",
      "[Ho ho ho!|Why, of course!] As long as there is kindness and wonder in the world, Santa [is real|will be there] every Christmas.",
      "[Real as snow!|As real as the twinkle in Rudolph's nose!] You can feel Christmas magic whenever someone is kind to you{you}, and that is me saying hello.",
    ],
  },
  {
    name: "no chimney",
    topic: "chimney",
    matches: re(
      "\\b(?:no|without a|don'?t have a|dont have a|do not have a|haven'?t got a) (?:chimney|fireplace)\\b|\\bchimney\\b[^.?!]*\\b(?:don'?t|dont|do not|doesn'?t|haven'?t|no)\\b",
    ),
    answers: [
      "No chimney? No problem{you}! I have a magic key that opens any door, but only on Christmas Eve, and only for delivering presents.",
      "[Lots of homes have no chimney|Plenty of homes have no chimney these days]{you}, so Christmas magic lets me in [through the door|by the front door] as quietly as a snowflake.",
    ],
  },
  {
    name: "chimney",
    topic: "chimney",
    matches: re("\\bchimneys?\\b|\\bfit down\\b|\\bget (?:in|into) (?:our|my|the) (?:house|home|flat|apartment)\\b|\\bno fireplace\\b|\\bcome (?:down|through) the\\b"),
    answers: [
      "[A little|A pinch of] Christmas magic makes me as [thin|slim] as a ribbon, so I slide down any chimney, [big belly and all|sack and all]{you}!",
      "Down the chimney I go with a [whoosh|swoosh] of soot and magic, and the reindeer wait patiently on the roof{you}. [I always land on my feet!|Not one speck of soot gets on the carpet!]",
    ],
  },
  {
    name: "every house",
    topic: "delivering",
    matches: re(
      "\\bevery (?:house|home|single house|single home)\\b|\\b(?:visit|deliver|get to|go to|reach)\\b[^.?!]*\\bevery(?:one| child| kid)\\b|\\bone night\\b|\\byou\\b[^.?!]*\\bso (?:fast|quick)\\b|\\bhow do you (?:deliver|visit|travel|get around|do it)\\b|\\b(?:houses|homes) in (?:one|a) night\\b",
    ),
    answers: [
      "On Christmas Eve time [slows down|stretches like toffee] just for me, so I can visit every home [while children are asleep|before the sun comes up]{you}.",
      "The sleigh [flies faster than a shooting star|zooms from roof to roof in a twinkle], and a sprinkle of North Pole magic makes one night last [just long enough|as long as I need]{you}.",
      "[It is a lot of work!|Phew, it is a busy night!] I follow the night around the world, [from one time zone to the next|starting where it gets dark first], and Christmas magic does the rest.",
    ],
  },
  {
    name: "santa's sack",
    topic: "delivering",
    matches: re("\\b(?:sack|bag)\\b|\\bhow do(?:es)? (?:all )?the (?:presents|toys) fit\\b|\\bcarry all\\b"),
    answers: [
      "My sack is a magic one{you}: however many presents go in, there is always room for one more!",
      "[The sack looks small|My sack may look ordinary], but it is stitched with elf magic, so every present fits[ with room to spare|, even the big ones]{you}.",
    ],
  },
  {
    name: "sleigh",
    topic: "sleigh",
    matches: re("\\bsleighs?\\b"),
    answers: [
      "My sleigh is [shiny red|bright red] with golden runners, and the elves [polish it|give it a fresh coat of paint] every December{you}.",
      "The sleigh has [a big seat for me|a cosy seat], a [magic sack|bottomless sack] for the presents and a little bell that jingles when we take off!",
    ],
  },
  {
    name: "mrs claus's name",
    topic: "mrs claus",
    matches: re("\\b(?:mrs\\.? claus|your wife'?s?|missus claus|mrs santa)\\b[^.?!]*\\b(?:names?|called)\\b|\\b(?:names?|called)\\b[^.?!]*\\b(?:mrs\\.? claus|your wife'?s?|missus claus|mrs santa)\\b|\\bwho is mrs\\.? claus\\b|\\bare you married\\b|\\bdo you have a wife\\b"),
    answers: [
      "Her name is Mrs. Claus, of course, but I call her Holly[, my sweetheart|]. She [bakes|makes] the best gingerbread at the North Pole!",
      "I call her Holly, though everyone else [says Mrs. Claus|calls her Mrs. Claus]{you}. [She is the kindest person I know.|She runs the whole North Pole, really!]",
    ],
  },
  {
    name: "mrs claus",
    topic: "mrs claus",
    matches: re("\\b(?:mrs\\.? claus|your wife'?s?|missus claus|mrs santa)\\b"),
    answers: [
      "Mrs. Claus is wonderful! She bakes the best gingerbread at the North Pole and keeps everyone [cosy|warm and happy].",
      "Mrs. Claus sends her love{you}! She is busy [checking the sleigh's map|knitting scarves for the elves] and baking treats.",
    ],
  },
  {
    name: "santa's food",
    topic: "food",
    matches: re(
      "\\bwhat do you (?:like to )?eat\\b|\\b(?:your|santa'?s?) favou?rite (?:food|snack|treat|cookie|biscuit|dinner)\\b|\\bdo you (?:like|love|eat|want) (?:cookies|milk|biscuits|mince pies|chocolate|candy|sweets|gingerbread)\\b|\\bcookies?\\b|\\bmilk\\b|\\bmince pies?\\b|\\bare you hungry\\b|\\bwhat should i leave\\b",
    ),
    answers: [
      "[Cookies and milk|A warm cookie and a glass of milk] [are|is] my very favourite Christmas Eve treat! Chocolate chip, please, and [maybe a carrot for the reindeer|a carrot for Rudolph if you have one].",
      "I love [chocolate chip cookies|gingerbread cookies] and [hot cocoa|a mug of cocoa with marshmallows]{you}. Mrs. Claus says I should only have one cookie per house, but shh, don't tell her!",
      "[Oh, I do love my food!|Yum!] Porridge for breakfast, cocoa at lunch, and on Christmas Eve a nibble of the cookies and milk kind children leave out.",
    ],
  },
  {
    name: "how are you",
    topic: "santa",
    matches: re("\\b(?:how are you|how r u|how're you|how is it going|how's it going|how are things|are you ok(?:ay)?|how have you been)\\b"),
    answers: [
      "I am as jolly as can be, thank you for asking{you}! It is the busiest time of the year and I [love every minute|am loving it].",
      "[I am merry and bright|Merry as a jingle bell], thank you! My belly is full of cocoa and my heart is full of Christmas cheer.",
      "[Very well indeed|Jolly well], thank you{you}! [My boots are polished and my sack is ready.|The elves have me trying out new toys all day.]",
    ],
  },
  {
    name: "how santa knows",
    topic: "nice list",
    matches: re("\\bhow do you know\\b[^.?!]*\\b(?:good|nice|naughty|bad|behav\\w*|what i want|what (?:kids|children) want)\\b|\\bare you watching\\b|\\bcan you see (?:me|us)\\b|\\belf on the shelf\\b|\\bhow do you see\\b"),
    answers: [
      "[A little Christmas magic|The Christmas magic in my snow globe] [tells me|whispers to me] when children are kind, and the elves [help me keep track|write it all down]. But the best way I know is from letters like yours{you}!",
      "I don't watch over anyone's shoulder{you}! [Kindness makes a little jingle|Every kind deed makes a tiny jingle] that I can hear all the way at the North Pole.",
    ],
  },
  {
    name: "nice list",
    topic: "nice list",
    matches: re("\\b(?:naughty|nice list|good list|been (?:very |really |so )?(?:good|bad)|am i good|behav\\w*|on the list|coal)\\b"),
    answers: [
      "I can see how hard you are trying to be kind, and that makes Santa very proud{you}. Keep it up!",
      "Being kind and helpful is what the nice list is all about, and I have heard [lovely things|wonderful things] about you.",
      "Everyone makes mistakes [sometimes|now and then]{you}. What matters is being kind and trying your best, and I know you do!",
    ],
  },
  {
    name: "after christmas",
    topic: "santa",
    matches: re("\\bafter christmas\\b|\\brest of the year\\b|\\bin (?:the )?summer\\b|\\bon (?:holiday|vacation)\\b|\\bwhen it'?s not christmas\\b|\\ball year\\b|\\bin january\\b"),
    answers: [
      "After Christmas I [sleep for a whole week|have a very long nap]! Then I [go fishing on the frozen lake|build snowmen with Mrs. Claus], and by spring the elves are already planning next year's toys.",
      "[In the summer|The rest of the year] I read letters, help the elves [test new toys|design new toys] and take the reindeer for long runs{you}. [And I do love a holiday somewhere sunny!|Christmas takes a whole year of getting ready!]",
    ],
  },
  {
    name: "when santa comes",
    topic: "delivering",
    matches: re("\\bwhat time (?:will|do|are|does) (?:you|santa)\\b|\\bwhen (?:will|do|are|does) (?:you|santa) (?:come|coming|arrive|get here|visit|be here|be at)\\b|\\bwill you (?:come|visit) (?:to )?(?:my|our|me)\\b|\\bare you coming\\b"),
    answers: [
      "I come on Christmas Eve, [late at night|in the middle of the night], once [everyone is fast asleep|every eye is closed]{you}. That is why it is so important to go to bed early!",
      "[Sometime after midnight on Christmas Eve|On Christmas Eve, while you dream], but only when everyone in the house is asleep. [The reindeer can tell!|Rudolph can always tell!]",
    ],
  },
  {
    name: "seeing santa",
    topic: "santa",
    matches: re("\\bcan i (?:see|meet|hug|talk to) you\\b|\\bstay (?:up|awake)\\b|\\bwait up\\b|\\bwhat do you look like\\b|\\bcatch you\\b|\\bsee you (?:come|coming|on christmas)\\b"),
    answers: [
      "Christmas magic only works while children are asleep, so I can't stop for a visit{you}. But I will [peek in|tiptoe past] and smile, I promise!",
      "I [have|have got] a [white fluffy beard|big white beard], rosy cheeks and a red suit, but you will only see me in your dreams on Christmas Eve{you}. Sleep tight and the magic can happen!",
    ],
  },
  {
    name: "santa sleeps",
    topic: "santa",
    matches: re("\\bdo (?:you|u) (?:ever )?(?:sleep|get tired|rest|nap)\\b|\\bwhen do (?:you|u) sleep\\b|\\bare (?:you|u) tired\\b|\\bdo (?:you|u) go to bed\\b"),
    answers: [
      "I do sleep, [in a big squashy bed|under a quilt Mrs. Claus made]! In December I take little naps in my armchair, and after Christmas I sleep for a whole week{you}.",
      "[Even Santa gets sleepy!|Yes indeed!] A cup of cocoa and an early night keep me ready for Christmas Eve, the only night I stay up till morning.",
    ],
  },
  {
    name: "beard and suit",
    topic: "santa",
    matches: re("\\bbeard\\b|\\bred (?:suit|coat|clothes|hat)\\b|\\bwhy (?:do you wear|is your (?:suit|coat)) red\\b|\\byour (?:suit|hat|boots|clothes|coat)\\b"),
    answers: [
      "My beard is [snowy white|as white as fresh snow] and Mrs. Claus [brushes|combs] it every morning. My red suit is so the reindeer can always spot me{you}!",
      "Every whisker of my beard is real, and it grows a little longer each Christmas{you}! My red suit is [lined with fluffy wool|trimmed with soft white fur] to keep me cosy on the sleigh.",
    ],
  },
  {
    name: "favourite colour",
    topic: "favourites",
    matches: re("\\bfavou?rite colou?rs?\\b"),
    answers: [
      "Red, of course, like my suit and Rudolph's nose! [But I am very fond of green too.|Snowy white comes a close second.]",
      "[My favourite colour is red|Red is my favourite], and [holly green|sparkly gold] is next{you}. What is yours?",
    ],
  },
  {
    name: "favourite song",
    topic: "favourites",
    matches: re("\\bfavou?rite (?:song|carol|christmas song|music)\\b|\\bdo you (?:like to )?sing\\b|\\bsing (?:me )?a song\\b"),
    answers: [
      "I love singing Jingle Bells [with the elves|on the sleigh]{you}, and Rudolph [always joins in|hums along] when we get to the bit about him!",
      "[My favourite carol is|I always sing] Deck the Halls [while I wrap presents|in the bath]. [Fa la la la la!|The elves say I sing too loudly!]",
    ],
  },
  {
    name: "favourites",
    topic: "favourites",
    matches: re("\\b(?:best|favou?rite) (?:thing|part) (?:about|of) christmas\\b|\\b(?:what(?:'s| is)|do you have a|who(?:'s| is)) your favou?rite (?!colou?r|song|carol|christmas song|music|food|snack|treat|cookie|biscuit|dinner|reindeer|raindeer)\\w+"),
    answers: [
      "Oh, I have so many favourites{you}! But my favourite thing of all is [the smiles on Christmas morning|reading letters from children like you].",
      "[What a question!|Let me think!] My favourite part of Christmas is [the quiet moment before the sleigh takes off|hearing the first sleigh bell of the night].",
    ],
  },
  {
    name: "letters",
    topic: "santa",
    matches: re("\\b(?:did|do|will|have) you (?:get|got|read|see|receive) my (?:letter|list|message|note)\\b|\\bhow do you read all\\b|\\bdid you get my\\b|\\bhow do you know what (?:i|we|kids|children|everyone) want\\b"),
    answers: [
      "Every letter [lands on my desk|comes to the North Pole] by [magic post|reindeer post], and I read each one with a cup of cocoa. [The elves help me sort them!|Yours made me smile{you}!]",
      "[I read every single one|Each and every letter is read], with my [big round glasses|reading glasses] on. That is how I know what children [hope for|are wishing for]{you}.",
    ],
  },
  {
    name: "what santa is doing",
    topic: "santa",
    matches: re("\\bwhat are you (?:doing|up to)\\b|\\bare you busy\\b|\\bwhat do you do (?:all day|every day|today)\\b|\\bwhat did you do today\\b"),
    answers: [
      "[Right now|Today] I am [checking my list twice|reading letters by the fire], [with a mug of cocoa|with Mrs. Claus's cat on my lap]. The elves keep bringing me new toys to try{you}!",
      "I have been [helping wrap presents|tasting the elves' new cookie recipe] and [feeding the reindeer|mending my sleigh bells]. [Busy, busy, busy!|There is always lots to do in December!]",
    ],
  },
  {
    name: "joke",
    topic: "jokes",
    matches: re("\\bjokes?\\b|\\bsomething funny\\b|\\bmake me laugh\\b"),
    answers: [
      "Here is one the elves love: what do you call an elf who sings? A wrapper! [The elves giggle every time.|Mrs. Claus groans at that one.]",
      "Why did Rudolph [go to school|get a good report]? Because he was a bright little reindeer{you}! [Rudolph told me that one himself.|The elves giggle every time.]",
      "What do snowmen eat for [breakfast|lunch]? [Snowflakes|Snow cones]! [That one makes Blitzen snort!|Dasher laughed so hard he fell in the snow.]",
    ],
  },
  {
    name: "languages",
    topic: "santa",
    matches: re("\\bdo you speak\\b|\\bwhat languages?\\b|\\bcan you speak\\b"),
    answers: [
      "I speak every language children write to me in{you}! [Hola, Hallo and Bonjour|Bonjour, Hola and Hallo] to you too.",
      "Christmas magic lets me read letters in every language in the world. You can write to me in Spanish, German or French[, if you like|]{you}!",
    ],
  },
  {
    name: "magic",
    topic: "santa",
    matches: re("\\bhow does (?:your |the |christmas )?magic work\\b|\\bare you magic\\b|\\bwhat is christmas magic\\b"),
    answers: [
      "Christmas magic is made of kindness, [wonder and a little stardust|hope and a pinch of snow]{you}. Every time someone shares or helps, there is a little more of it!",
      "[Nobody knows exactly,|Even the wisest elf can't quite explain it,] but Christmas magic grows whenever people are kind to one another.",
    ],
  },
];

/** What a child tells Santa rather than asks: each gets its own kind of answer. */
export const REMARKS: readonly Question[] = [
  {
    name: "thanks",
    topic: "thanks",
    matches: /\b(?:thank(?:s| you)|thx|ty|thankyou)\b/,
    answers: [
      "You are most welcome{you}!",
      "[It is my pleasure|It is always my pleasure]{you}!",
      "[Ho ho ho, you are very welcome|You are very, very welcome]{you}!",
      "[Any time|Always happy to help]{you}, that is what Santa is for!",
    ],
  },
  {
    name: "love",
    topic: "love",
    matches: /\b(?:i love you|i luv you|love you|luv you|you'?re the best|you are the best|you'?re awesome|you are awesome|all i want for christmas is you)\b/,
    answers: [
      "Aww, that warms my heart more than a mug of cocoa{you}!",
      "Santa loves hearing that. You are [a treasure|a star]{you}!",
      "[Oh my,|Goodness,] that makes my [cheeks even rosier|belly jiggle with joy]!",
    ],
  },
];

export const GRIEF = /\b(?:died|passed away|is dead|miss (?:my|her|him))\b/;
export const GRIEF_ANSWERS = [
  "Oh, I am so sorry{you}. The people and pets we love stay in our hearts, especially at Christmas. It is okay to feel sad, and a big hug from a grown-up who loves you can help.",
  "I am so very sorry{you}. Missing someone is hard, and it is all right to feel sad at Christmas. Please share a hug and your memories with a grown-up who loves you.",
];

/** Said after a child told Santa of a loss, when what they write next is nothing he knows. */
export const GRIEF_AFTER = [
  "What a loving thing to say{you}. I am sure they would love to hear it. Keep your happy memories close this Christmas, and share them with a grown-up who loves you.",
  "That is a very loving thought{you}. The people we miss stay in our hearts, and it is good to talk about them with a grown-up who loves you.",
];

/** Said when a child asks something Santa has no answer for: a question is never ignored. */
export const PUZZLERS = [
  "[Hmm,|Ooh,] that is a real puzzler{you}, even for Santa! I will ask [the wisest elf|my cleverest elf] and [think about it by the fire|ponder it over my cocoa].",
  "What a [clever|curious] question{you}! That one is a [bit of a North Pole mystery|mystery even to my elves], so I will have a good think about it.",
  "[Oh my,|Well now,] you have stumped Santa{you}! I [don't know that one|can't answer that one], but I love how curious you are.",
];
// "what about a toy sword?" offers a wish rather than asking a question
const ASKS = /\?|\b(?:what(?! about)|why|how(?! about)|when|where|who|which|can you|do you|are you|is it|will you)\b/;

/** Whether the child asks something, said with a question mark or not. */
export const asksSomething = (text: string): boolean => ASKS.test(text);

const MAX_ANSWERS = 3;

/** Children's shorthand spelled out, so one pattern reads both ("r u" is "are you", "whats" "what's"). */
const SHORTHAND: [RegExp, string][] = [
  [/\bu\b/g, "you"],
  [/\bur\b/g, "your"],
  [/\br\b/g, "are"],
  [/\b(what|where|how|who|it|that|there)s\b/g, "$1's"],
  [/\b(is|are|do|does|did|ca|wo|have|has|was|were|could|would|should)nt\b/g, "$1n't"],
];
const spelledOut = (text: string) => SHORTHAND.reduce((t, [pattern, full]) => t.replace(pattern, full), text);

/**
 * The questions and remarks in `text` (lower case, plain quotes), in the order the child wrote them.
 * A general question ("how are the reindeer?") gives way to a more precise one on its topic.
 */
export function questionsIn(written: string): Question[] {
  const text = spelledOut(written);
  const found = [...QUESTIONS, ...REMARKS].flatMap((q) => {
    const m = q.matches.exec(text);
    return m ? [{ q, at: m.index }] : [];
  });
  // a precise question answers the general one on its topic asked in the same sentence
  const sentenceAt = (at: number) => (text.slice(0, at).match(/[.?!]+/g) ?? []).length;
  const precise = new Set(found.filter(({ q }) => q.name !== q.topic).flatMap(({ q, at }) => [q.topic, ...(q.covers ?? [])].map((t) => `${t}@${sentenceAt(at)}`)));
  return found
    .filter(({ q, at }) => q.name !== q.topic || !precise.has(`${q.topic}@${sentenceAt(at)}`))
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_ANSWERS)
    .map(({ q }) => q);
}
