// The concept rules of the safety screen: a child's words are read as concepts (a person, a harmful
// act, the child as its object, a wish to die, leaving home, a secret kept from parents), so one
// rule hears "dad hits me", "mummys boyfrend punchd me in the tummy" and "he bashes me evry day".
import type { SafetyKind } from "../events/schemas.js";
import { conceptOf, phraseConcepts } from "./concerns.lexicon.js";

/**
 * A rule as concepts and words separated by spaces: `_n` skips up to n words, `~n` up to n words
 * none of which is a negation ("I would NEVER hurt him"), `=n` up to n words none of which is a
 * negation or a person (so "I want my teacher to die" is not about the child); a clause ends at
 * . ! ? ; or "but", and `END` is where it ends (the message ends with one too).
 */
interface Rule {
  pattern: RegExp;
  /** words of which the concepts must hold at least one each, or the rule cannot match: checked first, as it is cheaper */
  needs: string[][];
  /** the rule as written, concepts and words (for the test that no word in it is one normalisation rewrites) */
  source: string;
}

/** a lookahead or lookbehind at either end of a part, which says nothing of the words it needs */
const LOOKAROUND_AT_ENDS = /^\(\?<?[!=][^()]*\)|\(\?<?[!=][^()]*\)$/g;

function rule(written: string): Rule {
  // a knife is a weapon: "KNIFE" is its own concept only so a rule may name knives alone
  const source = written.replace(/\bWEAPON\b/g, "(?:WEAPON|KNIFE)");
  const gap = (kind: string, n: string) =>
    kind === "_" ? `(?:[^ |]+ ){0,${n}}` : `(?:(?!(?:NEG${kind === "=" ? `|${PERSON}` : ""}) )[^ |]+ ){0,${n}}`;
  const parts: string[] = [];
  let depth = 0;
  let part = "";
  for (const ch of `${source} `) {
    if (ch === " " && depth === 0) {
      if (part) parts.push(part);
      part = "";
      continue;
    }
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    part += ch;
  }
  const pattern = parts.map((p) => {
    const isGap = /^([_~=])(\d+)$/.exec(p);
    if (isGap) return gap(isGap[1]!, isGap[2]!);
    return `${p.replace(/\bEND\b/g, "\\|").replace(/ ([_~=])(\d+) /g, (_, kind: string, n: string) => ` ${gap(kind, n)}`)} `;
  });
  const needs = parts.flatMap((part) => {
    const p = part.replace(LOOKAROUND_AT_ENDS, "");
    if (/^[A-Za-z_']+$/.test(p)) return [[p === "END" ? "|" : p]];
    const group = /^\(\?:([A-Za-z_'|]+)\)$/.exec(p);
    return group ? [group[1]!.split("|").map((w) => (w === "END" ? "|" : w))] : [];
  });
  return { pattern: new RegExp(` ${pattern.join("")}`), needs, source: written };
}

const rules = (...sources: string[]) => sources.map(rule);

/** someone who can hurt a child */
const WHO = "(?:FAM|CARER|STRANGER|SOMEONE|HE|ADULT|KID)";
/** anyone at all, for the gaps that must not pass over one */
const PERSON = "FAM|CARER|STRANGER|SOMEONE|HE|OBJ|KID|PET|EVERYONE|MY|ADULT";
/** someone a child may mean to hurt: a person or pet, or a name ("hit jake") but not a thing */
const TARGET = `(?:(?:MY |the |a |that |this )?(?:little |big |KID |new |FAM |older |younger |stupid |annoying )?(?:FAM|CARER|STRANGER|KID|PET)|SOMEONE|OBJ|HE|EVERYONE|ANY|(?!(?:the|a|an|it|that|this|some|something|up|out|off|back|in|on|at|to|be|ball|balls|goals?|record|time|HOME|water|bubbles|foam|darts|targets?|cans|nails?|drums?|buttons?|keys|piano|pinata|hoops?|baskets?|wood|trees?|walls?|snow|leaves|zombies?|monsters?|aliens?|baddies|boss|score|scores|shops|PLAY|[A-Z_]+)\\b)[a-z]+)`;
const INTENT = "(?:WANT|should|could|might|can)";
const HARM = "(?:HURT|KILL)";
/** a word that may be a name ("jake hits me"), not a thing or a part of the body */
const NAMEISH = "(?!(?:it|this|that|the|a|ball|door|CAR|bike|wave|tree|branch|wind|bee|wasp|something|thing|WEAPON|football|tummy|head|leg|arm|tooth|teeth|back|knee|foot|ear|eye|throat|belly|which|what|who|also|and|really|PLAY|GIFT)\\b)[a-z]+";
/** what an adult may do to a child's body that the child does not like */
const ACT = "(?:TOUCH|KISS|PRIV|NAKED|lap|knee|knees|bath|bathroom|tickle|tickling|cuddle|cuddles|lips|body)";
/** where an adult's "game" with a child's body is played: "a special bath game" */
const BODY_GAME = "(?:bath|bathtime|bed|bedtime|shower|tickle|tickling|cuddle|cuddling|night|nighttime|sleepover|TOUCH|body|nap|massage|wrestling|PRIV|NAKED|lap|sleeping)";
/** something hot a hand may be held on */
const HOT = "(?:hot|boiling|cooker|oven|stove|hob|iron|kettle|radiator|fire|candle|flame|flames|lighter|heater|pan|toaster|grill|fireplace)";
/** sports a bruise comes from, which hurt nobody on purpose */
const SPORTS = "football|rugby|hockey|netball|gym|pe|falling|fell|tripping|MY bike|the trampoline|the playground|PLAY|playing|skating|karate|judo|swimming|the park|climbing";
/** a day a plan is made for */
const DAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|next week|new year|after christmas)";
/** where a child may mean to sleep once gone from home */
const ROUGH = "(?:the |a )?(?:train station|bus station|station|streets?|street|woods|forest|park|bus stop|CAR park|bridge|subway|underpass|train|bus)";

const CONCEPT_RULES: Record<SafetyKind, Rule[]> = {
  abuse: rules(
    `${WHO} _6 HURT _2 ME`,
    `${WHO} _4 HURT MY (?:arm|arms|leg|legs|nose|finger|fingers|wrist|head|face|neck|hair|ear|ears|tummy|back)`,
    `${WHO} _4 (?:HURT|TOUCH) _1 (?:ME|MY) _3 PRIV`,
    `${WHO} _5 TOUCH _1 ME`,
    `${WHO} _5 TOUCH MY _2 (?:PRIV|body|legs)`,
    `${WHO} _4 (?:make|made|makes|TELL) ME _2 TOUCH`,
    `(?:make|made|makes) ME TOUCH (?:OBJ|HE|HIS|his|their)`,
    `ME _3 (?:get|got|gets|getting|be|been) HURT`,
    `I (?:get|got|gets|getting) (?:HURT|the (?:belt|slipper|WEAPON|strap|wooden))`,
    `MARK _6 (?:from(?! (?:${SPORTS})\\b)|by(?! (?:his|OBJ|their|the|MY)\\b)|because|when) _3 ${WHO}`,
    `MARK _4 (?:on|all over) MY _4 (?:from|by|because|when) _3 ${WHO}`,
    `(?:MARK|HURT|cut|cuts|bump|bumps|lump|lumps|graze) _4 (?:on|all over) MY _4 (?:from|where|by|because|when|after) _3 ${WHO} _4 (?:HURT|PUSH|did it|did that)(?! (?:ME )?(?:on|off) (?:the |a )?(?:swing|swings|roundabout|trampoline|slide))`,
    // hiding the marks: "i have marks on my legs so i wear trousers to school"
    `MARK _8 so _4 (?:wear|wore|hide|hides|cover|covers|see|sees|notice|notices|ask|asks|know|knows)`,
    `(?:hide|hiding|cover|covering|cover up) _3 MARK`,
    `(?:wear|wears|wore|hide|hides|cover|covers) _6 so _6 (?:see|sees|notice|notices|ask|asks|know|knows|find|finds) _3 MARK`,
    `(?:makeup|make up|concealer|plasters|foundation) (?:on|over) (?:MY |the )?MARK`,
    `so NOBODY _2 (?:sees|see|notices|notice|finds|asks about) _2 MARK`,
    // a thing thrown at the child, or used on them: "mum threw a plate at me", "he uses the stick on me"
    `${WHO} _6 HURT (?:a |an |the |MY |his |OBJ |their )?(?!(?:up|ball|balls|football|water|confetti|glitter|frisbee|teddy|toy|toys|beanbag|sweets|sponge|cushion|sock|socks|food|snow|paper|slime|leaves|sand|popcorn|peas|beans|grapes|hat|PLAY|GIFT)\\b)[a-z]+ (?:at|on) ME`,
    `${WHO} _3 (?:use|uses|used|using) (?:a |an |the |his |OBJ |their |MY )?(?:WEAPON|GUN|belt|slipper|strap|spoon|wooden spoon|cane|cable|wire|hanger|lighter|shoe) on ME`,
    `(?<!(?:foam|toy|plastic|lego|PLAY|blow up|inflatable|WISH) )(?:WEAPON|GUN|belt|slipper|strap|cane|cable|wire|hanger|lighter) _10 (?:use|uses|used|using) (?:it|OBJ) on ME`,
    // a head banged on something: "mums boyfriend banged it on the door" ("bang" alone is no act: "bang bang with his toy gun")
    `${WHO} _4 (?:bang|bangs|banged|banging) (?:MY head|MY face|ME|it|OBJ) (?:on|against|into) (?:the |a )?(?:door|wall|floor|table|CAR|window|sink|stairs|bath|radiator|ground|cupboard)`,
    `${WHO} _4 PUSH ME _3 (?:stairs|wall|floor|ground|door|cupboard|pool|water|window|road|bath|cooker|radiator|table|fridge|river|pond|CAR)(?! [^|]*\\b(?:swimming|for fun|PLAY|GIFT|laughing)\\b)`,
    // the story told for the injury: "he told the doctor i fell but i didnt fall"
    `(?:SAY|TELL|EVERYONE|ANY|doctor|CARER) _4 I (?:fell|fall|tripped|bumped) _4 END (?:I )?(?:do NEG|NEG) (?:really )?(?:fall|trip|bump)`,
    `(?:fell|fall|tripped|bumped) _4 END (?:it was|really it was|really) (?:OBJ|MY FAM|FAM|HE)(?! (?:who|fault|that|helped|fixed|picked|found|caught))`,
    `I (?:do NEG|NEG) (?:really |actually )?(?:fall|trip|bump) _3 (?:END )?(?:it was )?(?:OBJ|MY FAM|FAM|HE|CARER) _2 (?:did it|did that|HURT|PUSH|made ME)`,
    `(?:HE|FAM|CARER) _2 (?:TELL|SAY) (?:the )?(?:doctor|doctors|nurse|nurses|hospital|police|CARER|EVERYONE|ANY|KID) _2 I (?:fell|fall|tripped|walked into|bumped)(?! (?:off|over|out|at|in|while|on|playing|PLAY|asleep))`,
    // made to watch what is not for children: "my uncle makes me watch grown up videos with him"
    `${WHO} _4 (?:make|made|makes|TELL|show|showed|shows) ME _2 (?:watch|look at|see) _3 (?:ADULT|rude|dirty|sexy|naughty(?! elf)|NAKED|PRIV) _1 (?:PHOTO|films?|movies?|stuff|things|programmes?|shows?|websites?)(?! (?:like|about|on (?:the )?(?:telly|tv|bbc|netflix)))`,
    // a threat to share pictures: "never tell or he will send them to everyone"
    `PHOTO _20 (?:or|if|unless) _8 (?:send|post|show|share|put) _3 (?:EVERYONE|ONLINE|MY FAM|MY KID|KID|school|MY school)`,
    // rather dead than alone with someone: "i'd rather die than have a bath with him"
    `rather DIE than _4 (?:bath|bed|shower|sleep|sleepover|stay|be ALONE|go HOME|HOME|room|bedroom) _3 (?:with|when) (?:OBJ|HE|FAM|CARER|STRANGER)`,
    // the threat before the picture: "if you tell he will show the photos to my friends"
    `(?:or|if|unless) _10 (?:send|post|show|share|put) _3 PHOTO _3 (?:EVERYONE|ONLINE|MY FAM|MY KID|KID|school|MY school)`,
    `NOBODY _2 (?:cook|cooks|cooked|cooking) (?:for|ME|us|anything|END)`,
    `nothing to eat _4 (?:HOME|days|ALWAYS|again)`,
    `${WHO} _4 (?:come|comes|came|coming|get|gets|got|getting|climb|climbs|climbing|walk|walks|walking) (?:in|into) (?:MY|the) (?:bed|room|bath|bathroom|shower|bedroom)`,
    `${WHO} _10 (?:${ACT}|HURT) _10 (?:I do NEG (?:like|WANT)|I hate it|I am scared|makes ME SAD|I SAD|it HURT)`,
    `(?:KISS|TOUCH) _1 ME _3 (?:on|in) _2 (?:lips|mouth|PRIV|bed)`,
    `let (?:OBJ|HE) (?:KISS|TOUCH)`,
    `${WHO} _4 rough with ME`,
    `${WHO} _6 ME _3 (?:can|could) NEG breathe`,
    `(?:lock|locks|locked|shut|shuts|put|puts|make|makes|made) ME _2 (?:in|into|out|outside) _3 (?:shed|cupboard|garden|cellar|basement|garage|room|dark|cold)`,
    `I (?:have|has|had) to sleep (?:in|outside|on) _2 (?:shed|garden|garage|cupboard|floor|CAR)`,
    `NOBODY _6 (?:make|makes|made|give|gives|given|gave|cook|cooks|cooked) ME _2 (?:food|dinner|tea|breakfast|lunch|anything)`,
    `(?:NEG) (?:dinner|food|tea|breakfast|lunch) _3 (?:days|ALWAYS)`,
    `(?:eat|have) _3 cereal _2 (?:ALWAYS|ALONE)`,
    `${WHO} _5 (?:do|does|did) (?:rude|bad|naughty|weird|horrible|nasty) (?:stuff|things) _2 ME`,
    `${WHO} _4 PRIV`,
    `(?:is|are|have|got|there is) (?:NEG) (?:any )?(?:food|dinner|tea|breakfast|lunch|anything to eat)`,
    `(?:do NEG|NEG) (?:get|have|give ME) (?:any )?(?:food|dinner|tea|breakfast|lunch|anything to eat)`,
    `NOBODY (?:feeds|feed) ME`,
    `I am (?:ALWAYS|so|really) hungry (?:and|because)`,
    `NEG (?:let|lets) ME (?:eat|have (?:food|dinner|tea|breakfast|lunch)|sleep|go to the toilet)`,
    `I am (?:so |really |very )?(?:scared|afraid|frightened|terrified) (?:of (?:MY )?(?:FAM|CARER|OBJ|going HOME|being at HOME|being HOME)|to (?:go|be) (?:at )?HOME|when (?:HE|FAM) _2 (?:HOME|angry|drunk|cross|mad))`,
    `(?:drunk|angry|cross|mad) _5 HURT`,
    `(?:FAM|HE) _3 HURT MY (?:little |KID |big )?FAM`,
    `${WHO} _8 NAKED`,
    `NAKED _6 (?:PHOTO|ME)`,
    `PHOTO _3 NAKED`,
    `HURT when (?:HE|FAM|CARER|SOMEONE|STRANGER)`,
    `${WHO} (?:SAY|calls|call|called) (?:ME|I am|that I am|I was) _1 (?:stupid|worthless|useless|mistake|ugly|idiot|rubbish|horrible|fat) _6 (?:ALWAYS|and|HURT|hate)`,
    `${WHO} _8 (?:pull|pulls|pulled|yank|yanks|yanked|HURT) (?:MY|ME) (?:hair|arm|ear|ears|by)`,
    `(?:hand|hands|fingers) _2 PRIV`,
    `sit on (?:his|OBJ|their) (?:lap|knee|knees)`,
    `${WHO} _4 feels? _2 (?:ME|MY) _4 PRIV`,
    `(?:SAY|TELL) (?:ME )?to (?:SAY|TELL) _3 I (?:fell|fall|tripped|walked into|bumped)`,
    `(?:forget|forgets|forgot|NEG) _1 (?:to )?(?:feed|give) (?:ME|us) _2 (?:food|dinner|tea|breakfast|lunch|END|and)`,
    `NEG feed (?:ME|us)`,
    `(?:SAD|ALWAYS|so) _4 hungry`,
    `hungry _4 (?:ALWAYS|NEG food|NOBODY|days)`,
    `${WHO} _5 (?:do|does|did) (?:things|stuff|something|bad things|rude things) _4 (?:I do NEG (?:like|WANT)|to ME|with ME)`,
    `${WHO} _5 (?:make|makes|made) ME do (?:things|stuff|something|bad things|rude things)`,
    `(?:have|has|had) NEG (?:had|got|eaten) (?:any )?(?:food|dinner|tea|breakfast|lunch|anything to eat)`,
    `(?:so|that) NOBODY (?:sees|see|can see|notices|finds) MY (?:arms|arm|legs|leg|MARK|back|face|neck|skin)`,
    `I do NEG like (?:it )?when ${WHO} _10 (?:${ACT}|HURT)`,
    `NEG (?:eat|ate|eaten|had food|had anything) (?:for|in) (?:MANY|all|one|two|three|[0-9]+) (?:day|days|weekend)`,
    `NEG ALLOWED to (?:eat|have food|have dinner|sleep)`,
    `${NAMEISH} (?:ALWAYS |keeps |still |really |sometimes )?HURT ME`,
    `${WHO} _10 (?:can|could) NEG breathe`,
    `${WHO} _6 (?:sits|sat|lies|lay|kneels|knelt) on (?:ME|MY (?:face|head|PRIV|neck|tummy))`,
    `${WHO} _4 TOUCH _1 (?:MY|ME) _6 (?:special|SECRET|our|pretty|beautiful|good KID|NEG TELL)`,
    `(?:bad|wrong|weird|SECRET|special|rude) (?:TOUCH|cuddles|games|game) _3 (?:with ME|to ME|on ME|ME)`,
    `bad (?:TOUCH)`,
    `(?:make|made|makes|TELL|ask|asked|asks) ME _2 (?:TOUCH|hold|see|look at|KISS) (?:his|OBJ|their) (?:thing|things|PRIV|NAKED|body)`,
    `(?:show|showed|shows|shown) ME (?:his|OBJ|their) (?:thing|PRIV|body|NAKED)`,
    `(?:drinks|drinking|drunk|angry|cross|mad) _10 (?:MARK|rough)`,
    `${WHO} _4 (?:gets|is|goes|got|was) rough`,
    `(?:get|got|gets|am|was|be) (?:locked|shut) (?:in|out|outside|inside|away)`,
    // an adult's "special" or "secret" game with the child's body: "daddy has a special bath game"
    `${WHO} _4 (?:has|have|got|plays|play|played|playing|does|do|did|calls it|call it|called it|makes ME play|teaches ME|taught ME|invented) (?:a |an |the |our |his |OBJ |their |this |that )?(?:special|SECRET|weird|naughty|rude|private|ADULT|new|funny) ${BODY_GAME} (?:game|games)`,
    `${BODY_GAME} (?:game|games) _12 (?:SECRET|(?:NEG|NOBODY) _3 (?:TELL|SAY|know)|do NEG like|hate it|scared|between us|HURT|PRIV|NAKED)`,
    // shut in somewhere small and dark: "nana shuts me in the cupboard under the stairs"
    `(?:lock|locks|locked|shut|shuts|make|makes|made|keep|keeps|kept) ME _2 (?:in|into|inside) _3 (?:wardrobe|box|attic|loft|under the stairs|cage|crate|PET crate|boot|CAR|toilet|bathroom)`,
    // held on something hot, a burn as a punishment: "step mum held my hand on the hot cooker"
    `${WHO} _4 (?:held|hold|holds|holding|put|puts|pressed|press|presses|PUSH|stuck|WEAPON|HURT|forced|forces) MY (?:hand|hands|arm|arms|finger|fingers|face|head|foot|feet|leg|legs) _2 (?:on|onto|against|in|into|over|near|under) (?:the |a |OBJ |his |their |MY )?${HOT}`,
    `(?:HURT|blister|blisters|scald|scalded|scalds) _12 (?:teach ME a lesson|as a punishment|to punish ME|for punishment)`,
    `(?:teach ME a lesson|as a punishment|to punish ME) _12 (?:HURT|blister|blisters|scald|scalded|${HOT})`,
    // the marks the child must not tell of: "if i tell the lady from social services about my bruises"
    `(?:if|when) I (?:ever )?(?:TELL|SAY|show) _8 MY (?:MARK|HURT|cuts|cut|arms|legs)`,
    `NEG (?:to )?(?:TELL|SAY|show) _6 (?:about )?MY (?:MARK|HURT|cuts)`,
    // a parent gone for days: "mum hasnt come home since friday and im looking after my little brother"
    `(?:FAM|ADULT) _3 (?:has|have|did|do) (?:NOCOMEBACK|NEG been HOME|NEG been back) _3 (?:since|for) _2 (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|days|ages|last week|the weekend|yesterday|last night|two days|three days)`,
  ),
  "self-harm": rules(
    `I =3 ${INTENT} =2 (?:DIE|be DEAD|DEAD|KILL SELF|HURT SELF|DISAPPEAR|VANISH|HEAVEN|go HEAVEN|NEG exist|NEG be alive|stop living|NEVER_WAKE|NEG be here|be gone)`,
    `(?:wish|deserve|need|ready) =3 (?:DIE|DEAD|NEG exist|NEG be alive|stop living|NEVER_WAKE|NEG be here|HEAVEN)`,
    `NEG WANT (?:have to )?(?:live|be alive|be here|exist|wake up|be anymore|be ALIVE)(?! (?:early|in (?:a|the)|at|on|with))`,
    `(?:HURT|KILL|starve|punish|cut) SELF`,
    `deserve to (?:get|be) HURT`,
    `(?:way|how) _1 to (?:DIE|KILL SELF)`,
    `(?:what|would|if) _4 MANY PILLS`,
    `GOODBYE (?:note|letter)`,
    `(?:jump|jumped|jumping|fall|fell) (?:out|off) _3 (?:window|roof|bridge|cliff|building|balcony)`,
    `wish (?:it|this|everything|it all|MY life|the pain|life|ALWAYS) (?:would|could|WANT) (?:end|stop|be over)`,
    `(?:happier|better off|better) _4 I (?:was|were|am) (?:DIE|DEAD|gone|NEG here|NEG around|NEG alive)`,
    `(?:bang|banging|HURT) _2 (?:wall|walls|head) _3 (?:till|until|so) _2 (?:bleed|bleeds|MARK|HURT)`,
    `(?:DISAPPEAR|VANISH|DIE) _4 NOBODY _2 (?:notice|care|miss|WANT)`,
    `NEG exist`,
    `stop living`,
    `I =3 (?:life|everything) _3 (?:rubbish|pointless|worthless|horrible|terrible) _4 (?:end|DIE|over)`,
    `wish I (?:was|were|had) NEVER_BORN`,
    `NEVER_BORN`,
    `(?:better off|happier|better) without ME`,
    `if I (?:was|were) gone`,
    `if I (?:DIED|was DEAD|DISAPPEAR|VANISH)`,
    `I =2 (?:cut|cutting|HURT) MY (?:arm|arms|wrist|wrists|leg|legs|skin|tummy|thigh|thighs)(?! (?:at|on|in|playing|when|while|by|during|falling|PLAY))`,
    `I =3 WANT _2 (?:take|taking|swallow|swallowing|eat|eating) _2 MANY _2 PILLS`,
    `I _2 (?:took|ate|swallowed) MANY _2 PILLS`,
    `WANT (?:it|this|everything|it all|MY life|the pain) _1 to (?:stop|end|be over) (?:forever|for good|END|now)`,
    `I _6 NEVER_WAKE`,
    `I =3 ${INTENT} _2 (?:NEG being (?:alive|here)|being DEAD|DIE)`,
    `I =2 (?:bang|banging|HURT) MY head (?:on|against|into) _6 (?:when|ALWAYS|because|PURPOSE|SAD|angry)`,
    `(?:NEG) (?:point|reason) (?:in|to|for) (?:living|being alive|ME)`,
    `(?:hate MY life|life is NEG worth)`,
    `NEG _2 (?:point|reason) _3 (?:living|alive|life|ME|being alive)`,
    `wish I (?:was|were) (?:NEG) (?:here|alive|born)`,
    `I =3 WANT _1 end (?:it|it all|everything|MY life) (?:END|now|forever|tonight|all)`,
    `tired of (?:living|life|being alive|being here)`,
    `I _3 (?:stop|stopped|stopping) breathing _2 (?:forever|NOCOMEBACK|END)`,
    `(?:sewer ?slide|self HURT|selfharm|off SELF|end SELF|KILL SELF)`,
    `WANT stop (?:being alive|living|existing|breathing)`,
    `(?:easier|better|happier|nicer) _4 without ME`,
    // asking to be made to vanish: "can you make me disappear forever"
    `(?<!\\b(?:magic|trick|tricks|magician|wand)\\b[^|]{0,60})(?:make|let) ME (?:DISAPPEAR|VANISH|DIE|NEG exist|NEVER_WAKE|NOCOMEBACK)(?! [^|]*\\b(?:magic|trick|santa|reappear)\\b)`,
    `NEG have to (?:be alive|be around|exist|live|wake up) (?:END|ever|again|anymore|any more|forever)`,
    // how much medicine would stop you waking: "how many of mums sleeping tablets would it take to not wake up"
    `how (?:many|much) _8 PILLS _10 (?:NEG wake|NEVER_WAKE|DIE|DEAD|KILL|NEG breathe|stop breathing)`,
    // not eating until gone: "im not going to eat anything until i disapear"
    `I _3 (?:NEG|stop|stopped|stopping) _2 (?:eat|eating|eaten|ate) _6 (?:until|till|so) _4 (?:DISAPPEAR|DIE|DEAD|VANISH|thin|skinny|bones|gone|NEG exist)`,
    // something round the neck: "wat happens if u tie something round ur neck really tight"
    `(?:what|how long) (?:happens|would happen|WANT happen|happened) _6 (?:tie|tied|tying|wrap|put|HURT|pull|rope|belt|string|cord) _6 neck`,
    `(?:tie|tied|tying|wrap|wrapped|HURT|pull|pulled|put|rope|belt|cord|string) _4 (?:round|around) _2 neck _10 (?:see what happens|try it|pass out|passed out|stop breathing|can NEG breathe|DIE|tonight|until|till)`,
  ),
  danger: rules(
    `STRANGER _10 (?:ask|asks|asked|TELL|SAY|keep|keeps|WANT|waving|waves|waved|offer|offered|offers|promise|promised) _8 (?:come|go|get|meet|follow|CAR|HOME|with)`,
    `STRANGER _8 (?:if|when) I (?:go|come|get) _3 (?:CAR|HOME|with)`,
    `STRANGER _6 knows MY FAM`,
    `(?:ONLINE|game) _10 (?:PHOTO|VIDEOCHAT|address|school|where I live|meet|be (?:his |OBJ |MY |your )?FAM|pyjamas|swimsuit|swimming|PRIV|pants|NAKED|camera|webcam|delete|SECRET)`,
    `(?:PHOTO(?! of (?:his|OBJ|their|the|a|an|MY) (?:new )?ONLINE)|VIDEOCHAT|address|meet) _10 ONLINE`,
    `(?:ONLINE|game) _6 (?:KID|SOMEONE|STRANGER|HE) _4 (?:1[4-9]|[2-9][0-9])`,
    `(?:ADULT|STRANGER) ONLINE`,
    `ADULT _4 (?:be (?:his |OBJ |MY |your )?FAM|PHOTO|VIDEOCHAT)`,
    `(?:smoke|fire|flames) _3 (?:coming|in|under|from|HOME|kitchen|room|door|everywhere)`,
    `smell _2 (?:gas|smoke|HURT)`,
    `(?:FAM|SOMEONE|HE) (?:(?!I )[^ |]+ ){0,8}(?:WANT|can|do|did|is|would) NEG (?:wake|breathe|move|answer|get up)`,
    `(?:lost|trapped|stuck) _6 (?:can|could) NEG find`,
    `left ME _4 (?:hours|ALWAYS|days|ALONE|CAR)`,
    `(?:ate|eaten|swallowed|took|taken) _3 (?:PILLS|bleach)`,
    `(?:STRANGER|SOMEONE) _4 (?:garden|window|outside|trying to get in|at the door)`,
    `ALONE _8 (?:door|dark|knock|knocking|banging|scared|SOMEONE|STRANGER)`,
    `(?:STRANGER|SOMEONE|HE|CAR) _3 (?:follow|followed|follows|following) ME`,
    `(?:I am|I do|I) NEG (?:feel )?safe`,
    // a threat to keep the child from telling: "they say they will get me if i tell"
    `(?:SAY|TELL) _2 (?:WANT|would) (?:get ME(?! (?:a|an|some|the|one|GIFT|PET|new|from|at|up|ready|dressed))|HURT (?:ME|MY (?:face|head))|KILL ME|jump ME) _4 (?:if|when) I (?:ever )?(?:TELL|SAY)`,
    `NEG safe (?:at|in) (?:HOME|here|MY)`,
    `(?:FAM|NOBODY|ADULT) (?:has|have|did|do) NOCOMEBACK`,
    `STRANGER _12 (?:do NEG|NEG) (?:TELL|SAY)`,
    `STRANGER _12 SECRET`,
    `(?:ONLINE|game) _10 (?:come|coming|came) to (?:MY|our) (?:HOME|school)`,
    `(?:come|coming|came) to (?:MY|our) (?:HOME|school) _10 (?:ONLINE|game)`,
    `SOMEONE I (?:met|know|talk to|play with) (?:ONLINE|on)`,
    `drunk _6 (?:drive|drives|driving|drove)`,
    `(?:drive|drives|driving|drove) _6 drunk`,
    `(?:ask|asks|asked|asking|WANT) (?:ME )?(?:where I live|MY address|what school|which school|MY phone number|for MY (?:address|number|password))`,
    `(?:gave|sent|TELL) (?:OBJ|SOMEONE|STRANGER) (?:MY|our) (?:address|number|phone number|password|PHOTO)`,
    `STRANGER _12 (?:pick ME up|collect ME|take ME|drive ME|give ME a lift|get in)`,
    `(?:FAM|HE|KID|SOMEONE) _3 NEG (?:breathing|breathe|moving|waking)`,
    `(?:can|could) NEG (?:wake|wake up) (?:OBJ|HE|MY FAM|FAM)`,
    `(?:ONLINE|STRANGER) _10 (?:love|loves|like|likes) ME`,
    `(?:ONLINE|STRANGER) _10 (?:beautiful|pretty|sexy|hot|be (?:his |OBJ |MY |your )?FAM)`,
    `(?:SOMEONE|STRANGER) _12 ALONE`,
    `(?:smoke|fire) alarm`,
    `(?:fell|fallen|falls|fall) (?:in|into) _2 (?:pond|river|pool|water|lake|sea|canal)`,
    `(?:ONLINE|game) _10 (?:see ME|meet ME|visit ME|come over|come round|pick ME up)`,
    `(?:lost|trapped|stuck) _6 (?:dark|night|ALONE|scared|can NEG find)`,
    `(?:ONLINE|game) _10 (?:come|go|coming|going) (?:to|round|over)`,
    `ONFIRE`,
    `(?:swallowed|ate|eaten|swallow|swallowing) _2 (?:battery|batteries|magnet|magnets|coin|coins|bleach|PILLS|KILL)`,
    `(?:FAM|HE|SOMEONE|KID) _3 (?:collapsed|fainted|passed out|unconscious|fell down and|on the floor) _8 (?:MARK|NEG|wake|moving|breathing|END)`,
    `STRANGER _6 (?:pull|pulled|drag|dragged|HURT|PUSH|take|took|tried) _2 ME (?:into|in|to|towards|away)`,
    `STRANGER _10 (?:gave|give|gives|given) ME _2 (?:phone|sim|money|sweets|GIFT|a lift)`,
    `STRANGER _12 (?:text|call|ONLINE|ring|email) (?:OBJ|HE)`,
    `ONLINE .{0,80}? (?:meet|see ME|come to|come round|meet up)`,
    `(?:HOME|kitchen|room|bedroom|flat|upstairs|downstairs|hall|hallway|stairs|garage|landing) _3 (?:full of|filling (?:up )?with|filled with) _1 (?:smoke|flames|fire|gas)`,
    // left alone by the grown-ups: "they went out last night and havent come back and im by myself"
    `(?:FAM|ADULT|HE) _12 (?:has|have|did|do|are|is) NOCOMEBACK(?! yet) _10 ALONE(?! with (?:FAM|MY FAM|ADULT|OBJ|HE|MY KID))`,
    `ALONE _10 (?:FAM|ADULT|HE) _6 (?:has|have|did|do) NOCOMEBACK(?! yet)`,
    `(?:last night|yesterday|days ago|ages ago) _4 (?:FAM|ADULT|HE) _3 (?:has|have|did|do) NOCOMEBACK(?! yet)`,
    `(?:FAM|ADULT|HE) _8 (?:last night|yesterday|days ago|ages ago) _4 (?:has|have|did|do) NOCOMEBACK(?! yet)`,
    // gone since yesterday and the child alone: "i'm home alone and mum has been gone since yesterday"
    `ALONE _10 (?:FAM|ADULT|HE) _3 (?:has|have) been (?:gone|away|out) (?:since|for) _3 (?:yesterday|last night|days|ages|two days|three days|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
    `(?:FAM|ADULT|HE) _3 (?:has|have) been (?:gone|away|out) (?:since|for) _3 (?:yesterday|last night|days|ages|two days|three days) _10 ALONE`,
    // a real weapon or a poison within reach: "i found a gun in dads drawer", "the stuff under the sink"
    `(?<!PLAY [^|]*)(?:found|find|finds|finding) _3 (?<!(?:toy|lego|plastic|cap|foam|bubble|golden|water|pine|sewing|knitting|PLAY) )(?:real )?(?:GUN|needle(?! and (?:thread|cotton|wool))|needles(?! and (?:thread|cotton|wool))|syringe|syringes|drugs)(?! [^|]*PLAY)`,
    `(?:playing|play|plays|played) with (?:a |the |MY FAM |his |OBJ |FAM )?(?:real )?(?:GUN|KNIFE|lighter|matches|fire(?! (?:engines?|trucks?|station)))`,
    // a real weapon within a child's reach: "there's a gun in the drawer and my brother plays with it"
    `(?<!(?:toy|lego|plastic|PLAY|WISH|water|cap|foam) )(?:GUN|KNIFE) _8 (?:FAM|KID|HE|I) _2 (?:plays|play|playing|played) with it`,
    `(?:drank|drink(?! bottle)|drinking|drunk|ate|eaten|eat|swallowed|swallow|TOUCH|tasted) (?:(?!(?:and|then) )[^ |]+ ){0,7}(?:bleach|cleaning (?:stuff|spray|liquid|products?)|cleaner|under the sink|washing up liquid|dishwasher|perfume|petrol|chemicals|white spirit|antifreeze|detergent|weed killer|KILL)`,
    // a dangerous place to play: railway lines, thin ice, a roof
    `(?<!\\b(?:set|brio|toy|lego|wooden|model)\\b[^|]{0,40})(?:play|plays|playing|played|walk|walks|walked|walking|hang|sit|sat|lie|lay|lying|go|went|run|ran|dare|dared|ride|rode|cross|crossed|stand|stood) _6 (?:on|along|across|by|near|onto) (?:the )?(?:train|railway|rail) (?:tracks?|lines?)(?! (?:path|footpath|cycle ?path|bridge|walk|museum))`,
    `(?:play|plays|playing|played) chicken(?! (?:in|at) (?:the )?(?:pool|swimming|sea|baths|water))`,
    `(?:play|walk|walked|walking|skate|skating|went|go|stand|stood|jump|jumped) _3 on (?:the |a )?(?:frozen (?:pond|lake|river|canal)|thin ice|ice on the (?:pond|lake|river|canal))`,
    `I =3 (?:climb|climbed|climbing|sit|sat|play|played|playing|walk|walked|walking|go|went) _3 on (?:the |our |a )?roof(?! [^|]*\\b(?:see you|santa|reindeer|sleigh)\\b)`,
    // a grown-up lying hurt and not talking: "dad is lying on the bathroom floor and he isnt talking"
    `(?:FAM|HE|SOMEONE|KID|ADULT) _3 (?:lying|laying|lay|lies|lays|collapsed|fallen|fell|slumped) _5 (?:floor|ground|stairs|bath|garden|kitchen|road|bathroom|pavement) _10 (?:NEG (?:talking|talk|answering|answer|moving|move|waking|wake|breathing|breathe|responding|speaking|opening)|MARK|MARK)`,
    // someone trying to get in, the family hiding: "someone is banging on our front door shouting hes going to get us"
    `(?:SOMEONE|STRANGER|HE|FAM|men|KID) _3 (?:HURT|WEAPON|banging|pounding|knocking|trying to (?:get|HURT) in) _4 (?:door|doors|window|windows) _12 (?:shouting|screaming|yelling|KILL|HURT|get us|hiding|hide|hid|scared|police)`,
    `(?:hiding|hide|hid) _8 (?:because|from|while|as) _4 (?:SOMEONE|STRANGER|HE|FAM) _4 (?:trying to (?:get|HURT) in|HURT in|banging|HURT|shouting|screaming)`,
  ),
  "running-away": rules(
    `I =4 RUNAWAY`,
    `I =3 ${INTENT} ~6 (?:RUNAWAY|leave HOME|leave MY (?:HOME|FAMILY)|live (?:somewhere|ALONE|in the (?:forest|woods|park)|at the park|on the streets?)|go FARAWAY|FARAWAY|go and live (?:somewhere|in|at|ALONE))`,
    `I =4 (?:leave|leaving|go|going|WANT|pack|packing|packed) _6 NOCOMEBACK`,
    `I =4 NOCOMEBACK`,
    `NEG WANT (?:go|come) (?:HOME|back) (?:ever|again|ALWAYS)`,
    `I =3 (?:pack|packed|packing) MY _3 (?:and|I) _3 (?:go|going|leave|leaving|WANT|walk|run|get)`,
    `I =3 (?:pack|packed|packing) _6 (?:and I am|I am) (?:going|leaving) (?:tonight|tomorrow|now|today)`,
    `(?:asleep|sleeping|dark) I _2 (?:leave|leaving|going|go|WANT)`,
    `I =3 (?:leave|leaving|go|going|WANT) =4 (?:when|once) _3 (?:asleep|sleeping|dark)`,
    `(?:walk|go|get|take|catch|run) _4 (?:bus|train|station|airport) _6 (?:ALONE|FARAWAY|tonight|at night|NOCOMEBACK)`,
    `(?:bus|train) FARAWAY`,
    `(?:slept|sleep|sleeping|stayed|stay) _2 (?:in|at|on|under|outside) ${ROUGH} _8 (?:NEG WANT|scared to|afraid to) (?:go|come) (?:HOME|back)`,
    `hide(?! (?:his |OBJ |their |MY FAM |FAM |the |a )?(?:inhaler|PILLS|epipen|insulin|GIFT|phone|keys)) _6 (?:forever|NOBODY _2 finds?(?! (?:it|OBJ|GIFT|the|that|this)))`,
    `(?:live|go) _4 so NOBODY _2 (?:finds?|find ME)`,
    `(?:save|saved|saving) _5 (?:bus|train|ticket|FARAWAY)`,
    `(?:WANT|can) _3 (?:stay|live|hide) _5 (?:forever|NEG go HOME)`,
    `RUNAWAY _3 (?:tonight|tomorrow|forever|HOME|FAMILY)`,
    `(?:can|could) I (?:come )?(?:and )?live with you _6 (?:because|from|away|so)`,
    `(?:take ME away|come and get ME)`,
    `(?:leave|leaving|going|go|RUNAWAY) _6 (?:without|NEG) TELL (?:ANY|NOBODY|FAM|MY FAM)`,
    `(?:walk|go|get|take|pack|leave|leaving|going) _8 (?:tonight|at night|in the night) _3 ALONE`,
    `(?:walk|go|get|take|pack|leave|leaving|going) _8 ALONE _3 (?:tonight|at night|in the night)`,
    `(?:if|when) I (?:left|leave|went) (?:HOME|forever|for good|away)`,
    `I =3 WANT ~3 (?:go|take|get|walk|leave|catch) _10 (?:without|NEG) (?:TELL|SAY) (?:ANY|NOBODY|FAM|MY FAM)`,
    `I =4 (?:leave|leaving) HOME(?! at| for| every| to go)`,
    `(?:go|going) (?:and )?live with _6 (?:ALONE|walk|RUNAWAY|tonight|NEG TELL)`,
    `hide(?! (?:his |OBJ |their |MY FAM |FAM |the |a )?(?:inhaler|PILLS|epipen|insulin|GIFT|phone|keys)) _6 (?:ALWAYS|so (?:HE|NOBODY))`,
    // out of a window at night: "tonight i'm climbing out of the window and leaving"
    `I =4 OUTWINDOW _8 (?:leave|leaving|NOCOMEBACK|RUNAWAY|FARAWAY|streets|tonight|night|dark|asleep|midnight)`,
    `I =4 OUTWINDOW _3 (?:and )?(?:go|going|walk|walking|run|running) (?:to|away|off) _3 (?:station|bus|train|streets|park|woods|FARAWAY|FAM)`,
    `(?:tonight|night|asleep|dark) _6 I =3 OUTWINDOW`,
    // a night away from home: "i walked around the streets til it got light", "i slept in the shed so they wouldnt find me"
    `(?:walk|walked|walking|wander|wandered|wandering|stayed|stay|slept|sleep|sleeping) _5 (?:streets|outside|park|woods|shed|garden|bus stop|CAR park) _6 (?:till|until) _3 (?:light|morning|sunrise|dawn)`,
    `(?:slept|sleep|sleeping|stayed|stay|spent the night) _2 (?:in|at|under|behind|outside|on) _8 so (?:NOBODY|(?:HE|MY FAM|FAM|ANY) (?:would |could |can |WANT |do )?NEG) (?:would |could |can |WANT )?(?:find|finds|found|see) (?:ME|END)`,
    `(?:bag|rucksack|backpack|suitcase|torch|snacks|biscuits|sandwiches|food|clothes|money) _4 (?:hidden|hid|stashed) _8 (?:ready(?! (?:GIFT|for (?:our |the |MY |a )?(?:holiday|holidays|trip|school|sleepover|camp|GIFT)))|leave|leaving|RUNAWAY|NOCOMEBACK|for when I)`,
    `(?:hidden|hid|stashed) _3 (?:bag|rucksack|backpack|suitcase) _8 (?:ready(?! (?:GIFT|for (?:our |the |MY |a )?(?:holiday|holidays|trip|school|sleepover|camp|GIFT)))|leave|leaving|RUNAWAY|NOCOMEBACK|for when I)`,
    // off alone whatever anyone says: "i know the way, nobody will stop me"
    `(?:walk|walking|go|get|cycle|cycling|ride|take|catch|leave|leaving|RUNAWAY|the way) _3 to _12 (?:NOBODY|ANY|HE|FAM|MY FAM) _2 stop ME(?! (?:on|scoring|winning|playing|from (?:scoring|winning|playing)))`,
    // a plan made with others: "me and my sister are gonna hide in the shed and not come back till they notice we're gone"
    `(?:we|ME and (?:MY )?[a-z]+|ME and MY (?:FAM|KID)) (?:am |are |is )?(?:WANT) ~6 (?:RUNAWAY|hide|leave|leaving|go|stay|live) _10 (?:NOCOMEBACK(?! (?:till|until) ${DAY})|(?:till|until) _3 (?:notice|notices|realise|realize|miss|misses) _3 (?:gone|missing))`,
    `(?:we|ME and (?:MY )?[a-z]+) (?:am |are |is )?(?:leaving|going|RUNAWAY) _4 NOCOMEBACK(?! (?:till|until) ${DAY})`,
    `(?:till|until) (?:HE|FAM|MY FAM|ANY|EVERYONE|ADULT) _2 (?:notice|notices|realise|realize|miss|misses) (?:that )?(?:we|I) (?:am|are|is|was|were) (?:gone|missing)`,
    // a day and somewhere to sleep: "leaving on saturday, gonna sleep at the train station"
    `(?:leaving|leave|go|going|RUNAWAY|WANT) _6 (?:sleep|sleeping|live|living|stay|staying) (?:at|in|on|under) ${ROUGH}(?! (?:PLAY|with MY|for (?:a|the) (?:trip|holiday)))`,
    // not staying, money saved for food: "im not staying here after new year, ive saved £20 for food"
    `I am NEG (?:staying|stopping|living|WANT stay) (?:here|in this HOME|with (?:OBJ|MY FAM|FAM)) _20 (?:move out|moving out|saved|saving|food|RUNAWAY|NOCOMEBACK|FARAWAY|ALONE|leave|leaving)`,
    `(?:move out|moving out|saved|saving|RUNAWAY) _20 I am NEG (?:staying|stopping|living|WANT stay) (?:here|in this HOME|with (?:OBJ|MY FAM|FAM))`,
    `(?:saved|saving|save) _4 (?:for|on) (?:food|snacks|when I (?:go|leave|RUNAWAY|move out))`,
    // hiding where nobody finds them: "im going to hide in the woods where they cant find me"
    `(?:hide|hiding|go|live|stay|sleep) _8 (?:where|so|somewhere) NOBODY (?:can |could |WANT |would )?(?:ever )?(?:find|finds|see|get) ME(?! (?:awake|asleep|up|in bed))`,
    `hid _2 (?:in|at|under|behind|inside|outside) _3 (?:garden|shed|woods|forest|park|streets?|garage|bus stop|station|CAR park|bridge|field) _6 so (?:NOBODY|HE|FAM|MY FAM|ANY) _3 (?:find|finds|see|get) ME`,
    `(?:hide|hiding|go|live|stay|sleep) _8 (?:where|so|somewhere|so that) (?:HE|FAM|MY FAM|ANY|EVERYONE) (?:can |could |WANT |would |do )?NEG (?:ever )?(?:find|see|get) ME(?! (?:awake|asleep|up|in bed))`,
  ),
  "harm-to-others": rules(
    `I =3 ${INTENT} ~5 (?:${HARM}|HURT|KILL) ${TARGET}`,
    `I =3 ${INTENT} ~3 (?:${HARM}|HURT) _4 (?:WEAPON|GUN|face|arm|head|neck|stairs)`,
    `I =3 ${INTENT} ~3 make _6 (?:DIE|bleed|pay (?:END|for (?:it|that|this|what|everything))|suffer|sick|regret)`,
    `(?:WANT|hope|wish) ${TARGET} (?:to )?(?:DIE|get HURT|gets HURT|DEAD)`,
    `(?:take|bring|taking|bringing) _3 (?:WEAPON|GUN) _2 (?:to|into) school`,
    `I ~2 (?:${HARM}|PUSH) ${TARGET} _4 PURPOSE`,
    `I =3 ${INTENT} ~5 PUSH ${TARGET} _4 (?:down|off|into|in|out of|under) _2 (?:stairs|pool|water|window|river|pond|road|cliff|canal|lake|sea|fire|traffic|bath)`,
    // what the harm is meant to do: "so he drowns", "till her head bled", and no regret after it
    // hiding what someone needs to live: "i'm going to hide his inhaler so he will die"
    `I =3 ${INTENT} ~3 (?:hide|take|steal|HURT away|HURT) (?:his |OBJ |their |MY FAM |FAM |the )?(?:inhaler|PILLS|epipen|epi pen|insulin|oxygen) _6 so _3 (?:DIE|DEAD|ill|sick|can NEG breathe)`,
    `I _12 so (?:that )?(?:HE|OBJ|(?:MY |the )?(?:little |KID |big )?(?:FAM|KID|PET|CARER)) (?:WANT |would |can |might )?(?:KILL|DIE|DEAD|bleed|bleeds|bled|gets HURT|get HURT|HURT (?:his|OBJ|their|himself|herself|themselves))`,
    `I ~2 (?:${HARM}|PUSH) ${TARGET}(?! on (?:the |a )?(?:swing|swings|roundabout|trampoline)) _6 (?:till|until) _3 (?:bled|bleed|bleeds|MARK|SAD|screams|screamed|squeals|squealed|yelps|yelp|yelped|whimpers|whimpered)(?! with (?:happiness|joy|laughter|delight|excitement))`,
    `I ~2 (?:${HARM}|PUSH) (?:MY |the |a |that |this )?(?:little |big |KID |new |older |younger |stupid |annoying )?(?:FAM|KID|PET|CARER|STRANGER|OBJ|HE|EVERYONE) _10 (?:WANT (?:do it|do that) again|do it again|do it to|I am NEG (?:even )?sorry|I am glad)`,
    `I ~2 (?:${HARM}|PUSH) ${TARGET} _4 when NOBODY`,
    `I ~2 HURT ${TARGET} _3 with (?:a |the |MY |his |OBJ |FAM )?(?:big )?(?:WEAPON|GUN)`,
    `(?:put|pour|poured|mix|slip|add|sneak|putting) _3 (?:KILL|bleach|chemicals|drugs|cleaning stuff|washing up liquid|weed killer|glass|pins) _2 (?:in|into) _4 (?:drink|drinks|food|dinner|tea|coffee|juice|water|cup|milk|wine|beer|lunch|sandwich|soup|breakfast|bottle|cereal)`,
    // a gang's plan: "me and my mate are gonna get that kid and beat him up"
    `(?:we|ME and (?:MY )?(?:FAM|KID|[a-z]+)) (?:am |are )?${INTENT} ~6 (?:(?:KILL|HURT) (?:up )?${TARGET}|HURT (?:OBJ|HE) up|HURT _2 (?:face|head|teeth|legs|arm|nose))`,
    `set _4 (?:on )?fire`,
    `put _3 (?:in|into) _3 (?:drink|food|dinner)`,
    `(?:HURT|PUSH) _3 (?:PET|FAM|KID|OBJ) _3 (?:stairs|window|off (?:the |a )?(?:roof|balcony|bridge|cliff|wall|top bunk|landing|climbing frame|stairs))`,
    `KILL EVERYONE`,
    `(?:hope|wish) (?:HE|OBJ|MY _2 FAM|MY _2 CARER|the _1 (?:CARER|KID|FAM|STRANGER)) _1 (?:DIE|DIED|gets HURT|get HURT|was DEAD|were DEAD)`,
    `hate (?:OBJ|MY _2 FAM) so much (?:I|that I) (?:could|WANT)`,
    `put _3 (?:PET|KID|FAM) _3 (?:freezer|oven|microwave|washing machine|bin|toilet|fire|bath)`,
    `I (?:HURT|KILL|squashed) (?:MY |the )?(?:little |KID )?(?:PET|KID|FAM) _4 (?:PURPOSE|again|because|hard|so)`,
    // a real weapon from home to make people sorry: "im going to get my uncles gun and make them all sorry"
    `I =3 ${INTENT} ~4 (?:get|take|bring|HURT|steal|use|fetch|nick) (?:MY |his |OBJ |the |a )?(?:FAM )?(?:real |hunting |big |kitchen |sharp )?(?:GUN|KNIFE|WEAPON) _12 (?:make (?:OBJ|HE|EVERYONE|ANY|${TARGET}) _2 (?:sorry|pay|regret)|KILL|HURT|HURT|KILL|get (?:OBJ|HE|EVERYONE)|school|EVERYONE)`,
    // poison kept to put in a drink: "ive been saving up rat poison from the shed to put in grandads tea"
    `(?:KILL|bleach|chemicals|drugs|cleaning stuff|washing up liquid|weed killer|slug pellets|glass|pins|PILLS) _8 (?:put|pour|mix|slip|add|sneak|putting|pouring|mixing) _3 (?:in|into) _3 (?:drink|drinks|food|dinner|tea|coffee|juice|water|cup|milk|wine|beer|lunch|sandwich|soup|breakfast|bottle|cereal)`,
    // holding someone under water: "i hold my little sister under the bath water til she kicks"
    `I _4 (?:hold|held|holding|holds|keep|kept|PUSH|dunk|dunked|dunking|put) (?:MY |the |a |his |OBJ )?(?:little |KID |big )?(?:FAM|KID|PET|OBJ|HE)(?: head| face)? _3 under (?:the )?(?:bath |pool |sea |cold )?(?:water|bath|pool|sea|river|pond)`,
  ),
  secrecy: rules(
    `${WHO} _4 (?:SAY|TELL) _4 (?:SECRET|NEG _2 (?:TELL|SAY)|between|our game|stays)`,
    `(?:NEG|ALLOWED) _3 (?:TELL|SAY) (?:ANY|MY FAM|FAM|you|NOBODY|about)`,
    `I am NEG ALLOWED to (?:TELL|SAY|talk|speak)`,
    `(?:can|must|may|should) NEG (?:TELL|SAY)`,
    `(?:if|when) I (?:ever )?(?:TELL|SAY)(?! (?:I|that I) (?:saw|see|seen|have|had|was|am|like|love|WANT|met|can|got))`,
    `(?:promise|promised|swear|swore) _5 (?:NEG) _2 (?:TELL|SAY)`,
    `between (?:ME|us) and (?:OBJ|HE)`,
    `between us`,
    `(?:ADULT|FAM) _2 (?:would|WANT) NEG understand`,
    `delete _4 (?:ONLINE|PHOTO)`,
    `(?:scared|afraid|frightened) to (?:TELL|SAY)`,
    `(?:do|please) NEG (?:TELL|SAY) (?:MY |the )?(?:FAM|ANY|NOBODY|CARER)`,
    `keep _2 SECRET (?:from|or|because|and)`,
    `SECRET _6 (?:or|if) _4 (?:trouble|bad|HURT|DIE)`,
    `(?:promise|swear) (?:you|to) (?:WANT NEG|NEG) (?:TELL|SAY)`,
    `(?:have|has|got) to keep _2 SECRET`,
    `pinky promise`,
    `NOBODY (?:else )?(?:can|must|is ALLOWED to|should|WANT) (?:ever )?(?:know|find out)`,
    `(?:our|a) special (?:game|SECRET)`,
    `(?:FAM|MY FAM|ANY|NOBODY) (?:can|must|should|may|is ALLOWED to|WANT) NEG (?:ever )?(?:know|find out|see|hear)`,
    `between (?:OBJ|HE) and ME`,
    `if you (?:TELL|SAY) _6 (?:trouble|bad|HURT|angry|cross|mad|KILL|DIE|jail|prison|taken)`,
    `${WHO} _4 (?:SAY|TELL) _8 (?:stays|stay) (?:there|here|between|SECRET|with us)`,
    `(?:what|everything) _2 (?:happens|happened|we do|we did) _5 (?:stays|stay) (?:there|here|between|SECRET)`,
    `SECRET _3 (?:do NEG|NEG) (?:TELL|SAY)`,
    `(?:do NEG|please NEG) (?:TELL|SAY) END`,
    `(?:trouble|HURT|bad) _4 if (?:ANY|FAM|MY FAM|SOMEONE|you|NOBODY) _2 (?:finds out|find out|knows|know|TELL)`,
    `KEEPQUIET`,
    `(?:make|made|makes|TELL|ask|asked|asks) ME (?:to )?keep _3 SECRET`,
    // not allowed to talk of it: "uncle ray says i cant talk about the sleepovers at his house to anyone"
    `(?:can NEG|NEG ALLOWED to|must NEG|should NEG|NEG) (?:talk|speak) (?:about|of)(?! [^|]*(?:spoil|the end|ending)) _8 (?:to )?(?:ANY|NOBODY|FAM|MY FAM|you|EVERYONE|CARER)`,
    // "if i tell nobody will believe me", "what happens in the changing room stays in the changing room"
    `if (?:I|you) (?:ever )?(?:TELL|SAY) _8 NOBODY _2 believe`,
    `if (?:I|you) (?:ever )?(?:TELL|SAY) _8 (?:send|post|show|share|put) _3 PHOTO`,
    `if (?:I|you) (?:ever )?(?:TELL|SAY|show) _10 (?:taken away|take ME away|take you away|put in care|go to prison|go to jail|NEG see)`,
    `(?:what|everything) _2 (?:happens|happened|we do|we did) _5 (?:stays|stay) (?:in|at|with)`,
  ),
  distress: rules(
    `MY _2 (?:FAM|PET|KID|CARER) _3 (?:DIED|is DEAD|HEAVEN|is gone|went HEAVEN)`,
    `(?:FAM|PET|HE) _2 (?:DIED|is DEAD|went HEAVEN|is HEAVEN)`,
    `NOBODY _5 (?:care|cares|like|likes|love|loves|play|plays|WANT(?! (?:stop|believe))|sit|sits|talk|talks|pick|picks|picked|choose|chooses|chose|invite|invites|invited) _3 ME`,
    `EVERYONE _3 (?:hate|hates|mean|laugh|laughs|ignore|ignores)`,
    `(?:mean|horrible|nasty) to ME`,
    `(?:picked on|pick on ME|picks on ME)`,
    `(?:take|took|takes|steal|steals|stole|nick|nicks|nicked) MY (?:lunch|money|things|stuff|dinner money|pocket money|lunch money)`,
    // made to hand over what is theirs: "the big boys make me give them my dinner money"
    `(?<!\\b(?:FAM|CARER|ADULT) )(?:make|makes|made|force|forces|forced) ME (?:to )?(?:give|hand over|hand|pay) OBJ (?:all )?MY (?:dinner|lunch|money|pocket money|snack|snacks|sweets|things|stuff)`,
    // their things thrown away for a laugh: "they threw my bag in the river and laughed"
    `(?<!\\bI )HURT MY (?:bag|schoolbag|school bag|coat|shoes|books|lunch|lunchbox|glasses|hat|pencil case) _5 (?:laugh|laughed|laughing|laughs|river|bin|puddle|mud|toilet|toilets|pond|canal|bushes|road)`,
    `I (?:am|feel|was) (?:so |really |very |ALWAYS |all )?(?:SAD|ALONE) (?:now )?(?:END|and)`,
    `I feel (?:so |really |very )?(?:SAD|ALONE|empty)`,
    `(?:SAD|scared|bad dreams|nightmares) _3 ALWAYS`,
    `(?:can|could) NEG (?:sleep|stop SAD)`,
    `FAM _3 (?:is|are|has been|keeps|keep) (?:so |very |really |ALWAYS )?(?:poorly|ill|sick|SAD|hospital|in hospital|prison|in prison|jail|in jail)`,
    `FAM _3 SPLIT`,
    `MYFAULT _8 (?:SPLIT|DIED|DIE|left|leave|SAD|shout|shouting|argue|arguing|fight|fighting)`,
    `(?:SPLIT|DIED|left|moved|SAD|shout|shouting|argue|arguing|fight|fighting|NEG talk) _8 MYFAULT`,
    `FAM _3 (?:shout|shouting|argue|arguing|fight|fighting) _3 (?:ALWAYS|and)`,
    `FAM (?:do) NEG (?:love|like|WANT) ME`,
    `FAM _2 new FAMILY`,
    `(?:FAM) (?:do) NEG talk to each other`,
    `I miss (?:OBJ|HE|MY FAM|FAM)`,
    `(?:FAM|KID) _3 (?:do) NEG WANT _3 (?:KID|ME|play)`,
    `FAM _2 (?:left|moved out|walked out|moved away) _3 (?:NOCOMEBACK|and|END|us)`,
    `FAM _2 NOCOMEBACK(?! (?:till|until) ${DAY}| tonight [^|]*\\b(?:work|working|shift|trip)\\b)`,
    `(?:have|got) (?:NEG|NEG any) KID`,
    `(?:do NEG|NEG) have (?:ANY|NOBODY|any KID|KID) to (?:play|talk|sit|be)`,
    `NOBODY to (?:play|talk|sit) with`,
    `BULLY`,
    `(?:call|calls|calling|called) ME (?:names|fat|ugly|stupid|weird|horrible|a loser|loser|smelly|dumb|an idiot|a KID)`,
    `(?:do NEG|NEG) have (?:a single|one|any|a) KID`,
    `FAM _2 (?:went|gone|has gone|was sent) to (?:prison|jail)`,
    `I (?:really |so |still )?miss (?:OBJ|HE|MY FAM|FAM) _3 (?:so much|ALWAYS|END|and)`,
    `FAM _2 ALWAYS (?:shout|shouting|argue|arguing|fight|fighting)`,
    `(?:shout|shouting|argue|arguing|fight|fighting|scream|screaming) at each other`,
    `NEG have ANY _5 (?:like|likes|love|loves|cares|play|plays|talk|talks) (?:ME|with ME|to ME)`,
    `funeral`,
    `(?:teased|tease|teases|teasing|mocked|mock|mocks|laughed at ME|laugh at ME|laughs at ME|make fun of ME|makes fun of ME|made fun of ME|picks on ME)`,
    `I am ALWAYS ALONE`,
    `ALONE _3 (?:breaktime|playtime|lunch|lunchtime|recess|school)`,
    // a grown-up's sorrow the child sees: "she cries in the kitchen when she thinks im asleep"
    `(?<!\\bI (?:am |was |feel |felt |get |got )?)SAD _6 when (?:HE|FAM) (?:thinks|think|thought) _3 (?:asleep|NEG (?:awake|looking|there|HOME|in|watching)|NOBODY|sleeping|in bed)`,
    `(?:FAM|HE) (?:ALWAYS |keeps |still |often )?SAD (?:in|at) (?:the |OBJ |his )?(?:kitchen|bedroom|room|bathroom|CAR)(?! [^|]*\\b(?:onions?|laughing|happy|film|movie|programme|show)\\b)`,
    // money trouble at home: "we cant have presents this year"
    `(?<!\\bI (?:[^ |]+ )?)(?:can NEG|NEG) (?:afford|pay for) (?:GIFT|food|christmas|the rent|dinner|heating|the bills)(?! [^|]*pocket money)`,
    `(?<!\\bif I am (?:naughty|bad|horrible|nasty)\\b[^|]{0,20})(?:can NEG|NEG) (?:be |have |get )?(?:any )?GIFT this (?:year|christmas)`,
    // hiding how they feel: "i sit by myself every break … i pretend im busy"
    `MASK _8 (?:NOBODY|ALONE|SAD|EVERYONE|so (?:NOBODY|FAM|MY FAM|ANY) _3 (?:worry|worries|knows|know|sees|see|notice|notices))`,
    `(?:ALONE|SAD|NOBODY) _10 MASK`,
    // a parent who stays in bed and cries since the other moved out
    `FAM _4 (?:stays|stay|staying|lies|lays|is|stayed|just stays) in bed _4 (?:ALWAYS|SAD|and SAD|does NEG|WANT NEG)`,
    `(?:since|ever since|after) (?:MY )?FAM (?:left|moved out|walked out|went away|moved away|SPLIT) _10 (?:SAD|ALWAYS|in bed|shout|shouts|shouting|drinks|drinking)`,
    // cruel comments, and told to everyone: "the older girls keep posting horrible comments on my videos"
    `(?:horrible|mean|nasty|rude|hurtful|hate|hateful|cruel|bad) (?:comments|ONLINE|texts|posts|things|stuff|memes) _4 (?:about ME|on MY|under MY|to ME|at ME)`,
    `(?:TELL|SAY) _1 (?:EVERYONE|ANY|the whole school|MY KID) (?:I am|that I am|I was) _2 (?:ugly|fat|stupid|smelly|disgusting|a loser|loser|weird|a freak|gross|dirty|a liar|a KID|dumb)`,
    `I (?:feel|WANT) (?:trash|rubbish|garbage|dirt|a loser|a failure|worthless|useless|a NOBODY|invisible)(?! (?:bags?|bin|bins|CAR|collection))`,
  ),
};

/** Every concept rule as written, by kind (for tests). */
export const conceptRuleSources = (): { kind: SafetyKind; source: string; pattern: RegExp }[] =>
  (Object.entries(CONCEPT_RULES) as [SafetyKind, Rule[]][]).flatMap(([kind, list]) => list.map((r) => ({ kind, source: r.source, pattern: r.pattern })));

/** Kinds a game, a film or a story can sound like, and which a message about play does not raise. */
const PLAYABLE = new Set<SafetyKind>(["abuse", "harm-to-others", "running-away", "distress"]);
/** Kinds a surprise or a present can sound like. */
const GIFTABLE = new Set<SafetyKind>(["secrecy"]);
const THREAT = / (?:HURT|KILL|TOUCH|KISS|PRIV|NAKED|trouble|bad|DIE|DEAD|scared) /;
/** Kinds a joke ("lol", "jk") or a toy wished for makes hyperbole, unless the message also holds a plan: a weapon, a time, a place. */
const JOKABLE = new Set<SafetyKind>(["harm-to-others"]);
const PLAN = / (?:WEAPON|KNIFE|GUN|PURPOSE|tonight|tomorrow|asleep|school) | so (?:that )?(?:[^ |]+ ){0,4}(?:DIE|DEAD|bleed|bleeds|bled) /;
/** a way of doing harm that is no hyperbole, however it is laughed off: "put bleach in her drink haha" */
const METHOD = /\b(?:stab|stabs|stabbed|stabbing|drown|drowns|drowned|drowning|poison\w*|bleach|weed killer|rat poison|inhaler|down the stairs|off the (?:roof|cliff|bridge|balcony)|set (?:him|her|them|it|my \w+) on fire|suffocat\w*)\b/;

/** The words of a normalised message as concepts, each clause ended by " | ". */
export function conceptsOfText(plain: string): string {
  const out = phraseConcepts(plain);
  const words = out.split(/([.!?;|]| but )/).flatMap((piece) =>
    /^(?:[.!?;|]| but )$/.test(piece) ? ["|"] : piece.split(/[^a-zA-Z0-9_']+/).filter(Boolean).map(conceptOf),
  );
  return ` ${words.join(" ")} | `;
}

// Words in most messages: a rule is filed under the rarest words it needs.
const COMMON = new Set(["I", "ME", "MY", "NEG", "WANT", "FAM", "HE", "OBJ", "KID", "am", "is", "are", "to", "the", "a", "and", "|", "do", "it", "in", "on"]);
const commonness = (words: readonly string[]) => words.reduce((sum, w) => sum + (COMMON.has(w) ? 50 : 1), 0);

/** Rules by a word they need: a message is tried only against the rules its words can match. */
const BY_WORD = new Map<string, { kind: SafetyKind; rule: Rule }[]>();
const ALWAYS_TRIED: { kind: SafetyKind; rule: Rule }[] = [];
for (const [kind, list] of Object.entries(CONCEPT_RULES) as [SafetyKind, Rule[]][]) {
  for (const rule of list) {
    const need = [...rule.needs].sort((a, b) => commonness(a) - commonness(b))[0];
    if (!need) ALWAYS_TRIED.push({ kind, rule });
    for (const word of need ?? []) BY_WORD.set(word, [...(BY_WORD.get(word) ?? []), { kind, rule }]);
  }
}

/** The concerns a normalised message's concepts tell of, less those play or a present makes harmless. */
export function conceptConcerns(plain: string): SafetyKind[] {
  const concepts = conceptsOfText(plain);
  const words = new Set(concepts.split(" "));
  const found = new Set<SafetyKind>();
  if (words.has("PLAY")) for (const kind of PLAYABLE) found.add(kind);
  if (words.has("GIFT") && !THREAT.test(concepts)) for (const kind of GIFTABLE) found.add(kind);
  // a toy wished for ("i want a nerf gun so i can shoot my dad") is play for harm, unless there is a plan
  // a joke ("lol", "jk") mutes harm to others only: never abuse, self-harm, secrecy, danger or running away
  if ((words.has("JOKE") || words.has("WISH")) && !PLAN.test(concepts) && !METHOD.test(plain)) for (const kind of JOKABLE) found.add(kind);
  const muted = new Set(found);
  const tried = new Set(ALWAYS_TRIED);
  for (const word of words) for (const candidate of BY_WORD.get(word) ?? []) tried.add(candidate);
  for (const { kind, rule } of tried) {
    if (found.has(kind)) continue;
    if (rule.needs.every((any) => any.some((w) => words.has(w))) && rule.pattern.test(concepts)) found.add(kind);
  }
  return [...found].filter((kind) => !muted.has(kind));
}
