// Ids the browser makes (each message's, the idempotency key) and the conversation it keeps in
// localStorage: the id and key the server handed out in `conversation.started`.
export const CONVERSATION_ID_KEY = "kringle.conversationId";
export const CONVERSATION_KEY_KEY = "kringle.conversationKey";
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** 32 hex digits; getRandomValues works on plain http too, where randomUUID does not. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function newMessageId(): string {
  return `m_${randomId()}`;
}

/**
 * What this browser kept: nothing (the server starts a conversation), an id and its key, or an id
 * alone, from before keys (the server hands it its key on the first rejoin).
 */
export interface KeptConversation {
  conversationId?: string;
  key?: string;
}

export function keptConversation(storage: Pick<Storage, "getItem"> | undefined): KeptConversation {
  const id = read(storage, CONVERSATION_ID_KEY);
  if (id === null || !CONVERSATION_ID.test(id)) return {};
  const key = read(storage, CONVERSATION_KEY_KEY);
  return key ? { conversationId: id, key } : { conversationId: id };
}

export function keepConversation(storage: KeyValueStorage | undefined, conversationId: string, key: string): void {
  try {
    storage?.setItem(CONVERSATION_ID_KEY, conversationId);
    storage?.setItem(CONVERSATION_KEY_KEY, key);
  } catch {
    // Storage can be full or switched off; the conversation then lasts as long as the page.
  }
}

export function forgetConversation(storage: KeyValueStorage | undefined): void {
  try {
    storage?.removeItem(CONVERSATION_ID_KEY);
    storage?.removeItem(CONVERSATION_KEY_KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}

function read(storage: Pick<Storage, "getItem"> | undefined, name: string): string | null {
  try {
    return storage?.getItem(name) ?? null;
  } catch {
    return null;
  }
}
