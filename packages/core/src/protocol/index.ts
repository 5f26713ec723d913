// The browser ↔ gateway protocol as zod schemas, for the server; the web app imports ./browser.js.
export * from "./frames.js";
export * from "./deltas.js";
export { checkChildFrame, type FrameCheck } from "./frame-check.js";
export { checkServerFrame } from "./gifts-frame-check.js";
