// Rebuilding read models from the archive: fresh tables (`<table>_rebuild_<n>`), every archived
// event through the same runners and consumer filters as live (pushing nothing), then a diff
// against the tables in use. The tables in use are never written; which ones are in use offline is
// kept in the data dir's tables.json (a swap writes it; the runtime reads it at start).
import { CreateTableCommand, ListTablesCommand, ScanCommand, waitUntilTableExists, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import {
  DynamoArchive,
  DynamoTranscriptStore,
  MemoryConnectionsStore,
  MemoryGiftsStore,
  MemoryTranscriptStore,
  batchPut,
  documentClient,
  projectConnections,
  projectGifts,
  projectTranscript,
  silentPusher,
  wiring,
  type ConsumerName,
  type KringleEvent,
  type TableKey,
} from "@kringle/core";
import { compilePattern } from "./bus/event-pattern.js";
import { createTableInput } from "./stand-ins/dynamo.js";
export { swapTables, tablesInUse } from "./tables-in-use.js";

export const PROJECTIONS = ["transcripts", "connections", "gifts"] as const;
export type Projection = (typeof PROJECTIONS)[number];

const consumerOf: Record<Projection, ConsumerName> = { transcripts: "transcript", connections: "connections", gifts: "gifts" };

/** The consumer's wired filters, matched as the event-source mapping matches them. */
function filterOf(projection: Projection): (event: KringleEvent) => boolean {
  const filters = (wiring.consumers[consumerOf[projection]] as { filters?: unknown[] }).filters;
  if (!filters?.length) return () => true;
  const matchers = filters.map((f) => compilePattern(f));
  return (event) => matchers.some((m) => m({ partitionKey: event.conversationId, data: event }));
}

async function freshTable(client: DynamoDBClient, projection: Projection): Promise<string> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    names.push(...(page.TableNames ?? []));
    start = page.LastEvaluatedTableName;
  } while (start);
  const prefix = `${projection}_rebuild_`;
  const n = 1 + Math.max(0, ...names.filter((t) => t.startsWith(prefix)).map((t) => Number(t.slice(prefix.length)) || 0));
  const name = `${prefix}${n}`;
  await client.send(new CreateTableCommand(createTableInput(name, wiring.tables[projection])));
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 1 }, { TableName: name });
  return name;
}

export async function scanTable(client: DynamoDBClient, table: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, never> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []).map((i) => unmarshall(i)));
    start = page.LastEvaluatedKey as typeof start;
  } while (start);
  return items;
}

/** JSON with sorted keys, so equal items give equal strings. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

export interface TableDiff {
  live: string;
  rebuilt: string;
  same: number;
  differing: { key: string; live: unknown; rebuilt: unknown }[];
  onlyLive: string[];
  onlyRebuilt: string[];
}

export async function diffTables(client: DynamoDBClient, projection: Projection, live: string, rebuilt: string): Promise<TableDiff> {
  const def = wiring.tables[projection] as { partitionKey: { name: string }; sortKey?: { name: string } };
  const keyOf = (item: Record<string, unknown>) => [item[def.partitionKey.name], ...(def.sortKey ? [item[def.sortKey.name]] : [])].join("/");
  const [a, b] = await Promise.all([scanTable(client, live), scanTable(client, rebuilt)]);
  const left = new Map(a.map((i) => [keyOf(i), i]));
  const right = new Map(b.map((i) => [keyOf(i), i]));
  const diff: TableDiff = { live, rebuilt, same: 0, differing: [], onlyLive: [], onlyRebuilt: [] };
  for (const [key, item] of left) {
    const other = right.get(key);
    if (!other) diff.onlyLive.push(key);
    else if (canonical(item) === canonical(other)) diff.same++;
    else diff.differing.push({ key, live: item, rebuilt: other });
  }
  for (const key of right.keys()) if (!left.has(key)) diff.onlyRebuilt.push(key);
  return diff;
}

export interface RebuildResult {
  events: number;
  conversations: number;
  tables: Partial<Record<Projection, string>>;
  /** conversations whose fold failed, with why: listed, never hidden */
  errors: { projection: Projection; conversationId: string; error: string }[];
  durationMs: number;
  /** of which creating the fresh tables (a fixed cost: the stand-in takes ~0.5 s to make a table active) */
  tablesMs: number;
}

export async function rebuild(
  client: DynamoDBClient,
  options: { projections: readonly Projection[]; onProgress?: (done: number, total: number) => void; concurrency?: number },
): Promise<RebuildResult> {
  const started = performance.now();
  const docs = documentClient(client);
  const byConversation = new Map<string, KringleEvent[]>();
  let events = 0;
  for await (const page of new DynamoArchive(docs, "events").all()) {
    for (const { event } of page) {
      const list = byConversation.get(event.conversationId) ?? [];
      list.push(event);
      byConversation.set(event.conversationId, list);
      events++;
    }
  }
  const tablesStarted = performance.now();
  const tables: Partial<Record<Projection, string>> = Object.fromEntries(await Promise.all(options.projections.map(async (p) => [p, await freshTable(client, p)])));
  const tablesMs = performance.now() - tablesStarted;
  const runners = options.projections.map((projection) => {
    const table = tables[projection]!;
    const keep = filterOf(projection);
    // the same runners fold into memory stores; the fresh table is then written in BatchWrite calls
    // (nothing else writes it, so no condition is needed, and 25 items share each call)
    const run = (): { fold: (id: string, evs: KringleEvent[]) => Promise<unknown>; write: () => Promise<void> } => {
      if (projection === "transcripts") {
        const memory = new MemoryTranscriptStore();
        const dynamo = new DynamoTranscriptStore(docs, table);
        return {
          fold: (id, evs) => projectTranscript(id, evs, { store: memory, pusher: silentPusher }),
          write: async () => void (await Promise.all(memory.held().map((s) => dynamo.putRebuilt(s)))),
        };
      }
      if (projection === "gifts") {
        const memory = new MemoryGiftsStore();
        return {
          fold: (id, evs) => projectGifts(id, evs, { store: memory, pusher: silentPusher, watchers: { elves: async () => [] } }),
          write: () => batchPut(docs, table, [...memory.held.values()] as unknown as Record<string, unknown>[]),
        };
      }
      const memory = new MemoryConnectionsStore();
      return {
        fold: (_id, evs) => projectConnections(evs, { store: memory }),
        write: () => batchPut(docs, table, [...memory.items.values()] as unknown as Record<string, unknown>[]),
      };
    };
    return { projection, keep, run, batchSize: wiring.consumers[consumerOf[projection]].batchSize };
  });
  const errors: RebuildResult["errors"] = [];
  const ids = [...byConversation.keys()];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++]!;
      const evs = byConversation.get(id)!;
      for (const r of runners) {
        const kept = evs.filter(r.keep);
        const { fold, write } = r.run();
        try {
          // in the consumer's batch size, as the event-source mapping hands them over
          for (let i = 0; i < kept.length; i += r.batchSize) await fold(id, kept.slice(i, i + r.batchSize));
          await write();
        } catch (err) {
          errors.push({ projection: r.projection, conversationId: id, error: err instanceof Error ? err.message : String(err) });
        }
      }
      options.onProgress?.(++done, ids.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, ids.length)) }, worker));
  return { events, conversations: ids.length, tables, errors, durationMs: performance.now() - started, tablesMs };
}
