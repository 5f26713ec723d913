// `npm run bench`: the same chat load through kringle's event-sourced pipeline and through a
// direct-push baseline, in one run, with the figures ARCHITECTURE.md's targets are judged by.
import { cpus, loadavg, totalmem } from "node:os";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { capacityOf, P99_TARGET_MS, runSweep, sweepTable } from "./capacity-sweep.js";
import { integrity } from "./chat-load.js";
import { runDirectPush } from "./direct-push.js";
import { runEventSourced, type ScenarioResult } from "./event-sourced.js";
import { measureExtractorThroughput } from "./extractor-throughput.js";
import { runFloodCase } from "./flood.js";
import { measureIdleCpu } from "./idle-cpu.js";
import { northPoleSpeed, runProviders } from "./providers.js";
import { join } from "node:path";
import { repoRoot } from "../lambda/functions.js";
import { formatCallCosts, measureCallCosts } from "./call-cost.js";
import { formatRouteSizes, routeSizes } from "./route-sizes.js";
import { ms, row, summarize } from "./stats.js";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "50" },
    messages: { type: "string", default: "3" },
    "word-ms": { type: "string", default: "20" },
    "think-ms": { type: "string", default: "5000" },
    "ramp-ms": { type: "string", default: "10000" },
    json: { type: "boolean", default: false },
    "skip-providers": { type: "boolean", default: false },
    "skip-replay": { type: "boolean", default: false },
    "skip-idle": { type: "boolean", default: false },
    flood: { type: "boolean", default: false },
    "flood-per-second": { type: "string", default: "200" },
    sweep: { type: "string" },
  },
});
const options = {
  clients: Number(values.clients),
  messages: Number(values.messages),
  wordMs: Number(values["word-ms"]),
  thinkMs: Number(values["think-ms"]),
  rampMs: Number(values["ramp-ms"]),
};

function figures(r: ScenarioResult) {
  const overhead: number[] = [];
  const completion: number[] = [];
  const beforeModel: number[] = [];
  const afterModel: number[] = [];
  for (const t of r.timings) {
    const first = r.firstTokens.get(t.messageId);
    if (first !== undefined && t.firstChunkAt !== undefined) overhead.push(t.firstChunkAt - first);
    if (first !== undefined) beforeModel.push(first - t.sentAt);
    const last = r.lastTokens?.get(t.messageId);
    if (last !== undefined && t.completedAt !== undefined) afterModel.push(t.completedAt - last);
    if (t.completedAt !== undefined) completion.push(t.completedAt - t.sentAt);
  }
  return { overhead: summarize(overhead), completion: summarize(completion), beforeModel: summarize(beforeModel), afterModel: summarize(afterModel), ...integrity(r.timings) };
}

/** `--flood`: the rate limits' case (flood.ts) instead of the throughput comparison. */
async function flood() {
  const o = { ...options, floodPerSecond: Number(values["flood-per-second"]) };
  console.log(`kringle bench --flood: ${o.clients} children × ${o.messages} messages, one more child flooding ${o.floodPerSecond} sendMessage/s\n`);
  const r = await runFloodCase(o);
  console.log(`other children's first token: send → first chunk
${row("quiet", r.quiet.firstToken)}
${row("one child flooding", r.flooded.firstToken)}
  p99 flooded / quiet: ${r.p99Ratio.toFixed(3)}   (target ≤ 1.2)
  flood: ${r.flooded.flood.sent} sent, ${r.flooded.flood.rateLimited} rate_limited, ${r.flooded.flood.recorded} recorded, ${r.flooded.flood.replies} replies from Santa
  lost replies: quiet ${r.quiet.lost}, flooded ${r.flooded.lost}`);
  if (values.json) console.log(JSON.stringify({ flood: r }));
}

const loadAverage = () => loadavg().map((l) => l.toFixed(2)).join(" ");
const perEvent = (cpuMs: number | undefined, events: number) => `${((cpuMs ?? Number.NaN) / events).toFixed(2)} ms`;
const callsPerEvent = (calls: Record<string, number> | undefined, events: number, byCount = false) =>
  Object.entries(calls ?? {})
    .sort(([, a], [, b]) => (byCount ? b - a : 0))
    .map(([op, n]) => `${op} ${(n / events).toFixed(3)}`)
    .join(", ");

async function sweep(counts: number[]) {
  console.log(`capacity sweep: replies streaming at once = ${counts.join(", ")} (${options.messages} messages each, no pause, no ramp)`);
  const rows = await runSweep(counts, options, (line) => console.log(line));
  const capacity = capacityOf(rows);
  console.log(`\n${sweepTable(rows)}\n\ncapacity (largest count with first-token overhead p99 ≤ ${P99_TARGET_MS} ms, nothing lost or doubled): ${capacity}   target ≥ 200`);
  if (values.json) console.log(JSON.stringify({ options, sweep: rows, capacity }));
}

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  if (values.flood) return flood();
  const header =
    `kringle bench: ${options.clients} clients × ${options.messages} messages, offline model at ${options.wordMs} ms/word, ` +
    `${options.thinkMs} ms to read and answer (±50 %), clients joining over ${options.rampMs} ms`;
  console.log(`${header}\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadAverage()}\n`);
  if (values.sweep) return sweep(values.sweep.split(",").map(Number));

  const idle = values["skip-idle"] ? undefined : (console.log("measuring the idle runtime (5 s warm-up, 10 s)…"), await measureIdleCpu());
  console.log("running the direct-push baseline…");
  const direct = await runDirectPush(options);
  console.log("running the event-sourced pipeline…");
  const sourced = await runEventSourced(options);

  const d = figures(direct);
  const s = figures(sourced);
  const events = Object.values(sourced.eventsByType).reduce((a, b) => a + b, 0);
  const ratio = s.completion.p50 / d.completion.p50;
  // issue 12: a load with pauses between messages should cost almost nothing; everyone at once, ≤ 1.10
  const ratioTarget = options.thinkMs > 0 || options.rampMs > 0 ? 1.05 : 1.1;

  console.log(`
first token: model → client (overhead)
${row("event-sourced", s.overhead)}
${row("direct push", d.overhead)}
before the model: client send → model's first token
${row("event-sourced", s.beforeModel)}
${row("direct push", d.beforeModel)}
after the model: model's stream done → client has reply.completed
${row("event-sourced", s.afterModel)}
${row("direct push", d.afterModel)}
reply completion: client send → completed
${row("event-sourced", s.completion)}
${row("direct push", d.completion)}
  completion ratio event-sourced / direct (p50): ${ratio.toFixed(3)}   (p95: ${(s.completion.p95 / d.completion.p95).toFixed(3)})

pipeline
  events appended: ${events} in ${(sourced.durationMs / 1000).toFixed(1)} s = ${(events / (sourced.durationMs / 1000)).toFixed(0)} events/s
  events per conversation: ${Object.entries(sourced.eventsByType).map(([t, n]) => `${t} ${(n / sourced.conversations).toFixed(1)}`).join(", ")}
  projection lag (record reached the stream → consumer done):
${Object.entries(sourced.lagsMs).map(([c, l]) => `${row(c, summarize(l))}, ${(l.length / (sourced.invocations[c] ?? 1)).toFixed(1)} per invocation`).join("\n")}
  dead letters: ${sourced.deadLetters}
gifts: message sent → on the elves' dashboard (gifts.delta), ${sourced.giftLatenciesMs.length} wishes
${row("event-sourced", summarize(sourced.giftLatenciesMs))}   (target p99 ≤ 1 s)
  CPU (every thread of kringle's process): ${perEvent(sourced.cpuMs, events)} per event, ${perEvent(sourced.cpuMs, sourced.timings.length)} per reply (direct push: ${perEvent(direct.cpuMs, direct.timings.length)} per reply)
  stand-in calls per event: ${callsPerEvent(sourced.calls?.kinesis, events)}; ${callsPerEvent(sourced.calls?.dynamodb, events)}
  DynamoDB calls per event by table: ${callsPerEvent(sourced.calls?.dynamodbByTable, events, true)}
  @connections calls per event: ${callsPerEvent(sourced.calls?.connections, events)} (direct push, per event of the other run: ${callsPerEvent(direct.calls?.connections, events)}); bus per event: ${callsPerEvent(sourced.calls?.bus, events)}
  load average after the run: ${loadAverage()}

integrity (must be 0)
  event-sourced: lost ${s.lost}, doubled ${s.doubled}, chunks ≠ completed text ${s.garbled}
  direct push:   lost ${d.lost}, doubled ${d.doubled}, chunks ≠ completed text ${d.garbled}

idle runtime (no clients): ${idle ? `${idle.percentOfCore.toFixed(1)} % of one core, stand-in calls ${JSON.stringify(idle.calls)}` : "not measured (--skip-idle)"}

targets: first-token overhead p50 ≤ 30 ms (${ms(s.overhead.p50)}), p99 ≤ 150 ms (${ms(s.overhead.p99)}), completion ratio ≤ ${ratioTarget.toFixed(2)} (${ratio.toFixed(3)}), nothing lost or doubled (${s.lost + s.doubled})${idle ? `, idle CPU ≤ 5 % (${idle.percentOfCore.toFixed(1)} %)` : ""}
`);
  try {
    console.log(formatRouteSizes(routeSizes(join(repoRoot, "packages/web/dist"))));
  } catch (err) {
    console.log(`web app sizes: ${err instanceof Error ? err.message : String(err)}`);
  }
  const speed = await northPoleSpeed();
  console.log(`North Pole model, raw: ${speed.wordsPerSecond.toFixed(0)} words/s (${speed.replies} replies, ${speed.words} words in ${speed.ms.toFixed(0)} ms)`);
  const extractor = measureExtractorThroughput();
  console.log(`offline gift extractor: ${extractor.conversationsPerSecond.toFixed(0)} conversations/s (${extractor.conversations} conversations, ${extractor.turns} turns in ${extractor.ms.toFixed(0)} ms)`);
  const callCosts = await measureCallCosts();
  console.log(`one service call, SDK client and stand-in together (CPU per event is about calls per event × these; the last four take a PutItem apart, the client against a bare server and plain HTTP against dynalite):\n${formatCallCosts(callCosts)}`);
  let providers: Awaited<ReturnType<typeof runProviders>> = [];
  if (!values["skip-providers"]) {
    const small = { clients: 10, messages: 2, wordMs: options.wordMs, thinkMs: 1000, rampMs: 2000 };
    console.log(`\ntime to first token through the pipeline, per provider (${small.clients} clients × ${small.messages} messages, ${small.wordMs} ms/word)…`);
    providers = await runProviders(small);
    for (const p of providers) {
      console.log(`${row(`${p.provider}: send → first words`, p.timeToFirstToken)}\n${row(`${p.provider}: model → client`, p.overhead)}${p.lost ? `  LOST ${p.lost}` : ""}`);
    }
  }
  if (values.json) console.log(JSON.stringify({ options, eventSourced: s, direct: d, ratio, eventsByType: sourced.eventsByType, northPole: speed, callCosts, providers, idle }));
  // replay and rebuild throughput (issue 10), on a DynamoDB stand-in of their own, in a process of their own
  if (!values["skip-replay"]) {
    console.log("");
    const script = fileURLToPath(new URL("./replay-rebuild.ts", import.meta.url));
    const code = await new Promise<number | null>((done) => spawn(process.execPath, [...process.execArgv, script], { stdio: "inherit" }).on("exit", done));
    if (code !== 0) throw new Error(`the replay and rebuild bench exited with ${code}`);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error("bench failed:", err);
    process.exit(1);
  },
);
