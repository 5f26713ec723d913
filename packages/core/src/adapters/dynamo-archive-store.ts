// The events table: every event of a conversation at its stream position, kept past Kinesis
// retention. Writing the same event at the same position again is a no-op by construction.
// The conversations of a consumer's batch are written together (group commit): BatchWrite
// calls of 25 items, not one short call per conversation.
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { KringleEvent } from "../events/schemas.js";
import { batchPut } from "./dynamo-batch.js";
import { GroupCommit } from "./group-commit.js";

/** Sequence numbers are decimal strings; padding makes their string order their numeric order. */
export function archivePosition(sequenceNumber: string): string {
  return sequenceNumber.padStart(64, "0");
}

type ArchiveItem = { conversationId: string; position: string; id: string; type: string; event: string };

export class ArchiveStore {
  private readonly puts = new GroupCommit<ArchiveItem>((items) => batchPut(this.client, this.table, distinct(items)));

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async put(entries: readonly { sequenceNumber: string; event: KringleEvent }[]): Promise<void> {
    await this.puts.add(
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

/** One item per key: a BatchWrite call refuses two writes of the same item (a record delivered twice). */
function distinct(items: ArchiveItem[]): ArchiveItem[] {
  return [...new Map(items.map((i) => [`${i.conversationId}\u0000${i.position}`, i])).values()];
}
