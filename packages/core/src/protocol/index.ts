// The browser ↔ gateway protocol, safe to import in the web app.
export * from "./frames.js";
