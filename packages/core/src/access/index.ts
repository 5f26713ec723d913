// Access and abuse limits: conversation keys, who may connect to what, rate limits and their store.
export * from "./conversation-keys.js";
export * from "./conversation-access.js";
export * from "./connect-check.js";
export * from "./rate-limit.js";
export * from "./dynamo-guards.js";
export * from "./message-intake.js";
export * from "./page-policy.js";
