// The events table: every event of a conversation at its stream position, kept past Kinesis
// retention. Writing the same event at the same position again is a no-op by construction.
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { KringleEvent } from "../events/schemas.js";
import { batchPut } from "../adapters/dynamo-batch.js";

/** Sequence numbers are decimal strings; padding makes their string order their numeric order. */
export function archivePosition(sequenceNumber: string): string {
  return sequenceNumber.padStart(64, "0");
}

export class ArchiveStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async put(entries: readonly { sequenceNumber: string; event: KringleEvent }[]): Promise<void> {
    await batchPut(
      this.client,
      this.table,
      entries.map(({ sequenceNumber, event }) => ({
        conversationId: event.conversationId,
        position: archivePosition(sequenceNumber),
        id: event.id,
        type: event.type,
        event: JSON.stringify(event),
      })),
    );
  }
}
