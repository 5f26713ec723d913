// Builds the web app to dist/, which the offline runtime serves from the WebSocket's origin.
import solid from "vite-plugin-solid";
import { defineConfig, type Plugin } from "vite";

const PRELOAD_HELPER = "\0vite/preload-helper.js";

/**
 * Vite wraps every import() in a helper (1.7 kB, on every page) that fetches the lazy chunk's CSS
 * and the chunks it imports. The app's lazy chunks import only what the entry already holds and
 * bring their styles inline (route-sizes.ts fails the build's check if one ever has a CSS file), so
 * the helper would have nothing to do: it is built as a plain call.
 */
const plainDynamicImport: Plugin = {
  name: "kringle:plain-dynamic-import",
  enforce: "pre",
  resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
  load: (id) => (id === PRELOAD_HELPER ? "export const __vitePreload = (load) => load();" : undefined),
};

export default defineConfig({
  // Listeners on each element instead of Solid's delegation to the document: the same behaviour,
  // and the page does not carry the delegating dispatcher (0.4 kB gzipped).
  plugins: [plainDynamicImport, solid({ solid: { delegateEvents: false } })],
  // Absolute asset paths: the same index.html answers /, /elves and /elves/...
  base: "/",
  // The manifest tells `npm run size` which files each route loads first.
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", modulePreload: false, manifest: true },
});
