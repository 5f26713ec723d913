// Private conversations: server-made conversation ids and the key that opens each one, an HMAC of
// the id under the server's secret, so $connect checks a key without looking anything up.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** Server-made ids: "s_" and 128 random bits (22 base64url characters). */
const SERVER_ID = /^s_[A-Za-z0-9_-]{22}$/;

export function newConversationId(): string {
  return `s_${randomBytes(16).toString("base64url")}`;
}

/** Whether the id was made by the server (and so was handed out with its key from the start). */
export function isServerMadeId(conversationId: string): boolean {
  return SERVER_ID.test(conversationId);
}

export function conversationKey(secret: string, conversationId: string): string {
  if (!secret) throw new Error("the conversation secret is not configured");
  return createHmac("sha256", secret).update(`conversation:${conversationId}`, "utf8").digest("base64url");
}

/** Compared in constant time: how close a guess came does not show. */
export function keyOpens(secret: string, conversationId: string, key: string | undefined): boolean {
  if (!key) return false;
  const expected = Buffer.from(conversationKey(secret, conversationId));
  const given = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
