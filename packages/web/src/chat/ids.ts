// Ids the browser makes: the conversation (kept in localStorage) and each message (the idempotency key).
export const CONVERSATION_ID_KEY = "kringle.conversationId";
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** 32 hex digits; getRandomValues works on plain http too, where randomUUID does not. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function newMessageId(): string {
  return `m_${randomId()}`;
}

/** This browser's conversation: the one it kept, or a new one it keeps from now on. */
export function conversationId(storage: Pick<Storage, "getItem" | "setItem"> | undefined): string {
  const kept = read(storage);
  if (kept !== null && CONVERSATION_ID.test(kept)) return kept;
  const made = `c_${randomId()}`;
  try {
    storage?.setItem(CONVERSATION_ID_KEY, made);
  } catch {
    // Storage can be full or switched off; the conversation then lasts as long as the page.
  }
  return made;
}

/** A new conversation for a new letter, kept from now on in place of the old one. */
export function newConversationId(storage: Pick<Storage, "setItem"> | undefined): string {
  const made = `c_${randomId()}`;
  try {
    storage?.setItem(CONVERSATION_ID_KEY, made);
  } catch {
    // as above: without storage the new letter lasts as long as the page
  }
  return made;
}

function read(storage: Pick<Storage, "getItem"> | undefined): string | null {
  try {
    return storage?.getItem(CONVERSATION_ID_KEY) ?? null;
  } catch {
    return null;
  }
}
