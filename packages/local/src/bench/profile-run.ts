// One run of the event-sourced pipeline alone, to be profiled, saturating unless told otherwise
// (`--think-ms 5000 --ramp-ms 10000` is the bench's default load):
//   node --cpu-prof --cpu-prof-dir=<dir> --import tsx packages/local/src/bench/profile-run.ts --clients 50
//   npx tsx packages/local/src/bench/cpu-profile.ts <dir>
// Every thread of the process (the functions, Santa's thread, the stand-ins' threads) writes a
// profile of its own; the clients run in a process that is not profiled.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { runEventSourced } from "./event-sourced.js";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "50" },
    messages: { type: "string", default: "3" },
    "think-ms": { type: "string", default: "0" },
    "ramp-ms": { type: "string", default: "0" },
  },
});

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const r = await runEventSourced({ clients: Number(values.clients), messages: Number(values.messages), wordMs: 20, thinkMs: Number(values["think-ms"]), rampMs: Number(values["ramp-ms"]) });
  const events = Object.values(r.eventsByType).reduce((a, b) => a + b, 0);
  console.log(`${events} events in ${(r.durationMs / 1000).toFixed(1)} s, CPU ${((r.cpuMs ?? 0) / events).toFixed(2)} ms per event, load ${loadavg()[0]!.toFixed(2)}`);
  console.log(`stand-in calls: ${JSON.stringify(r.calls)}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error("profile run failed:", err);
    process.exit(1);
  },
);
