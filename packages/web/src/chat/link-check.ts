// Asks the server why a socket was refused: `GET /connect-check` with the socket's query, at
// VITE_CONNECT_CHECK_URL when the build set one (the AWS deploy: an HTTP API beside the WebSocket
// API), else on the socket's own host (the offline gateway answers it). docs/protocol.md has it.
import type { LinkVerdict } from "./connection.js";

export function connectCheckUrl(socketUrl: string, configured?: string): string {
  const socket = new URL(socketUrl);
  const url = configured ? new URL(configured) : new URL("/connect-check", socket);
  if (!configured) url.protocol = socket.protocol === "wss:" ? "https:" : "http:";
  url.search = socket.search;
  return url.toString();
}

export async function askWhyRefused(
  socketUrl: string,
  fetch: typeof globalThis.fetch = globalThis.fetch,
  configured: string | undefined = import.meta.env.VITE_CONNECT_CHECK_URL || undefined,
): Promise<LinkVerdict> {
  let res: Response;
  try {
    res = await fetch(connectCheckUrl(socketUrl, configured), { cache: "no-store" });
  } catch {
    return "unreachable";
  }
  if (res.status === 401 || res.status === 403) return "refused";
  if (res.ok) return "allowed";
  // 429: the check itself was throttled (a rush of joins): busy, as a server that cannot be reached, never a refusal
  return res.status === 429 || (res.status >= 500 && res.status !== 501) ? "unreachable" : "unknown";
}
