// Feature slices run unchanged outside Lambda: the transcript runner gives the same table through
// its Lambda host as through a direct call, and the archive keeps an event appended twice once.
import { CreateTableCommand, waitUntilTableExists } from "@aws-sdk/client-dynamodb";
import {
  DynamoArchive,
  DynamoTranscriptStore,
  KinesisEventLog,
  MemoryTranscriptStore,
  allEntries,
  finishedEntries,
  documentClient,
  encodeEvent,
  kinesisClient,
  makeEvent,
  projectTranscript,
  silentPusher,
  wiring,
  type KringleEvent,
} from "@kringle/core";
import type { Context, KinesisStreamEvent } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handler as transcriptHost } from "../../functions/src/stream/transcript-projector.js";
import { lambdaContext } from "./lambda/functions.js";
import { callsSince } from "./bench/event-sourced.js";
import { createTableInput } from "./stand-ins/dynamo.js";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle();
});
afterAll(() => k.dispose());

function conversation(c: string): KringleEvent[] {
  const reply = "r_" + c;
  return [
    makeEvent("message.sent", c, { messageId: "m_1", text: "Hi Santa, I'm Ada" }, { id: `${c}_m1` }),
    makeEvent("reply.started", c, { replyId: reply, inReplyTo: "m_1", model: "north-pole-1", promptVersion: "v1" }, { id: `${c}_s` }),
    makeEvent("reply.chunk", c, { replyId: reply, seq: 0, text: "Ho ho " }, { id: `${c}_k0` }),
    makeEvent("reply.chunk", c, { replyId: reply, seq: 1, text: "ho, Ada!" }, { id: `${c}_k1` }),
    makeEvent("message.sent", c, { messageId: "m_2", text: "a kite please" }, { id: `${c}_m2` }),
    makeEvent("reply.completed", c, { replyId: reply, text: "Ho ho ho, Ada!", stopReason: "end_turn", usage: { input: 3, output: 4 }, ttftMs: 1, totalMs: 9 }, { id: `${c}_d` }),
  ];
}

/** The events as Lambda's Kinesis event source hands them to a function. */
function kinesisBatch(events: KringleEvent[]): KinesisStreamEvent {
  return {
    Records: events.map((event, i) => ({
      eventID: `shardId-000000000000:${1000 + i}`,
      eventName: "aws:kinesis:record",
      eventSource: "aws:kinesis",
      eventSourceARN: "arn:aws:kinesis:us-east-1:000000000000:stream/events",
      eventVersion: "1.0",
      awsRegion: "us-east-1",
      invokeIdentityArn: "arn:aws:iam::000000000000:role/test",
      kinesis: {
        kinesisSchemaVersion: "1.0",
        partitionKey: event.conversationId,
        sequenceNumber: String(1000 + i),
        approximateArrivalTimestamp: Date.now() / 1000,
        data: Buffer.from(encodeEvent(event).Data).toString("base64"),
      },
    })),
  };
}

const rows = (items: Record<string, unknown>[]) =>
  items.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort();

describe("feature slices", () => {
  it("the transcript runner gives the same table through its Lambda host as through a direct call", async () => {
    await k.dynamo.client.send(new CreateTableCommand(createTableInput("transcripts_direct", wiring.tables.transcripts)));
    await waitUntilTableExists({ client: k.dynamo.client, maxWaitTime: 30, minDelay: 1 }, { TableName: "transcripts_direct" });
    const events = conversation("c_slice");

    const context = lambdaContext("transcriptProjector", wiring.functions.transcriptProjector, Date.now() + 60_000) as Context;
    const response = await transcriptHost(kinesisBatch(events.slice(0, 3)), context);
    await transcriptHost(kinesisBatch(events.slice(3)), context);
    expect(response).toEqual({ batchItemFailures: [] });

    const store = new DynamoTranscriptStore(documentClient(k.dynamo.client), "transcripts_direct");
    await projectTranscript("c_slice", events.slice(0, 3), { store, pusher: silentPusher });
    await projectTranscript("c_slice", events.slice(3), { store, pusher: silentPusher });

    const hosted = (await k.scan("transcripts")).filter((i) => i.conversationId === "c_slice");
    const direct = await k.scan("transcripts_direct");
    expect(hosted.length).toBe(4); // the meta item, two messages and the finished reply
    expect(rows(direct)).toEqual(rows(hosted));
  });

  it("the transcript store hands the gift extractor the finished entries only, and Santa and sync the reply still streaming too", async () => {
    await k.dynamo.client.send(new CreateTableCommand(createTableInput("transcripts_streaming", wiring.tables.transcripts)));
    await waitUntilTableExists({ client: k.dynamo.client, maxWaitTime: 30, minDelay: 1 }, { TableName: "transcripts_streaming" });
    const streaming = conversation("c_streaming").slice(0, 4);
    const stores = [new DynamoTranscriptStore(documentClient(k.dynamo.client), "transcripts_streaming"), new MemoryTranscriptStore()];
    for (const store of stores) {
      await projectTranscript("c_streaming", streaming, { store, pusher: silentPusher });
      expect((await allEntries(store, "c_streaming")).map((e) => [e.kind, e.kind === "reply" ? e.status : e.text])).toEqual([
        ["message", "Hi Santa, I'm Ada"],
        ["reply", "streaming"],
      ]);
      expect((await finishedEntries(store, "c_streaming")).map((e) => e.kind)).toEqual(["message"]);
    }
  });

  it("the transcript store reads a conversation from the start in one query, the streaming reply with it, and from later on too", async () => {
    const store = new DynamoTranscriptStore(documentClient(k.dynamo.client), "transcripts_streaming");
    const before = await k.dynamo.callsByTable();
    expect((await allEntries(store, "c_streaming")).map((e) => e.kind)).toEqual(["message", "reply"]);
    expect(callsSince(before, await k.dynamo.callsByTable())).toEqual({ "Query transcripts_streaming": 1 });
    const later: string[] = [];
    for await (const page of store.entriesAfter("c_streaming", 1)) later.push(...page.map((e) => (e.kind === "reply" ? e.status : e.text)));
    expect(later).toEqual(["streaming"]);
  });

  it("the archive keeps an event appended twice (a retry after a crash) once, and reads it back in order", async () => {
    const events = conversation("c_twice");
    const log = new KinesisEventLog(kinesisClient(), { streamName: wiring.stream.name });
    await log.append(events.slice(0, 4));
    // the same events again, as a handler that crashed after appending would send them
    await log.append(events.slice(2, 4));
    await log.append(events.slice(4));
    await k.whenCaughtUp();

    const archive = new DynamoArchive(documentClient(k.dynamo.client), "events");
    const read: KringleEvent[] = [];
    for await (const page of archive.conversation("c_twice")) read.push(...page.map((a) => a.event));
    // Santa answered the messages too; of these events each is there once, in order
    const mine = new Set(events.map((e) => e.id));
    expect(read.map((e) => e.id).filter((id) => mine.has(id))).toEqual(events.map((e) => e.id));
    expect(new Set(read.map((e) => e.id)).size).toBe(read.length);

    const ids: string[] = [];
    for await (const page of archive.conversationIds()) ids.push(...page);
    expect(ids).toContain("c_twice");
    expect(new Set(ids).size).toBe(ids.length);
  });
});
