// The idle CPU of a running kringle: the offline runtime with no clients, measured over a span
// after a warm-up, with the stand-in calls it made meanwhile (what an idle pipeline still polls).
import { rmSync } from "node:fs";
import { startKringle } from "../runtime.js";
import { tempDataDir } from "../testing/test-kringle.js";
import { callsSince } from "./event-sourced.js";

export interface IdleCpu {
  /** CPU of kringle's process (every thread), as a share of one core */
  percentOfCore: number;
  spanMs: number;
  calls: { kinesis: Record<string, number>; dynamodb: Record<string, number> };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureIdleCpu(warmUpMs = 5_000, spanMs = 10_000): Promise<IdleCpu> {
  const dataDir = tempDataDir();
  const kringle = await startKringle({ dataDir, port: 0, logLevel: "ERROR" });
  try {
    await pause(warmUpMs);
    const [kinesisBefore, dynamoBefore] = await Promise.all([kringle.kinesis.calls(), kringle.dynamo.calls()]);
    const before = process.cpuUsage();
    const startedAt = performance.now();
    await pause(spanMs);
    const used = process.cpuUsage(before);
    const elapsed = performance.now() - startedAt;
    const [kinesisAfter, dynamoAfter] = await Promise.all([kringle.kinesis.calls(), kringle.dynamo.calls()]);
    return {
      percentOfCore: ((used.user + used.system) / 1000 / elapsed) * 100,
      spanMs: elapsed,
      calls: { kinesis: callsSince(kinesisBefore, kinesisAfter), dynamodb: callsSince(dynamoBefore, dynamoAfter) },
    };
  } finally {
    await kringle.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  measureIdleCpu().then((r) => {
    console.log(`idle CPU: ${r.percentOfCore.toFixed(1)} % of one core over ${(r.spanMs / 1000).toFixed(0)} s; calls ${JSON.stringify(r.calls)}`);
    process.exit(0);
  });
}
