// What Santa must not say once a conversation is flagged: jokes and playfulness in the same breath
// as a child's worry, and any promise to keep what they said secret.

export type CareProblem = "playful" | "promises_secrecy";

const PLAYFUL =
  /\bho,? ho\b|\bhee,? hee\b|\bha,? ?ha\b|\bhaha\w*|\blol\b|\bjolly\b|\bmerr(?:y|ier|iest|ily)\b(?! christmas)|\bsilly\b|\bgiggl\w*|\bjok(?:e|es|ing|ed)\b|\bfunny\b|\bhilarious\b|\bchuckl\w*|\bwink\w*|\btickl\w*|\bbelly laugh\w*|!!|😂|🤣|😄|😆|😜|😉|🎉|🥳/i;
const SECRECY =
  /\b(?:i|santa|we)(?: will|'ll)? (?:won't|will not|will never|never|promise (?:not to|i won't|never to)|am not going to|shan't) (?:ever )?tell\b|\b(?:our|a|your) (?:little |special |big )?secret is safe\b|\b(?:it's|it is|it can be|this is|that's|that is|it'll be|it will be) (?:our|a) (?:little |special |big )?secret\b|\bi(?:'ll| will| can| promise to) keep (?:it|this|that|your secret|everything)(?: a)? (?:secret|to myself|between us)\b|\bjust between (?:you and me|us)\b|\bnobody (?:else )?(?:will|needs to|has to|ever has to) know\b|\b(?:i|santa) promise(?:s)? (?:not to|never to|i won't) (?:tell|say)\b|\bmy lips are sealed\b|\bcross my heart\b/i;

/** Why Santa's text does not fit a flagged conversation, if it does not. */
export function careProblem(text: string): CareProblem | undefined {
  const plain = text.replace(/[’`]/g, "'");
  if (SECRECY.test(plain)) return "promises_secrecy";
  return PLAYFUL.test(plain) ? "playful" : undefined;
}
