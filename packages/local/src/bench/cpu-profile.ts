// Summarizes the `.cpuprofile` files of a benchmark run (`node --cpu-prof`, one per thread and
// process) by kringle component and by the kind of work, so a profile reads as a table.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The kringle component a source file belongs to; undefined for a file that is not kringle's. */
export function componentOf(url: string): string | undefined {
  const m = /\/packages\/(core|functions|local)\/src\/(.+)\.[cm]?[jt]s$/.exec(url);
  if (!m) return undefined;
  const [, pkg, file] = m as unknown as [string, string, string];
  const name = file.split("/").at(-1)!;
  if (pkg === "functions") {
    if (file.startsWith("stream/")) return name.replace(/-projector$/, " projector");
    if (file.startsWith("bus/")) return name;
    if (file.startsWith("ws/")) return "ws handlers";
    if (name === "kinesis-batch") return "stream consumer plumbing";
    return `functions/${name}`;
  }
  if (pkg === "local") {
    if (file.startsWith("lambda/kinesis-event-source") || file.startsWith("lambda/fan-out-tail") || file.startsWith("lambda/checkpoints")) return "event-source mappings";
    if (file.startsWith("lambda/")) return "in-process lambda";
    if (file.startsWith("gateway/")) return "gateway";
    if (file.startsWith("bus/")) return "bus";
    if (file.startsWith("stand-ins/")) return "stand-in plumbing";
    if (file.startsWith("bench/")) return "bench clients";
    return `local/${name}`;
  }
  if (file.startsWith("adapters/")) return `adapter ${name}`;
  if (file.startsWith("events/")) return "event codec and schemas";
  if (file.startsWith("santa/")) return "santa (core)";
  if (file.startsWith("transcript/") || file.startsWith("connections/")) return `projection ${name}`;
  return `core/${file}`;
}

/** The kind of work a frame does, from the library or runtime it belongs to. */
export function kindOf(frame: { functionName: string; url: string }): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(garbage collector)") return "GC";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "runtime (program)";
    if (/^(parse|stringify)$/.test(functionName)) return "JSON";
    return "native";
  }
  if (/node_modules\/zod\//.test(url)) return "zod";
  if (/node_modules\/(@aws-sdk|@smithy|@aws-crypto|fast-xml-parser)\//.test(url)) return "AWS SDK";
  if (/node_modules\/@aws-lambda-powertools\//.test(url)) return "powertools";
  if (/node_modules\/(kinesalite|bignumber\.js)\//.test(url)) return "kinesalite";
  if (/node_modules\/dynalite\//.test(url)) return "dynalite";
  if (/node_modules\/(level|leveldown|levelup|memdown|abstract-leveldown|abstract-level|classic-level|level-transcoder|level-codec|encoding-down|deferred-leveldown|subleveldown|lazy|once)\//.test(url)) return "leveldb";
  if (/node_modules\/ws\//.test(url)) return "ws";
  if (/node_modules\/(tsx|esbuild|get-tsconfig)\//.test(url)) return "tsx";
  if (url.startsWith("node:")) {
    if (/node:(_http|http|net|stream|internal\/(http|streams|stream_base|net|dns))/.test(url) || /internal\/(http|streams|stream_base_commons|net)/.test(url)) return "node http/net";
    if (/crypto/.test(url)) return "node crypto";
    return "node internals";
  }
  if (/\/packages\/(core|functions|local)\/src\//.test(url)) return "kringle code";
  return "other libraries";
}

export interface ProfileSummary {
  /** which thread or process: by what it ran most */
  label: string;
  /** microseconds sampled, idle excluded */
  busyUs: number;
  idleUs: number;
  /** busy microseconds by the innermost kringle component on the stack */
  byComponent: Map<string, number>;
  /** busy microseconds by kind of the frame that was running */
  byKind: Map<string, number>;
  /** component → kind → microseconds */
  matrix: Map<string, Map<string, number>>;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

export function summarizeProfile(profile: CpuProfile): Omit<ProfileSummary, "label"> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const componentCache = new Map<number, string>();
  const componentOfNode = (id: number): string => {
    const hit = componentCache.get(id);
    if (hit !== undefined) return hit;
    const node = byId.get(id)!;
    const own = componentOf(node.callFrame.url);
    const up = parent.get(id);
    const found = own ?? (up === undefined ? "" : componentOfNode(up));
    componentCache.set(id, found);
    return found;
  };
  const byComponent = new Map<string, number>();
  const byKind = new Map<string, number>();
  const matrix = new Map<string, Map<string, number>>();
  let busyUs = 0;
  let idleUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id)!;
    const kind = kindOf(node.callFrame);
    if (kind === "idle") {
      idleUs += us;
      return;
    }
    busyUs += us;
    // work no kringle frame is under (a promise continuation, a timer, a socket) is named by its kind
    const component = componentOfNode(id) || `(${kind}, no kringle caller)`;
    add(byComponent, component, us);
    add(byKind, kind, us);
    const row = matrix.get(component) ?? new Map<string, number>();
    add(row, kind, us);
    matrix.set(component, row);
  });
  return { busyUs, idleUs, byComponent, byKind, matrix };
}

function labelOf(s: Omit<ProfileSummary, "label">): string {
  const has = (c: string) => (s.byComponent.get(c) ?? 0) > 0;
  if (has("gateway")) return "main thread (gateway, mappings, projectors, bus)";
  if (has("santa")) return "santa thread";
  if ((s.byKind.get("kinesalite") ?? 0) > 0) return "kinesalite thread";
  if ((s.byKind.get("dynalite") ?? 0) > 0) return "dynalite thread";
  // Node 20 runs module loader hooks (tsx) on a thread of their own, one per thread that loads
  if ((s.byKind.get("tsx") ?? 0) > 0) return "module loader thread (tsx hooks)";
  return "other thread";
}

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`.padStart(7);
const sec = (us: number) => `${(us / 1e6).toFixed(2)} s`.padStart(8);

/** The summary of every profile in a directory, as text. */
export function profileReport(dir: string, top = 12): string {
  const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  const summaries: ProfileSummary[] = files.map((f) => {
    const s = summarizeProfile(JSON.parse(readFileSync(join(dir, f), "utf8")) as CpuProfile);
    return { label: labelOf(s), ...s };
  });
  summaries.sort((a, b) => b.busyUs - a.busyUs);
  const total = summaries.reduce((a, s) => a + s.busyUs, 0);
  const lines = [`CPU busy, all threads and processes: ${sec(total)}`];
  for (const s of summaries) {
    if (s.busyUs < total * 0.01) continue;
    lines.push(``, `${s.label}: busy ${sec(s.busyUs)} (${pct(s.busyUs, total).trim()} of all), idle ${sec(s.idleUs)}`);
    lines.push(`  by kind: ${[...s.byKind].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${pct(v, s.busyUs).trim()}`).join(", ")}`);
    for (const [component, us] of [...s.byComponent].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      const kinds = [...s.matrix.get(component)!].sort((a, b) => b[1] - a[1]).slice(0, 4);
      lines.push(`  ${component.padEnd(44)} ${pct(us, s.busyUs)}  ${kinds.map(([k, v]) => `${k} ${pct(v, us).trim()}`).join(", ")}`);
    }
  }
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").at(-1)!)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: tsx packages/local/src/bench/cpu-profile.ts <directory of .cpuprofile files>");
    process.exit(2);
  }
  console.log(profileReport(dir));
}
