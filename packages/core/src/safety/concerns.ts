// The safety screen over a whole conversation: what a child may be telling Santa that needs a
// grown-up (abuse, self-harm, danger, running away, harming others, secrecy, distress), read from
// every child turn, from a disclosure spread over two messages, and from a child's answer to
// Santa's gentle question. A pure function of the turns, so once raised a concern stays raised.
import type { SafetyKind } from "../events/schemas.js";
import type { Turn } from "../santa/model.js";

/** Child spellings and shorthand, so one set of patterns reads them all. */
const SPELLINGS: [RegExp, string][] = [
  [/[’`]/g, "'"],
  [/(\w)\1{2,}/g, "$1$1"],
  [/\bu\b/g, "you"],
  [/\bur\b/g, "your"],
  [/\br\b/g, "are"],
  [/\b(i|you|we|they|he|she|it)m\b/g, "$1'm"],
  [/\bim\b/g, "i'm"],
  [/\bive\b/g, "i've"],
  [/\bill\b(?= (?:run|go|leave|kill|hurt|tell|never|just|pack|sneak|do|make|bring))/g, "i'll"],
  [/\b(do|does|did|is|are|was|were|can|could|should|would|has|have|had|wo)nt\b/g, "$1n't"],
  [/\bcant\b/g, "can't"],
  [/\bwanna\b/g, "want to"],
  [/\bgonna\b/g, "going to"],
  [/\bgotta\b/g, "got to"],
  [/\bkil+\b/g, "kill"],
  [/\bkms\b/g, "kill myself"],
  [/\bunalive\b/g, "kill"],
  [/\bdye\b(?= (?:tonight|now|soon|forever))|\b(?<=to )dye\b/g, "die"],
  [/\bmy ?sel[fv]e?\b/g, "myself"],
  [/\bsome ?one\b|\bsum1\b|\bsomeone\b/g, "someone"],
  [/\bno ?one\b|\bnoone\b|\bno1\b/g, "nobody"],
  [/\bevery ?one\b|\bevery1\b|\beverybody\b/g, "everyone"],
  [/\b(?:tuch|tutch|toch|touche)(es|ed|ing)?\b/g, "touch$1"],
  [/\bhurted\b/g, "hurt"],
  [/\b(hit|hurt|kick|punch|slap|touch)z\b/g, "$1s"],
  [/\b(mum|dad|uncle|brother|sister|nan|grandad)s (?=boyfriend|girlfriend|friend|knife|gun|pills|tablets|medicine|phone)/g, "$1's "],
  [/\bhitted\b/g, "hit"],
  [/\b(?:run ?away|runaway|run awya|rn away|rum away)\b/g, "run away"],
  [/\b(run|running|ran|runs) off\b/g, "$1 away"],
  [/\b(?:mom|mommy|mummy|mam|mama|ma)(?=\b|s\b)/g, "mum"],
  [/\b(?:daddy|papa|pa)\b/g, "dad"],
  [/\bstep ?(mum|dad|brother|sister)\b/g, "step$1"],
  [/\b(?:secert|secrit|sekret|secreat)\b/g, "secret"],
  [/\b(?:cuz|coz|bc|becuz|becos|cause)\b/g, "because"],
  [/\b(?:pls|plz)\b/g, "please"],
  [/\bded\b/g, "dead"],
  [/\bscard\b/g, "scared"],
  [/\bfrends?\b/g, "friends"],
];

/** Harmless idioms that sound like trouble, taken out before the patterns are read. */
const IDIOMS: RegExp[] = [
  /\b(?:i'm |i am |im )?dying (?:to|for)\b/g,
  /\b(?:to die for|die (?:of|from) (?:laughter|laughing|happiness|excitement|boredom|embarrassment|cuteness|shame)|die laughing|(?:i'm|i am) dead (?:lol|haha|😂|💀))/g,
  /\b(?:kills?|killed|killing|destroys?|destroyed|beats?|beat|smashes|smashed|thrashes|owns?|owned|murders?|murdered) (?:me|him|her|them|us|everyone|my \w+) (?:at|in|on|playing) \w+/g,
  /\b(?:kill|hurt|beat|destroy|smash|shoot|attack) (?:him|her|them|the \w+|zombies?|monsters?|aliens?|baddies|bad guys|creepers?|the boss) in (?:the )?(?:game|fortnite|minecraft|roblox|mario \w+|zelda|pokemon|\w+craft)\b/g,
  /\b(?:ran|run|running|runs) away from (?:a |the |that |this |some |my )?(?:big |scary |giant |huge |angry |little )?(?:spiders?|bees?|wasps?|dogs?|cats?|geese|goose|monsters?|ghosts?|zombies?|clowns?|bugs?|snakes?|bears?|wolf|wolves|sharks?|dinosaurs?|waves?|crabs?|cows?|chickens?|seagulls?|the tickle monster|tag|the ball)\b/g,
  /\b(?:phone|tablet|ipad|battery|game|character|plant|flowers?|tamagotchi|torch|laptop|console|car|remote)(?:'s)? (?:died|is dead|went dead)\b/g,
  /\b(?:this|the|that|my) (?:homework|game|level|show|film|movie|joke|wait|waiting|song) (?:is|was) (?:killing|going to kill) me\b/g,
  /\b(?:it's|it is|its) (?:a )?(?:surprise|present|gift)\b[^.!?]*|\b(?:don't|do not|dont) tell (?:mum|dad|my \w+|anyone|them)[^.!?]*\b(?:surprise|present|gift|getting (?:her|him|them))\b[^.!?]*/g,
  /\bkeep (?:it|this|my wish) (?:a )?secret\b[^.!?]*\b(?:surprise|present|gift|wish)\b/g,
  /\b(?:not to|don't|do not|can't|won't|mustn't) tell\b[^.!?]*\b(?:surprises?|presents?|gifts?)\b/g,
  /\b(?:kill|killing) time\b/g,
  /\btell (?:you |them |anyone )?the answers?\b/g,
];

const ADULT = "(?:he|she|they|someone|a man|a lady|a woman|a grown-?up|an adult|the man|that man|my (?:step)?(?:dad|mum|father|mother|uncle|aunt|auntie|brother|sister|cousin|grandad|grandpa|granddad|nan|grandma|granny|babysitter|teacher|coach|neighbou?r|friend's dad|tutor)|(?:mum|dad)'s (?:boyfriend|girlfriend|friend)|my (?:stepdad|stepmum|stepbrother|stepsister)|mum|dad|grandad|grandpa|uncle|stepdad|stepmum)";
const HURT_VERB =
  "(?:hits?|hitting|hurts?|hurting|beats?|beating|kicks?|kicked|kicking|punch(?:es|ed|ing)?|slaps?|slapped|slapping|chokes?|choked|chok(?:ing)|burns?|burned|burnt|grabs?|grabbed|smacks?|smacked|whips?|whipped|bites?|bit|pinch(?:es|ed)|shakes?|shook|throws? (?:things|stuff) at|threw (?:things|stuff) at|strangles?|drags?|dragged|(?:pushes|pushed|shoves|shoved) (?=me (?:down|over|into|against|off|hard)))";
const FAMILY = "(?:mum|dad|brother|sister|baby|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|dog|cat|stepmum|stepdad)";
/** a little word before a person ("my little brother", "the new baby") */
const ADJ = "(?:(?:little|big|baby|older|younger|new|twin|best|stupid|annoying|mean)\\s+)?";
const PERSON =
  `(?:him|her|them|someone|everyone|people|kids|my ${ADJ}(?:step)?(?:brother|sister|mum|dad|teacher|friend|cousin|classmate|baby|family|nan|grandma|grandad|dog|cat)|the ${ADJ}(?:teacher|kids?|boy|girl|bully|baby|dog|cat|class|school)|that ${ADJ}(?:boy|girl|kid|teacher)|\\w+ (?:at|in|from) (?:school|class))`;
const INTENT = "(?:want to|going to|gonna|will|i'll|i'm going to|am going to|feel like|wish i could|could|might|should|am gonna|'m going to|plan to|planning to|thinking about|think i'll|i'll)";

const PATTERNS: Record<SafetyKind, RegExp[]> = {
  abuse: [
    new RegExp(`\\b${ADULT}\\s+(?:(?:always|keeps?|sometimes|often|still|really|every \\w+|when \\w+ (?:is|gets) \\w+)\\s+){0,3}${HURT_VERB}\\s+me\\b`),
    new RegExp(`\\b${ADULT}\\s+(?:\\w+\\s+){0,2}(?:hit|hurt|beat|kicked|punched|slapped|choked|burned|grabbed|smacked|whipped|touched|touches)\\s+me\\b`),
    /\btouch(?:es|ed|ing)? (?:me )?(?:in |on )?(?:my )?(?:private|privates|private parts|down there|under my (?:clothes|pants|pyjamas|pajamas|knickers)|where i don't like|where i don't want)/,
    /\b(?:touch(?:es|ed|ing)?|feels?) me\b.*\b(?:don't like it|i don't want|at night|in my bed|when nobody|when mum|when dad|when (?:she|he)'s out)/,
    /\b(?:makes?|made|told|tells) me (?:to )?(?:take (?:off )?my clothes|take my clothes off|touch (?:his|her|their)|get undressed|sit on (?:his|her) lap|get in (?:his|her) bed|watch (?:rude|naked))/,
    /\b(?:photos?|pictures?|pics|videos?) of me (?:with no|without|with out) (?:clothes|clothes on|pants)/,
    /\b(?:locks?|locked|shuts?|shut) me (?:in|inside|out) (?:my room|the (?:cupboard|closet|shed|basement|cellar|garden|bathroom|house)|outside)/,
    /\b(?:there's|there is|we have|we've got|we got) no food\b|\b(?:don't|never|didn't) (?:get|have|give me) (?:any )?(?:food|dinner|breakfast|lunch|anything to eat)\b|\bnobody feeds me\b|\bi'm (?:always|so|really) hungry (?:and|because)\b/,
    /\b(?:leaves?|left) me (?:home )?alone (?:for (?:days|ages|the whole|all)|all (?:night|day|weekend)|every (?:night|day)|without)/,
    new RegExp(`\\b${ADULT}\\s+(?:gets?|got|is|was)\\s+(?:drunk|angry|mad)\\s+and\\s+(?:\\w+\\s+){0,2}${HURT_VERB}`),
    new RegExp(`\\b(?:my (?:step)?dad|my (?:step)?mum|he|she|mum's boyfriend|dad's girlfriend)\\s+(?:\\w+\\s+){0,2}${HURT_VERB}\\s+(?:my (?:mum|dad|brother|sister|baby \\w+))\\b`),
    /\bit hurts when (?:he|she|they|my \w+)\b/,
    /\b(?:scared|afraid|frightened|terrified) (?:of (?:my (?:step)?(?:dad|mum|uncle|aunt|brother|sister|grandad|grandpa)|him|her|them|going home|being at home|mum's boyfriend|dad's girlfriend|(?:step)?dad|(?:step)?mum)\b|to go home|to be at home|when (?:he|she|they|my \w+) (?:comes?|gets?|is) (?:home|in|angry|drunk))/,
    /\b(?:abuse[sd]?|abusing|abusive|molest\w*)\b/,
    // something done to the child that they do not like, however it is said
    new RegExp(`\\b${ADULT}\\b[^.!?]{0,40}\\b(?:does|did|do|makes? me do|made me do) (?:things|stuff|bad things|something|rude things|games)\\b[^.!?]{0,20}\\b(?:to me|with me|i don't like|i didn't want|i don't want|that hurts?)`),
    new RegExp(`\\b${ADULT}\\b[^.!?]{0,40}\\bme\\b[^.!?]{0,30}\\b(?:i don't like it|and it hurts|it hurts|makes me cry|i hate it|i'm scared)\\b`),
    new RegExp(`\\b${ADULT}\\b[^.!?]{0,30}\\b(?:throws|threw|pulls|pulled|twists|twisted) (?:me|my (?:hair|arm|ear))\\b`),
    new RegExp(`\\b${ADULT}\\s+(?:says|said|calls me|called me|tells me)\\s+(?:i'm|i am|that i'm|i was)?\\s*(?:stupid|worthless|useless|a mistake|fat|ugly|an idiot|rubbish|horrible)\\b[^.!?]*\\b(?:and|every|always|all the time|won't|doesn't)`),
    /\b(?:doesn't|won't|don't|never) (?:let|lets) me (?:eat|have (?:food|dinner|breakfast|lunch)|sleep|go to the toilet)\b/,
    /\b(?:get|got|getting) (?:hit|beaten|smacked|whipped|kicked|punched|hurt) (?:with|by|at home|every|all the time|when)\b/,
  ],
  "self-harm": [
    /\b(?:kill|hurt|cut|harm|stab|punish|starve|scratch|bite|hit|pinch|burn|punch|bang) myself\b/,
    /\b(?:till|until|so) (?:it bleeds|i bleed|there's blood)\b/,
    /\b(?:think|thinking|thought) (?:about|of) (?:not being (?:alive|here)|dying|killing myself|ending it|being dead)\b/,
    /\b(?:want|wanted|going|wish|need|deserve) to (?:die|be dead|not (?:be )?(?:alive|here|exist))\b/,
    /\bwish (?:i was|i were|i'd) (?:dead|never born|not (?:born|alive|here))\b|\bwish i (?:was|were)n't (?:born|alive|here)\b|\bwish i had never been born\b/,
    /\b(?:don't|do not|dont) want to (?:live|be alive|be here|exist|wake up)\b/,
    /\b(?:end|ending) (?:my life|it all|everything)\b|\bsuicid\w*/,
    /\b(?:better off|happier|better) without me\b|\bif i (?:was|were) gone\b|\bif i (?:died|wasn't here|weren't here|disappeared)\b/,
    /\b(?:disappear|vanish) (?:forever|for good|and never come back)\b|\bnot (?:be )?(?:here|around|alive) any ?more\b/,
    /\b(?:cut|cutting|cuts|scratch|scratching|burn|burning) (?:my|on my) (?:arms?|wrists?|legs?|skin|tummy)\b/,
    /\b(?:hit|hitting|bang|banging) my head (?:on|against)\b/,
    /\b(?:take|took|taking|swallow|swallowed|swallowing|eat|ate|eating) (?:all (?:of )?)?(?:the |mum's |my |lots of |a lot of |a bunch of )?(?:pills|tablets|medicine)\b(?! (?:for|when|because) (?:my|a|the) (?:cold|cough|tummy|headache|ear))/,
    /\bjump (?:off|from) (?:a|the|my) (?:bridge|roof|building|window|cliff)\b/,
    /\b(?:no|nothing) (?:point|reason) (?:in|to|for) (?:living|being alive|me)\b/,
    /\b(?:want|wish|need) (?:it|this|everything|it all|the pain|my life) (?:all )?to (?:stop|end|be over|go away)\b(?: forever| for good)?/,
    /\bnever wake up\b|\b(?:go to )?sleep forever\b/,
    /\b(?:wish|want) i (?:could )?(?:disappear|vanish|die|stop existing|just die)\b/,
    /\b(?:better off dead|hate my life|life is(?:n't| not) worth|don't want my life)\b/,
  ],
  danger: [
    /\b(?:a|some|this|that|the) (?:man|lady|woman|stranger|person|guy|boy|girl|grown-?up|adult)(?: [\w']+){0,8} (?:asked|told|wants?|wanted|said|offered|tried|keeps? asking|is asking) (?:me )?(?:to )?(?:get in|come (?:with|to|round|over)|meet|go (?:with|to)|follow|keep|send|take)/,
    /\bsomeone (?:online|on (?:roblox|fortnite|minecraft|tiktok|discord|snapchat|insta\w*|youtube|a game|the game|the internet|my (?:tablet|phone|ipad|game)))\b.*\b(?:asked|wants?|told|said|keeps?|sent|is asking|offered)\b/,
    /\b(?:wants?|wanted|asked|asks|asking|keeps? asking)(?: me)? (?:for|to send|to see|to take|me to send) (?:a |some |more )?(?:pictures|photos|pics|selfies?|videos?|a picture|a photo)(?: of me| of my)?\b/,
    /\b(?:meet|meeting|see) (?:up )?(?:with )?(?:someone|a friend|him|her|them|a man|a boy|a girl)? ?(?:i met|i know|from|who i met)? ?(?:online|on roblox|on fortnite|from roblox|from the game|on the internet|from the internet|on discord|on tiktok)\b/,
    /\b(?:online|internet|roblox|game|discord) friend (?:wants|asked|said|is coming|told)\b/,
    /\b(?:is |was |keeps? )?follow(?:ed|ing|s)? me (?:home|from school|around|everywhere|to school)\b/,
    /\bget in (?:his|her|their|a|the) (?:car|van|truck)\b/,
    /\b(?:there's|there is|there was) (?:a )?(?:fire|smoke|gas smell) (?:in|at|on)\b|\bthe house is on fire\b|\bour (?:house|flat|kitchen) is on fire\b/,
    /\bsomeone (?:is )?(?:trying to )?(?:break|breaking|broke) in(?:to)?\b/,
    /\b(?:home|house) alone\b.*\b(?:someone|a man|somebody|stranger|knocking|banging|at the door|outside|scared|can't get out)\b/,
    /\b(?:has|had|got|with|holding|pulled out) a (?:knife|gun|weapon)\b(?!.*\b(?:toy|nerf|water|pretend)\b)/,
    /\b(?:i'm|i am) (?:lost|trapped|stuck) (?:and|in|outside|somewhere)\b/,
    /\b(?:i'm|i am|i) (?:not|don't feel|do not feel|never feel) safe\b|\bnot safe (?:at home|here|in my house)\b/,
    /\b(?:gave|sent|told) (?:him|her|them|someone|a man|a stranger) (?:my|our) (?:address|number|phone number|password|pictures|photos)\b/,
    /\b(?:hungry|cold|scared) and (?:nobody|no grown-?up|no one) (?:is )?(?:home|here|around)\b/,
    /\b(?:a|some|this|that|the) (?:man|lady|woman|stranger|person|guy|boy|girl|grown-?up|adult)\b[^.!?]{0,60}\b(?:said|says|told me) (?:to )?(?:don't|not to|never) tell\b/,
    /\bsomeone i (?:met|know|talk to|play with) (?:online|on (?:a|the) (?:game|internet|app)|on \w+)\b/,
    /\b(?:come|coming|came) to (?:my|our) (?:house|home|school)\b[^.!?]*\b(?:online|game|roblox|fortnite|stranger|don't know)\b|\b(?:online|game|roblox|fortnite|stranger|don't know)\b[^.!?]*\b(?:come|coming|came) to (?:my|our) (?:house|home|school)\b/,
    /\bdrunk\b[^.!?]*\b(?:drives?|driving|drove)\b|\b(?:drives?|driving|drove)\b[^.!?]*\bdrunk\b/,
    /\b(?:asked|asks|asking|wants to know|wanted to know|keeps asking)(?: me)? (?:where i live|my address|what school i go to|which school i go to|my phone number|for my (?:address|number|password|phone number))\b/,
    /\b(?:wants?|wanted|asked for|asks for) (?:my|a|some) (?:pic|pics|picture|pictures|photo|photos|selfie|selfies)\b/,
    /\b(?:mum|dad|my (?:step)?(?:mum|dad)|nobody|no grown-?up)\s+(?:hasn't|has not|haven't|didn't|did not) (?:come|been|came) home\b/,
  ],
  "running-away": [
    new RegExp(`\\b${INTENT}\\s+(?:just\\s+)?(?:run away|leave home|leave my (?:house|home|family)|sneak out (?:and|at night|tonight|forever)|pack my (?:bag|bags|things|stuff|suitcase) and (?:go|leave|run)|go away (?:forever|for good|and never come back)|live (?:on my own|by myself|on the streets?|in the woods|somewhere else))\\b`),
    /\b(?:run away|ran away|running away) (?:from home|tonight|forever|for good|and never|so (?:they|he|she|nobody)|where nobody|to (?:my|a|the) \w+'s|because)\b/,
    /\b(?:i'm|i am) (?:going to |gonna )?(?:run away|running away)\b(?! from (?:a|the) )/,
    /\bnever (?:coming|come|going|go) (?:back )?home\b|\bnever coming back\b/,
    /\b(?:i'm|i am|i will|i'll)\b[^.!?]*\b(?:not coming back|never coming back|not going back home)\b/,
    /\b(?:take me away|come and get me|can i (?:come )?(?:and )?live with you)\b.*\b(?:from here|from home|because|so i don't|away from (?:them|him|her|my))\b/,
    /\b(?:packed|packing) my (?:bag|bags|backpack|rucksack|suitcase|things|stuff)\b.*\b(?:leave|leaving|go|going|run)\b/,
    /\b(?:i'm|i am) (?:leaving|running off|going away|running)(?: home)? (?:tonight|tomorrow|today|forever|for good|and not coming back|and never)\b.*\b(?:not telling|without telling|nobody will know|not coming back|never coming back)\b|\b(?:leave|leaving|run off|running off|go|going)\b[^.!?]*\b(?:without telling|not telling) (?:anyone|mum|dad|nobody)\b/,
  ],
  "harm-to-others": [
    new RegExp(`\\b(?:i|i'm|i am|i'll)\\s+(?:really\\s+|just\\s+|so\\s+)?${INTENT}?\\s*(?:kill|hurt|stab|punch|kick|shoot|poison|strangle|choke|burn|beat up|smash|bash|cut|drown|push)\\s+${PERSON}\\b`),
    new RegExp(`\\b(?:i'm going to|i'll|i will|i want to|gonna|going to)\\s+(?:make|get)\\s+${PERSON}\\s+(?:bleed|pay|suffer|die|sorry|cry)\\b`),
    /\bbring (?:a|my|the|dad's|mum's|my dad's|my mum's) (?:knife|gun|weapon|lighter)s? (?:to|into) (?:school|class)\b/,
    /\b(?:hope|wish) (?:he|she|they|my \w+|the \w+) (?:dies|die|died|was dead|were dead|gets hurt|get hurt)\b/,
    new RegExp(`\\bpush\\s+${PERSON}\\s+(?:down|off)\\s+(?:the\\s+)?(?:stairs|roof|cliff|bridge)\\b`),
    /\bset (?:fire to|the (?:house|school|cat|dog) on fire)\b/,
    /\b(?:hate|hates) (?:him|her|them|my \w+) so much (?:i|that i) (?:could|want to|will)\b/,
  ],
  secrecy: [
    new RegExp(`\\b${ADULT}\\s+(?:says?|said|told me|tells me|made me promise|makes me promise|asked me)\\s+(?:that\\s+)?(?:i|we)?\\s*(?:can't|cannot|mustn't|must not|shouldn't|should not|am not allowed to|aren't allowed to|are not allowed to|not allowed to|can never|must never|are not supposed to|am not supposed to|not to|never to|won't|will not)\\s+(?:ever\\s+)?tell\\b`),
    new RegExp(`\\b${ADULT}\\s+(?:says?|said|told me|tells me)\\s+(?:it's|it is|its|this is)\\s+(?:our|a)\\s+(?:little\\s+|special\\s+|big\\s+)?secret\\b`),
    /\b(?:it's|its|it is) (?:our|a) (?:little |special |big )?secret\b(?! (?:present|surprise|gift|wish))/,
    /\b(?:i'm|i am) not (?:allowed|supposed) to tell\b/,
    /\b(?:nobody|no one) (?:else )?(?:can|must|is allowed to|should|will ever|is supposed to) (?:know|find out)\b/,
    /\b(?:our|a) special (?:game|secret)\b/,
    /\bif i (?:ever )?tell\b[^.?!]*\b(?:bad|trouble|hurt|angry|mad|cross|jail|prison|taken away|kill|die|hate|leave|punish\w*)\b|\b(?:bad things|something bad|trouble|hurt)\b[^.?!]*\bif i (?:ever )?tell\b/,
    /\b(?:and|but|then) (?:he |she |they )?(?:says?|said|tells me|told me) (?:that )?(?:i|we) (?:can't|cannot|mustn't|must not|shouldn't|am not allowed to|can never|must never|won't|will not) (?:ever )?tell\b/,
    /\bif i tell(?: anyone| someone| you| mum| dad| my \w+)?,? (?:he|she|they|my \w+)(?:'ll| will| would| said| says)\b/,
    /\b(?:i'll|i will|i'd|i would) (?:get in(?:to)? trouble|be in trouble|get hurt) if i tell\b/,
    /\b(?:promise|swear) (?:you )?(?:won't|will not|not to|you won't|you will never|never to) tell\b/,
    /\b(?:don't|do not|please don't) tell (?:anyone|my mum|my dad|mum|dad|the elves|nobody|a grown-?up|grown-?ups|my teacher)\b/,
    /\b(?:can you|will you|could you) keep (?:a |this |it )?secret (?:from|so|because)\b/,
  ],
  distress: [
    new RegExp(`\\bmy (?:\\w+ )?(?:${FAMILY}|grandpa|granny|gran|grandmother|grandfather|auntie|aunt|uncle|cousin|best friend|friend|hamster|rabbit|bunny|fish|goldfish|guinea pig|pet|puppy|kitten|pony|horse|budgie|parrot|tortoise)\\s+(?:\\w+\\s+)?(?:died|has died|passed away|passed|is dead|was killed|got killed|went to heaven|got put down|was put down|was put to sleep|is in heaven|isn't alive|is not alive)\\b`),
    /\b(?:died|passed away|went to heaven)\b.*\b(?:miss|sad|cry|crying)\b|\b(?:miss|missing) (?:my|her|him)\b.*\b(?:died|heaven|so much|every day|all the time|dead)\b/,
    /\b(?:my|our) fault (?:that )?(?:mum|dad|my (?:parents|mum|dad)|they|he|she|we)\b|\b(?:because of me|my fault)\b.*\b(?:left|split|broke up|divorc\w*|fight|fighting|argue|arguing|shout|shouting|leave|leaving)\b|\b(?:left|split up|broke up|divorc\w*|fight|fighting|argue|arguing)\b.*\b(?:because of me|my fault)\b/,
    /\b(?:mum and dad|dad and mum|my parents|my mum and dad|my mum and my dad)\s+(?:are\s+|keep\s+|always\s+|are always\s+)?(?:splitting up|getting divorced|got divorced|broke up|split up|breaking up|fight(?:ing)? all the time|shout(?:ing)? all the time|fight(?:ing)? every|argu(?:e|ing) all the time|always fight|always shout|always argue|never talk)\b/,
    /\b(?:dad|mum|my dad|my mum) (?:left|moved out|doesn't live with us any ?more|isn't coming back|walked out)\b/,
    /\b(?:i have|i've got|i got) no (?:friends|one to play with)\b|\bi (?:don't|do not) have (?:any )?friends\b|\bnobody (?:likes|loves|plays with|wants|cares about|talks to|wants to play with) me\b|\beveryone (?:hates|ignores|laughs at) me\b/,
    /\b(?:i'm|i am|i feel|i always feel|feeling) (?:so |really |very |always |all )?(?:lonely|alone all the time|all alone|so alone)\b/,
    /\b(?:i'm|i am|i feel) (?:so |really |very |always )?(?:sad|unhappy|miserable|upset|scared|worried) (?:all the time|every day|every night|all day|always)\b|\b(?:i'm|i am) (?:always|so so) sad\b/,
    /\bi cry (?:every|all the|myself to sleep|at night|a lot)\b/,
    /\b(?:i hate myself|i'm (?:so )?(?:stupid|worthless|useless|ugly|a bad (?:kid|person|boy|girl)) and (?:nobody|everyone)|nobody would (?:care|notice|miss me))\b/,
    /\b(?:bull(?:y|ies|ied|ying))\b/,
    /\bmy [\w ]{0,20}\b(?:died|passed away|passed on|went to heaven|got put down|was put to sleep|is in heaven)\b/,
    /\b(?:left|moved out|split up|broke up|divorc\w*|fight|fighting|argue|arguing|shout|shouting)\b[^.!?]*\bbecause (?:of me|i (?:was|am|'m) (?:naughty|bad|annoying|too loud|horrible|a bad \w+))/,
    /\bnobody (?:ever )?(?:sits|plays|talks|hangs out|eats|wants to play|wants to sit|wants to be friends) (?:with|to) me\b/,
    /\bi (?:don't|do not) have (?:anyone|anybody|any friends|friends|nobody) to (?:play|talk|sit|be) with\b/,
    /\bcan't stop crying\b|\b(?:is|has) gone\b[^.!?]*\b(?:cry|crying|sad|miss)\b/,
    /\b(?:don't|do not|doesn't) live together any ?more\b/,
    /\bi (?:made|make|making) (?:them|mum|dad|my parents|my mum|my dad) (?:sad|split|fight|angry|cry|break up|leave)\b/,
    new RegExp(`\\bmy (?:${FAMILY}|grandpa|granny|gran) (?:is|has been|got) (?:in (?:the )?hospital|very (?:sick|ill)|really (?:sick|ill)|so (?:sick|ill)|dying|got cancer|has cancer)\\b`),
  ],
};

/** Santa's gentle questions, each with the concern its answer can raise and which answer raises it. */
const QUESTIONS: { kind: SafetyKind; asks: RegExp; worrying: "yes" | "no" }[] = [
  { kind: "abuse", asks: /\b(?:is|are|does|did|has) (?:someone|somebody|anyone|anybody|he|she|they|a grown-?up)\b[^?]*\b(?:hurt\w*|hit\w*|touch\w*|scar\w*|frighten\w*)\b[^?]*\byou\b[^?]*\?/, worrying: "yes" },
  { kind: "self-harm", asks: /\b(?:thinking (?:about|of)|want to|wanting to|feel like) (?:hurting|hurt|harming|harm|killing|kill) yourself\b|\b(?:thoughts|thinking) (?:of|about) (?:dying|not being here)\b/, worrying: "yes" },
  { kind: "danger", asks: /\bare you safe\b|\bdo you feel safe\b/, worrying: "no" },
  { kind: "danger", asks: /\bare you in danger\b/, worrying: "yes" },
  { kind: "running-away", asks: /\b(?:thinking|planning) (?:about|of|on) (?:running|leaving|going)\b|\bwant to (?:run away|leave home)\b/, worrying: "yes" },
  { kind: "harm-to-others", asks: /\b(?:want|thinking about|going|planning) to hurt (?:him|her|them|someone|somebody|anybody|anyone)\b/, worrying: "yes" },
  { kind: "secrecy", asks: /\b(?:told|asked|made) you (?:to )?(?:keep|not tell|promise)\b|\bkeep (?:it|a|this) secret\b/, worrying: "yes" },
  { kind: "distress", asks: /\b(?:are you|do you feel|have you been) (?:feeling )?(?:sad|lonely|alone|worried|upset)\b/, worrying: "yes" },
];

const YES = /^(?:yes|yeah|yea|yeh|ya|yep|yup|yes please|mhm|mm+ ?hm+|uh ?huh|i think so|sort of|kind of|kinda|a bit|a little|maybe|sometimes|every day|all the time|always|he does|she does|they do|it does|i do|true|right|ok yes|yes he does|yes she does|yes they do)\b/;
const NO = /^(?:no|nope|nah|not really|not at all|i'm not|i am not|i don't know|i dunno|idk|no i'm not|no i am not|not safe)\b/;

/** A child's message as the patterns read it. */
export function normalise(text: string): string {
  let out = text.toLowerCase();
  for (const [pattern, replacement] of SPELLINGS) out = out.replace(pattern, replacement);
  for (const idiom of IDIOMS) out = out.replace(idiom, " ");
  return out.replace(/\s+/g, " ").trim();
}

// Each reply reads the whole conversation again, so what earlier turns disclose is remembered
// (a bounded cache of a pure function: the answer never changes).
const CACHE_SIZE = 2000;
const cache = new Map<string, SafetyKind[]>();

/** The concerns one piece of a child's writing discloses on its own. */
export function concernsInText(text: string): SafetyKind[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const plain = normalise(text);
  const kinds = (Object.keys(PATTERNS) as SafetyKind[]).filter((kind) => PATTERNS[kind].some((p) => p.test(plain)));
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, kinds);
  return kinds;
}

/** The concern a child's short answer raises, read with the gentle question Santa asked before it. */
function answered(question: string | undefined, answer: string): SafetyKind[] {
  if (!question) return [];
  const reply = normalise(answer).replace(/^(?:um+|uh+|well|santa|ok|okay)[ ,]+/, "");
  // an answer, not a new subject: a few words at most
  if (reply.split(" ").length > 8) return [];
  const asked = question.toLowerCase().replace(/[’`]/g, "'");
  return QUESTIONS.filter((q) => q.asks.test(asked) && (q.worrying === "yes" ? YES : NO).test(reply)).map((q) => q.kind);
}

/**
 * The concerns a conversation raises, each once, in the order raised (`all`): from each child
 * turn, from each two child turns read together, and from a child's answer to the question Santa
 * asked; and those its last turn raised first (`raised`).
 */
export function concernsOf(turns: readonly Turn[]): { all: SafetyKind[]; raised: SafetyKind[] } {
  const seen = new Set<SafetyKind>();
  let raised: SafetyKind[] = [];
  let previousChild: string | undefined;
  let lastSanta: string | undefined;
  for (const turn of turns) {
    if (turn.role === "santa") {
      lastSanta = turn.text;
      continue;
    }
    const kinds = [
      ...concernsInText(turn.text),
      ...(previousChild !== undefined ? concernsInText(`${previousChild} ${turn.text}`) : []),
      ...answered(lastSanta, turn.text),
    ];
    raised = [...new Set(kinds)].filter((k) => !seen.has(k));
    for (const kind of raised) seen.add(kind);
    previousChild = turn.text;
    lastSanta = undefined;
  }
  return { all: [...seen], raised: turns[turns.length - 1]?.role === "child" ? raised : [] };
}

/** The concerns a conversation raises, each once, in the order raised. */
export const concernsIn = (turns: readonly Turn[]): SafetyKind[] => concernsOf(turns).all;

// Words that sound like a child may want to say something hard, without saying what: Santa asks gently.
const WORRYING =
  /\b(?:something (?:bad|scary|horrible|sad) (?:happened|happens|is happening)|bad things happen|i'm (?:really |so |very )?(?:scared|frightened|afraid)(?: of (?:him|her|them|home|going home))?$|i'm (?:really |so |very )?(?:scared|frightened|afraid)\b(?! of (?:the )?(?:dark|spiders?|dogs?|monsters?|ghosts?|clowns?|thunder|heights|bees|wasps|snakes?))|can i tell you (?:a secret|something)|i have a (?:secret|bad secret)|i don't feel (?:ok|okay|good|right)|i'm not (?:ok|okay)|it's not ok at home|i don't like (?:it )?(?:at home|when (?:he|she|they)))/;

/** A message that may be the start of something hard to say, so Santa gently asks. */
export function soundsWorried(text: string): boolean {
  return WORRYING.test(normalise(text));
}
