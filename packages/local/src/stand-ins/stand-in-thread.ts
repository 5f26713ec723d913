// Starts a stand-in on a worker thread and talks to it: its endpoint, its append notices, closing.
import { Worker } from "node:worker_threads";

import type { AnnouncedRecord } from "../lambda/fan-out-tail.js";

export type AppendedRecord = AnnouncedRecord;

interface ThreadMessage {
  type: string;
  port?: number;
  records?: AppendedRecord[];
  calls?: Record<string, number>;
  byTable?: Record<string, number>;
}

export interface StandInThread {
  endpoint: string;
  onMessage(listener: (message: ThreadMessage) => void): void;
  /** how many calls the stand-in has been sent since it started, by operation */
  calls(): Promise<Record<string, number>>;
  /** dynalite's calls by operation and table (`PutItem transcripts`); none for kinesalite */
  callsByTable(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

const WORKER = new URL("./stand-in.worker.cjs", import.meta.url);

/** `acceptedKeyIds`: the access key ids whose signed requests it answers (run-credentials.ts) */
export function startStandInThread(kind: "kinesis" | "dynamo", path: string, acceptedKeyIds: readonly string[], host = "127.0.0.1"): Promise<StandInThread> {
  const worker = new Worker(WORKER, { workerData: { kind, path, host, acceptedKeyIds } });
  const listeners: ((message: ThreadMessage) => void)[] = [];
  const counted = () =>
    new Promise<ThreadMessage>((done) => {
      const answer = (m: ThreadMessage) => {
        if (m.type !== "calls") return;
        worker.off("message", answer);
        done(m);
      };
      worker.on("message", answer);
      worker.postMessage({ type: "calls" });
    });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (message: ThreadMessage) => {
      if (message.type === "ready") {
        worker.off("error", reject);
        worker.on("error", (err) => console.error(`kringle: the ${kind} stand-in failed:`, err));
        resolve({
          endpoint: `http://${host}:${message.port}`,
          onMessage: (listener) => listeners.push(listener),
          calls: () => counted().then((m) => m.calls ?? {}),
          callsByTable: () => counted().then((m) => m.byTable ?? {}),
          close: () =>
            new Promise<void>((done) => {
              worker.on("message", (m: { type: string }) => m.type === "closed" && void worker.terminate().then(() => done()));
              worker.postMessage({ type: "close" });
            }),
        });
      } else {
        listeners.forEach((l) => l(message));
      }
    });
  });
}
