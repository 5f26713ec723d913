// The archive projector's apply step: every event, kept once, past the stream's retention.
import type { KringleEvent } from "../events/schemas.js";
import type { ArchiveWriter } from "./archive.port.js";

export interface ArchivePorts {
  archive: ArchiveWriter;
}

export async function archiveEvents(entries: readonly { sequenceNumber: string; event: KringleEvent }[], ports: ArchivePorts): Promise<void> {
  if (entries.length) await ports.archive.put(entries);
}
