// The protocol as the web app imports it: the child's frame check, the limits and the types, and no
// zod, so the chat page stays small (frames.ts holds the zod schemas the server validates with; the
// elves' page adds the gifts frames from ./gifts-frame-check.js).
export { checkChildFrame, ERROR_CODES, type FrameCheck } from "./frame-check.js";
export { hasVisibleText, MAX_TEXT_CHARS } from "./limits.js";
export type * from "./frames.js";
