// Wishes Santa must not promise: harmful ones (weapons) and absurd ones ("100 iPhones for every
// child", a real car, a million dollars). Santa answers these kindly, without promising anything.

export type UnsafeWish = "harmful" | "absurd";

const WISHING = /\b(?:i (?:really |also |just )?(?:want|wish|need)|i(?:'d| would) (?:really )?(?:like|love)|wish(?:es)? (?:for|is)|bring me|get me|give me|can i (?:please )?(?:have|get)|could i (?:please )?(?:have|get)|for christmas|on my (?:wish ?)?list)\b/;
const TOY = "(?:toy|nerf|foam|plastic|wooden|lego|play|pretend|water|bubble|chocolate|butter|rubber|cardboard|paper|blow-?up|inflatable|light ?up|glow|squishy|cuddly|soft|fake|costume|dress-?up|minecraft|fortnite|roblox)";
/** read once toy weapons are taken out ("a nerf gun", "a lego sword") */
const HARMFUL =
  /\b(?:knife|knives|dagger|machete|axe|swords?|crossbow|taser|pepper spray|guns?|rifles?|pistols?|grenades?|bombs?|bullets|ammo|brass knuckles|nunchucks|vapes?|cigarettes?|beers?|wine|vodka|alcohol)\b/;
const TOY_WEAPON = new RegExp(`\\b${TOY}\\s+(?:\\w+\\s+)?(?:knife|knives|dagger|axe|swords?|crossbow|guns?|rifles?|pistols?|grenades?|bombs?|bullets)\\b|\\b(?:light ?sabers?|water pistols?|bath bombs?|glitter bombs?|wine gums?|root beers?|ginger beers?)\\b`, "g");
const ABSURD: RegExp[] = [
  /\b(?:\d{2,}|a hundred|hundreds|a thousand|thousands|a million|millions|a billion|billions|a zillion|zillions|a gazillion|infinite|infinity|unlimited|endless|all the)\s+(?:of\s+)?(?:\w+\s+){0,2}(?:iphones?|phones?|ipads?|tablets?|laptops?|computers?|consoles?|ps5s?|playstations?|xbox(?:es)?|switch(?:es)?|cars?|bikes?|dollars|pounds|euros|quid|money|robux|v-?bucks|houses?|puppies|dogs|ponies|horses|presents|gifts|lego sets|games|tvs?)\b/,
  /\bfor (?:every|each|all the|all) (?:child|kid|children|kids|person|people|boy|girl)\b|\bfor everyone (?:in|on) the (?:world|planet|school|country|earth)\b/,
  /[£$€]\s?\d{3,}|\b\d{3,}\s?(?:dollars|pounds|euros|quid|bucks)\b|\ba (?:million|billion|trillion|gazillion) (?:dollars|pounds|euros|quid|bucks)\b/,
  /\b(?:a real|my own real|my own) (?:car|house|mansion|plane|jet|helicopter|yacht|island|tank|motorbike|lorry|truck)\b/,
  /\b(?:a|my own) (?:mansion|private jet|yacht|island)\b/,
];

/** A message this short that names a weapon is read as asking for it. */
const SHORT_WISH_WORDS = 6;

/** Whether a child's message wishes for something Santa must not promise. */
export function unsafeWish(text: string): UnsafeWish | undefined {
  const plain = text.toLowerCase().replace(/[’`]/g, "'");
  const harmful = HARMFUL.test(plain.replace(TOY_WEAPON, " "));
  // a wish added in a few words ("and a knife please", "a gun too") names no wishing verb
  if (harmful && plain.split(/\s+/).filter(Boolean).length <= SHORT_WISH_WORDS) return "harmful";
  if (!WISHING.test(plain)) return undefined;
  if (harmful) return "harmful";
  return ABSURD.some((p) => p.test(plain)) ? "absurd" : undefined;
}
