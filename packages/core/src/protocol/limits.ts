// The protocol's limits, in a module of their own so the web app can import them without zod.
/** what a message may hold: what message.sent records (MAX_MESSAGE_CHARS; frame-check.test.ts keeps them equal) */
export const MAX_TEXT_CHARS = 2000;
