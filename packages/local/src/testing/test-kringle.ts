// Starts kringle offline for a test: a fresh data dir, an ephemeral port, a fast offline model,
// errors collected rather than printed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import { conversationKey, DynamoArchive, documentClient, wiring, type KringleEvent } from "@kringle/core";
import { startKringle, type Kringle, type RuntimeOptions } from "../runtime.js";
import { TestClient } from "./ws-client.js";

export interface TestKringle extends Kringle {
  errors: { message: string; error: unknown }[];
  /** a child joining the conversation with its key, as a browser that was given it would */
  child(conversationId: string): Promise<TestClient>;
  /** a child connecting with no conversation: it starts one (sync to learn its id and key) */
  newChild(): Promise<TestClient>;
  /** the key the server hands out for a conversation */
  keyOf(conversationId: string): string;
  elf(): Promise<TestClient>;
  scan(table: string): Promise<Record<string, unknown>[]>;
  /** the archived events, of one conversation or of all, each in its conversation's order */
  archived(conversationId?: string): Promise<KringleEvent[]>;
  /** stops, keeping the data dir (for restart tests) */
  stopKeepingData(): Promise<void>;
  /** stops and removes the data dir */
  dispose(): Promise<void>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "kringle-test-"));
}

export async function startTestKringle(options: RuntimeOptions = {}): Promise<TestKringle> {
  const errors: { message: string; error: unknown }[] = [];
  const dataDir = options.dataDir ?? tempDataDir();
  const kringle = await startKringle({
    port: 0,
    offlineWordMs: 0,
    logLevel: "SILENT",
    retryBaseMs: 10,
    accessToken: "child-token",
    elfToken: "elf-token",
    // fixed, so a restarted test kringle opens the same conversations
    conversationSecret: "test-conversation-secret",
    sendMessageRateLimit: { burst: wiring.routes.sendMessage.rateLimit.burst, everyMs: wiring.routes.sendMessage.rateLimit.everyMs },
    onError: (message, error) => errors.push({ message, error }),
    ...options,
    dataDir,
  });
  let stopped = false;
  return Object.assign(kringle, {
    errors,
    child: (conversationId: string) =>
      TestClient.open(
        `${kringle.wsUrl}/?token=${kringle.config.accessToken}&conversationId=${conversationId}&key=${conversationKey(kringle.config.conversationSecret, conversationId)}`,
      ),
    newChild: () => TestClient.open(`${kringle.wsUrl}/?token=${kringle.config.accessToken}`),
    keyOf: (conversationId: string) => conversationKey(kringle.config.conversationSecret, conversationId),
    elf: () => TestClient.open(`${kringle.wsUrl}/?token=${kringle.config.elfToken}`),
    async scan(table: string) {
      const out = await kringle.dynamo.client.send(new ScanCommand({ TableName: table, ConsistentRead: true }));
      return (out.Items ?? []).map((i) => unmarshall(i));
    },
    async archived(conversationId?: string) {
      const archive = new DynamoArchive(documentClient(kringle.dynamo.client), "events");
      const events: KringleEvent[] = [];
      for await (const page of conversationId ? archive.conversation(conversationId) : archive.all()) events.push(...page.map((a) => a.event));
      return events;
    },
    async stopKeepingData() {
      if (!stopped) await kringle.stop();
      stopped = true;
    },
    async dispose() {
      if (!stopped) await kringle.stop();
      stopped = true;
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
