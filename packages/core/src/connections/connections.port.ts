// The connections read model's store port: one item per connection, saved conditional on its version.
import type { ConnectionItem } from "./connections.projection.js";

export interface ConnectionsStore {
  get(connectionId: string): Promise<ConnectionItem | undefined>;
  /** `loadedVersion` undefined: the item must not exist yet */
  save(loadedVersion: number | undefined, item: ConnectionItem): Promise<void>;
}
