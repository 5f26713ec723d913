// How a `kringle` command reaches a data dir's tables: through the stand-ins of the
// kringle running on it (whose endpoints `npm start` writes to endpoints.json), else through
// stand-ins of its own, which then hold the data dir until the command ends.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { wiring } from "@kringle/core";
import { lockDataDir, processAlive } from "./data-dir-lock.js";
import { standInClientConfig } from "./stand-ins/local-client-config.js";
import { startDynamo } from "./stand-ins/dynamo.js";
import { makeRunCredentials, type RunCredentials } from "./stand-ins/run-credentials.js";

export interface Endpoints {
  pid: number;
  kinesis: string;
  dynamodb: string;
  /** the running kringle's own credentials: its stand-ins answer no others */
  credentials: RunCredentials;
}

const endpointsFile = (dataDir: string) => join(dataDir, "endpoints.json");

/** Written by the running kringle once its stand-ins listen; removed when it stops. */
export function publishEndpoints(dataDir: string, endpoints: Omit<Endpoints, "pid">): () => void {
  const file = endpointsFile(dataDir);
  // readable by this user only, like tokens.json: it holds the stand-ins' credentials
  writeFileSync(file, JSON.stringify({ pid: process.pid, ...endpoints }, null, 2) + "\n", { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/** The running kringle's endpoints, if one runs on the data dir (a file left by a crash is ignored). */
export function runningEndpoints(dataDir: string): Endpoints | undefined {
  try {
    const e = JSON.parse(readFileSync(endpointsFile(dataDir), "utf8")) as Endpoints;
    return Number.isInteger(e.pid) && processAlive(e.pid) ? e : undefined;
  } catch {
    return undefined;
  }
}

export interface StandIns {
  dynamo: DynamoDBClient;
  dynamoEndpoint: string;
  /** whether these are the running kringle's (true) or this command's own */
  shared: boolean;
  close(): Promise<void>;
}

export async function openStandIns(dataDir: string): Promise<StandIns> {
  const running = runningEndpoints(dataDir);
  if (running) {
    const dynamo = new DynamoDBClient(standInClientConfig(running.dynamodb, running.credentials));
    return {
      dynamo,
      dynamoEndpoint: running.dynamodb,
      shared: true,
      close: async () => dynamo.destroy(),
    };
  }
  const unlock = lockDataDir(dataDir);
  try {
    const credentials = makeRunCredentials();
    const d = await startDynamo({ path: join(dataDir, "dynamodb"), tables: wiring.tables, credentials, acceptedKeyIds: [credentials.accessKeyId] });
    return {
      dynamo: d.client,
      dynamoEndpoint: d.endpoint,
      shared: false,
      close: async () => {
        await d.close();
        unlock();
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

/** Where `replay` and `export` read the archive: a deployed events table, or the data dir's. */
export interface ArchiveSource {
  dynamo: DynamoDBClient;
  table: string;
  /** "aws" when KRINGLE_TABLE_EVENTS names a deployed table */
  where: "aws" | "offline";
  close(): Promise<void>;
}

/**
 * With KRINGLE_TABLE_EVENTS set (a deployed stage's events table, e.g. prod-kringle-events), the
 * AWS SDK's own configuration and credentials reach it (AWS_PROFILE, AWS_REGION, …), and only
 * reads are made; otherwise the data dir's stand-ins, as openStandIns gives them.
 */
export async function openArchiveSource(dataDir: string, env: NodeJS.ProcessEnv): Promise<ArchiveSource> {
  const deployed = env.KRINGLE_TABLE_EVENTS;
  if (deployed) {
    const dynamo = new DynamoDBClient({});
    return { dynamo, table: deployed, where: "aws", close: async () => dynamo.destroy() };
  }
  const standIns = await openStandIns(dataDir);
  return { dynamo: standIns.dynamo, table: "events", where: "offline", close: () => standIns.close() };
}
