// The connections projector's apply step, against a store port: each connection event folded into
// its connection's item and saved conditional on the version read.
import type { KringleEvent } from "../events/schemas.js";
import type { ConnectionsStore } from "./connections.port.js";
import { connectionIdOf, evolveConnection } from "./connections.projection.js";

export interface ConnectionsPorts {
  store: ConnectionsStore;
}

/** Projects events in stream order; returns how many items were saved. */
export async function projectConnections(events: readonly KringleEvent[], ports: ConnectionsPorts): Promise<number> {
  let saved = 0;
  for (const event of events) {
    const connectionId = connectionIdOf(event);
    if (!connectionId) continue;
    const current = await ports.store.get(connectionId);
    const next = evolveConnection(current, event);
    if (next && next !== current) {
      await ports.store.save(current?.version, next);
      saved++;
    }
  }
  return saved;
}
