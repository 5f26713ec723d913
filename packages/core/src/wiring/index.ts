// The wiring definition and its types.
export * from "./types.js";
export * from "./wiring.js";
export * from "./table-env.js";
