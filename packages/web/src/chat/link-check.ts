// Asks the server why a socket was refused: `GET /connect-check` on the socket's host with the
// socket's query (the offline gateway answers it; docs/protocol.md says what it needs on AWS).
import type { LinkVerdict } from "./connection.js";

export function connectCheckUrl(socketUrl: string): string {
  const url = new URL(socketUrl);
  url.protocol = url.protocol === "wss:" ? "https:" : "http:";
  url.pathname = "/connect-check";
  return url.toString();
}

export async function askWhyRefused(socketUrl: string, fetch: typeof globalThis.fetch = globalThis.fetch): Promise<LinkVerdict> {
  let res: Response;
  try {
    res = await fetch(connectCheckUrl(socketUrl), { cache: "no-store" });
  } catch {
    return "unreachable";
  }
  if (res.status === 401 || res.status === 403) return "refused";
  if (res.ok) return "allowed";
  return res.status >= 500 && res.status !== 501 ? "unreachable" : "unknown";
}
