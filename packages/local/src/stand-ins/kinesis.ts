// Kinesis offline: kinesalite in-process with its data on disk, the stream created from the
// wiring. Appends are observed so the emulated event-source mappings can poll at once instead of
// waiting out their idle interval.
import { createRequire } from "node:module";
import type { Server } from "node:http";
import { CreateStreamCommand, DescribeStreamSummaryCommand, KinesisClient, ListShardsCommand, ResourceInUseException } from "@aws-sdk/client-kinesis";
import { closeServer, listen } from "./listen.js";
import { standInClientConfig } from "./local-client-config.js";

const require = createRequire(import.meta.url);

export interface KinesisStandIn {
  endpoint: string;
  client: KinesisClient;
  shardIds: string[];
  /** called after every successful PutRecord(s) */
  onAppend(listener: () => void): void;
  close(): Promise<void>;
}

export async function startKinesis(options: { path: string; streamName: string; shards: number }): Promise<KinesisStandIn> {
  const server: Server = require("kinesalite")({ path: options.path, createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0, shardLimit: 100 });
  const listeners: (() => void)[] = [];
  server.on("request", (req, res) => {
    const target = String(req.headers["x-amz-target"] ?? "");
    if (target.endsWith(".PutRecords") || target.endsWith(".PutRecord")) {
      res.on("finish", () => listeners.forEach((l) => l()));
    }
  });
  const endpoint = await listen(server);
  const client = new KinesisClient(standInClientConfig(endpoint));
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
    shardIds: (shards.Shards ?? []).map((s) => s.ShardId!),
    onAppend: (listener) => listeners.push(listener),
    close: async () => {
      client.destroy();
      await closeServer(server);
    },
  };
}
