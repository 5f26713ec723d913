// Who may open which conversation, decided on $connect: the token names the role; a child without
// a conversation starts one, a child rejoining needs the conversation's key. Conversations from
// before keys existed are trusted on first use: the first keyless rejoin is given the key, once.
import { roleForToken, ELVES_CONVERSATION, type Tokens } from "../auth/tokens.js";
import { conversationIdSchema, type Role } from "../events/schemas.js";
import { conversationKey, isServerMadeId, keyOpens, newConversationId } from "./conversation-keys.js";

export interface AccessQuery {
  token?: string | null;
  conversationId?: string | null;
  key?: string | null;
}

export type AccessDecision =
  | {
      allow: true;
      role: Role;
      conversationId: string;
      /** the key to hand the child in `conversation.started`: a conversation started (or first keyed) on this connection */
      startedKey?: string;
    }
  | { allow: false; status: 401 | 403; reason: string };

export interface AccessPorts {
  tokens: Tokens;
  secret: string;
  /**
   * For a conversation recorded before keys: true once, for the first keyless rejoin of a
   * conversation that has a transcript and was never given a key; it claims the key atomically
   */
  claimLegacyKey(conversationId: string): Promise<boolean>;
  newId?: () => string;
}

export async function decideAccess(query: AccessQuery, ports: AccessPorts): Promise<AccessDecision> {
  const role = roleForToken(query.token ?? undefined, ports.tokens);
  if (!role) return { allow: false, status: 401, reason: "the token is missing or wrong" };
  if (role === "elf") return { allow: true, role, conversationId: ELVES_CONVERSATION };
  const given = query.conversationId ?? "";
  if (given === "") {
    if (query.key) return { allow: false, status: 403, reason: "a key without its conversationId opens nothing" };
    const conversationId = (ports.newId ?? newConversationId)();
    return { allow: true, role, conversationId, startedKey: conversationKey(ports.secret, conversationId) };
  }
  // a malformed id is the $connect route's to refuse (400), with nothing looked up
  if (!conversationIdSchema.safeParse(given).success) return { allow: true, role, conversationId: given };
  if (query.key) {
    return keyOpens(ports.secret, given, query.key)
      ? { allow: true, role, conversationId: given }
      : { allow: false, status: 403, reason: "the key does not open this conversation" };
  }
  if (!isServerMadeId(given) && (await ports.claimLegacyKey(given))) {
    return { allow: true, role, conversationId: given, startedKey: conversationKey(ports.secret, given) };
  }
  return { allow: false, status: 403, reason: "rejoining a conversation needs its key" };
}
