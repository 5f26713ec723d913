// The connections store in memory, for runner tests and rebuild comparisons without I/O.
import type { ConnectionsStore } from "./connections.port.js";
import type { ConnectionItem } from "./connections.projection.js";

export class MemoryConnectionsStore implements ConnectionsStore {
  readonly items = new Map<string, ConnectionItem>();

  async get(connectionId: string): Promise<ConnectionItem | undefined> {
    const item = this.items.get(connectionId);
    return item && { ...item };
  }

  async save(loadedVersion: number | undefined, item: ConnectionItem): Promise<void> {
    const held = this.items.get(item.connectionId);
    if (held?.version !== loadedVersion) throw new Error(`connection ${item.connectionId} is at version ${held?.version}, not ${loadedVersion}`);
    this.items.set(item.connectionId, { ...item });
  }
}
