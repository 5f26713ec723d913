// Kinesis offline: kinesalite on a thread of its own with its data on disk, the stream created
// from the wiring. Appends are observed, per shard, so the emulated event-source mappings poll a
// shard as soon as it has something and spare the calls while it has nothing.
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, ListShardsCommand, ResourceInUseException } from "@aws-sdk/client-kinesis";
import { standInClientConfig } from "./local-client-config.js";
import type { RunCredentials } from "./run-credentials.js";
import { startStandInThread, type AppendedRecord } from "./stand-in-thread.js";

export type { AppendedRecord };

export interface KinesisStandIn {
  endpoint: string;
  client: KinesisClient;
  /** how many calls it has been sent since it started, by operation */
  calls(): Promise<Record<string, number>>;
  shardIds: string[];
  /** called after every successful PutRecord(s), with the records it added */
  onAppend(listener: (records: AppendedRecord[]) => void): void;
  close(): Promise<void>;
}

export async function startKinesis(options: { path: string; credentials: RunCredentials; acceptedKeyIds: readonly string[]; streamName: string; shards: number }): Promise<KinesisStandIn> {
  const thread = await startStandInThread("kinesis", options.path, options.acceptedKeyIds);
  const { endpoint } = thread;
  const client = new KinesisClient(standInClientConfig(endpoint, options.credentials));
  try {
    await client.send(new CreateStreamCommand({ StreamName: options.streamName, ShardCount: options.shards }));
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  for (;;) {
    const out = await client.send(new DescribeStreamSummaryCommand({ StreamName: options.streamName }));
    if (out.StreamDescriptionSummary?.StreamStatus === "ACTIVE") break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const shards = await client.send(new ListShardsCommand({ StreamName: options.streamName }));
  return {
    endpoint,
    client,
    calls: () => thread.calls(),
    shardIds: (shards.Shards ?? []).map((s) => s.ShardId!),
    onAppend: (listener) => thread.onMessage((m) => m.type === "appended" && listener(m.records ?? [])),
    close: async () => {
      client.destroy();
      await thread.close();
    },
  };
}
