// Builds the web app to dist/, which the offline runtime serves from the WebSocket's origin.
import solid from "vite-plugin-solid";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [solid()],
  // Absolute asset paths: the same index.html answers /, /elves and /elves/...
  base: "/",
  // The manifest tells `npm run size` which files each route loads first.
  // Every browser that runs the app supports modulepreload; its polyfill would cost every page.
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", modulePreload: { polyfill: false }, manifest: true },
});
