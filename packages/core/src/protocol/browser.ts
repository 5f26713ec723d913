// The protocol as the web app imports it: the frame check, the limits and the types, and no zod,
// so the chat page stays small (frames.ts holds the zod schemas the server validates with).
export { checkServerFrame, ERROR_CODES, SAFETY_KINDS, type FrameCheck } from "./frame-check.js";
export { hasVisibleText, MAX_TEXT_CHARS } from "./limits.js";
export type * from "./frames.js";
