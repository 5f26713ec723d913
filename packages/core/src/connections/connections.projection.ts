// The connections read model as a pure fold, one item per connection. A closed connection stays
// as a tombstone so a redelivered `connection.opened` cannot bring it back to life.
import type { CloseReason, KringleEvent, Role } from "../events/schemas.js";

export interface ConnectionItem {
  connectionId: string;
  conversationId: string;
  role: Role;
  userAgent: string;
  connectedAt: string;
  status: "open" | "closed";
  /**
   * only on an elf's open connection: the key of the sparse by-role index, which the gifts
   * projector asks for the elves to push to. Children's connections are never asked for, and
   * would all write one index key (hot at 1,000 writes/s: `docs/scale.md`)
   */
  openRole?: "elf";
  closedAt?: string;
  closeReason?: CloseReason;
  version: number;
}

/** The connection's next state, or the same object when the event changes nothing. */
export function evolveConnection(current: ConnectionItem | undefined, event: KringleEvent): ConnectionItem | undefined {
  switch (event.type) {
    case "connection.opened": {
      if (current) return current;
      const { connectionId, role, userAgent } = event.data;
      return {
        connectionId,
        conversationId: event.conversationId,
        role,
        userAgent,
        connectedAt: event.at,
        status: "open",
        ...(role === "elf" ? { openRole: role } : {}),
        version: 1,
      };
    }
    case "connection.closed": {
      if (current?.status === "closed") return current;
      const base: ConnectionItem = current ?? {
        // closed before its opening was seen (that event was parked): keep the tombstone anyway
        connectionId: event.data.connectionId,
        conversationId: event.conversationId,
        role: "child",
        userAgent: "",
        connectedAt: event.at,
        status: "open",
        version: 0,
      };
      const { openRole: _gone, ...rest } = base;
      return { ...rest, status: "closed", closedAt: event.at, closeReason: event.data.reason, version: base.version + 1 };
    }
    default:
      return current;
  }
}

export function connectionIdOf(event: KringleEvent): string | undefined {
  return event.type === "connection.opened" || event.type === "connection.closed" ? event.data.connectionId : undefined;
}
