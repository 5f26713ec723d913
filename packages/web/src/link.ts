// What the page's link carries: the access token (kept for the tab, so a reload still works) and
// the WebSocket address built from it.
export type Page = "chat" | "elves";

/** `/elves` and anything under it (`/elves/…`) is the elves' page; every other path the chat. */
export function pageFor(pathname: string): Page {
  return /^\/elves(\/|$)/.test(pathname) ? "elves" : "chat";
}

/**
 * The token from `?token=`, kept in the given storage under the page's own key (the chat and the
 * elves' page use different tokens), and taken out of the address bar so it is not shared by
 * accident. Without `?token=`, the one kept from before.
 */
export function readToken(
  page: Page,
  location: Pick<Location, "href">,
  storage: Pick<Storage, "getItem" | "setItem"> | undefined,
  history?: Pick<History, "replaceState">,
): string | undefined {
  const key = `kringle.token.${page}`;
  const url = new URL(location.href);
  const fromLink = url.searchParams.get("token");
  if (fromLink) {
    try {
      storage?.setItem(key, fromLink);
      url.searchParams.delete("token");
      history?.replaceState(null, "", url.pathname + url.search + url.hash);
    } catch {
      // Without storage the token stays in the address bar, so a reload still works.
    }
    return fromLink;
  }
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** The WebSocket address: VITE_WS_URL when the build set one, else this page's own origin. */
export function socketUrl(
  location: Pick<Location, "protocol" | "host">,
  configured: string | undefined,
  params: { token: string; conversationId?: string; key?: string },
): string {
  const url = configured ? new URL(configured) : new URL(`${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/`);
  url.searchParams.set("token", params.token);
  if (params.conversationId !== undefined) url.searchParams.set("conversationId", params.conversationId);
  if (params.key !== undefined) url.searchParams.set("key", params.key);
  return url.toString();
}
