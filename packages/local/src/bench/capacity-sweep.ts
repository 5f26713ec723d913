// The capacity sweep: the saturating load (every child at once, no pause) at growing counts of
// replies streaming at the same moment, each through both designs, as one table; the headline
// "capacity" is the largest count whose first-token overhead stays within the p99 target.
import { loadavg } from "node:os";
import { integrity } from "./chat-load.js";
import { runDirectPush } from "./direct-push.js";
import { runEventSourced, type ScenarioResult } from "./event-sourced.js";
import { summarize, type Summary } from "./stats.js";

export const P99_TARGET_MS = 150;

export interface SweepRow {
  streaming: number;
  overhead: Summary;
  ratio: number;
  eventsPerSecond: number;
  cpuMsPerEvent: number;
  /** stand-in calls per event: Kinesis, DynamoDB */
  kinesisCallsPerEvent: number;
  dynamoCallsPerEvent: number;
  lost: number;
  doubled: number;
  /** the 1-minute load average when the row finished: other work on the machine */
  load: number;
}

function overheadOf(r: ScenarioResult): number[] {
  const out: number[] = [];
  for (const t of r.timings) {
    const first = r.firstTokens.get(t.messageId);
    if (first !== undefined && t.firstChunkAt !== undefined) out.push(t.firstChunkAt - first);
  }
  return out;
}

const completionP50 = (r: ScenarioResult) => summarize(r.timings.filter((t) => t.completedAt !== undefined).map((t) => t.completedAt! - t.sentAt)).p50;
const total = (calls: Record<string, number> | undefined) => Object.values(calls ?? {}).reduce((a, b) => a + b, 0);

export async function runSweep(counts: readonly number[], o: { messages: number; wordMs: number }, progress: (line: string) => void): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  for (const streaming of counts) {
    const options = { clients: streaming, messages: o.messages, wordMs: o.wordMs, thinkMs: 0, rampMs: 0 };
    progress(`  ${streaming} at once…`);
    const direct = await runDirectPush(options);
    const sourced = await runEventSourced(options);
    const events = Object.values(sourced.eventsByType).reduce((a, b) => a + b, 0);
    const { lost, doubled } = integrity(sourced.timings);
    rows.push({
      streaming,
      overhead: summarize(overheadOf(sourced)),
      ratio: completionP50(sourced) / completionP50(direct),
      eventsPerSecond: events / (sourced.durationMs / 1000),
      cpuMsPerEvent: (sourced.cpuMs ?? Number.NaN) / events,
      kinesisCallsPerEvent: total(sourced.calls?.kinesis) / events,
      dynamoCallsPerEvent: total(sourced.calls?.dynamodb) / events,
      lost,
      doubled,
      load: loadavg()[0]!,
    });
  }
  return rows;
}

/** The largest count whose p99 overhead is within the target, every smaller count included. */
export function capacityOf(rows: readonly SweepRow[]): number {
  let capacity = 0;
  for (const r of [...rows].sort((a, b) => a.streaming - b.streaming)) {
    if (r.overhead.p99 > P99_TARGET_MS || r.lost || r.doubled) break;
    capacity = r.streaming;
  }
  return capacity;
}

export function sweepTable(rows: readonly SweepRow[]): string {
  const head = "| streaming at once | overhead p50 / p99 | completion ratio | events/s | CPU per event | Kinesis / DynamoDB calls per event | lost / doubled | load |";
  const lines = [head, "|---|---|---|---|---|---|---|---|"];
  for (const r of rows) {
    lines.push(
      `| ${r.streaming} | ${r.overhead.p50.toFixed(1)} / ${r.overhead.p99.toFixed(1)} ms | ${r.ratio.toFixed(2)} | ${r.eventsPerSecond.toFixed(0)} | ${r.cpuMsPerEvent.toFixed(2)} ms | ${r.kinesisCallsPerEvent.toFixed(2)} / ${r.dynamoCallsPerEvent.toFixed(2)} | ${r.lost} / ${r.doubled} | ${r.load.toFixed(1)} |`,
    );
  }
  return lines.join("\n");
}
