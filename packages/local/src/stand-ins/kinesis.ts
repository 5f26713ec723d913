// Kinesis offline: kinesalite in-process with its data on disk, the stream created from the
// wiring. Appends are observed, per shard, so the emulated event-source mappings poll a shard as
// soon as it has something and spare the calls while it has nothing.
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
  /** called after every successful PutRecord(s), with the shards that received records */
  onAppend(listener: (shardIds: string[]) => void): void;
  close(): Promise<void>;
}

export async function startKinesis(options: { path: string; streamName: string; shards: number }): Promise<KinesisStandIn> {
  const server: Server = require("kinesalite")({ path: options.path, createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0, shardLimit: 100 });
  const listeners: ((shardIds: string[]) => void)[] = [];
  server.on("request", (req, res) => {
    const target = String(req.headers["x-amz-target"] ?? "");
    if (!target.endsWith(".PutRecords") && !target.endsWith(".PutRecord")) return;
    // the answer names the shard of every record appended
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
    res.end = ((...args: unknown[]) => {
      const body = args[0];
      if (res.statusCode === 200 && (typeof body === "string" || Buffer.isBuffer(body))) {
        try {
          const out = JSON.parse(body.toString()) as { ShardId?: string; Records?: { ShardId?: string }[] };
          const shards = [...new Set([out.ShardId, ...(out.Records ?? []).map((r) => r.ShardId)].filter((s): s is string => !!s))];
          res.once("finish", () => listeners.forEach((l) => l(shards)));
        } catch {
          // not an answer we can read: nothing to announce
        }
      }
      return end(...args);
    }) as typeof res.end;
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
