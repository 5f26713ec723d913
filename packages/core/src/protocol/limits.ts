// The protocol's limits and what counts as text, in a module of their own so the web app can
// import them without zod.
/** what a message may hold: what message.sent records (MAX_MESSAGE_CHARS; frame-check.test.ts keeps them equal) */
export const MAX_TEXT_CHARS = 2000;

/**
 * What shows nothing on screen: white space, control and format characters (zero-width spaces and
 * joiners, direction marks, the byte-order mark), lone combining marks, unassigned and private-use
 * code points, and the blank-looking letters (Hangul fillers, the blank Braille pattern).
 */
const INVISIBLE = /[\s\p{C}\p{M}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** Whether a message shows something: a message of only invisible characters is as empty as "". */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, "").length > 0;
}
