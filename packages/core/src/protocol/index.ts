// The browser ↔ gateway protocol as zod schemas, for the server; the web app imports ./browser.js.
export * from "./frames.js";
export { checkServerFrame, type FrameCheck } from "./frame-check.js";
