// The parts of the page its first paint never shows (Santa's words, the count near the limit, a
// notice, a failed reply, a refused link, a link without its token), in a chunk of their own: asked
// for right after the first paint, so they are at hand before they are needed, and rendered where
// they belong once they are.
import { createSignal, Show, type JSX } from "solid-js";

export type LaterParts = typeof import("./later-parts.js");

const [parts, setParts] = createSignal<LaterParts>();
/** The later parts, once loaded (a signal: what reads it follows their arrival). */
export const laterParts = parts;
let loading: Promise<LaterParts> | undefined;

/** Loads the later parts (once; a failed load is tried again on the next call). */
export function loadLaterParts(): Promise<LaterParts> {
  loading ??= import("./later-parts.js").then(
    (loaded) => {
      setParts(() => loaded);
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Renders its children with the later parts once they are loaded (asking for them if nobody has), the fallback until then. */
export function Later(props: { children: (parts: LaterParts) => JSX.Element; fallback?: JSX.Element }): JSX.Element {
  if (!parts()) void loadLaterParts().catch((error: unknown) => console.warn("kringle: part of the page did not load", error));
  return (
    <Show when={parts()} fallback={props.fallback}>
      {(loaded) => props.children(loaded())}
    </Show>
  );
}
