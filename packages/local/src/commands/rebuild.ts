// `kringle rebuild [--projection NAME] [--swap]`: read models folded again from the archive into
// fresh tables, with a diff against the tables in use; --swap makes the rebuilt tables the ones in use.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../lambda/functions.js";
import { diffTables, PROJECTIONS, rebuild, swapTables, tablesInUse, type Projection, type TableDiff } from "../rebuild.js";
import { openStandIns } from "../running-stand-ins.js";
import { dataDirOf, EXIT_FAILED, EXIT_OK, progress, stringOpt, UsageError, type Command } from "./command.js";

export const rebuildCommand: Command = {
  name: "rebuild",
  summary: "fold the whole archive into fresh read-model tables and report every difference from the tables in use",
  options: {
    projection: { type: "string", value: "NAME", description: `only this one: ${PROJECTIONS.join(", ")} (default: all)` },
    swap: { type: "boolean", description: "make the rebuilt tables the ones in use (kringle must not be running on the data dir)" },
  },
  async run(args, io) {
    const only = stringOpt(args, "projection");
    if (only !== undefined && !PROJECTIONS.includes(only as Projection)) throw new UsageError(`--projection must be one of ${PROJECTIONS.join(", ")}, not "${only}"`);
    const projections: Projection[] = only ? [only as Projection] : [...PROJECTIONS];
    const dataDir = dataDirOf(io, repoRoot);
    const standIns = await openStandIns(dataDir);
    try {
      // a running kringle keeps writing its tables: swapping under it would lose what comes after the rebuild
      if (args.values.swap && standIns.shared) throw new UsageError("--swap needs kringle stopped on this data dir (stop npm start, then rebuild --swap)");
      let bar: ReturnType<typeof progress> | undefined;
      const result = await rebuild(standIns.dynamo, {
        projections,
        onProgress: (done, total) => {
          bar ??= progress(io, "rebuild", total);
          bar.tick();
          if (done === total) bar.done();
        },
      });
      const inUse = tablesInUse(dataDir);
      const diffs: TableDiff[] = [];
      for (const p of projections) diffs.push(await diffTables(standIns.dynamo, p, inUse[p] ?? p, result.tables[p]!));
      const dir = join(dataDir, "rebuilds");
      mkdirSync(dir, { recursive: true });
      const reportFile = join(dir, `${Object.values(result.tables).join("+")}.json`);
      writeFileSync(reportFile, JSON.stringify({ ...result, diffs }, null, 2) + "\n");
      io.stdout(`rebuilt ${result.conversations} conversations from ${result.events} archived events in ${Math.round(result.durationMs)} ms`);
      for (const d of diffs) {
        const changes = d.differing.length + d.onlyLive.length + d.onlyRebuilt.length;
        io.stdout(`  ${d.rebuilt} vs ${d.live}: ${d.same} items the same, ${d.differing.length} differing, ${d.onlyLive.length} only in use, ${d.onlyRebuilt.length} only rebuilt${changes ? "" : " (identical)"}`);
        for (const x of d.differing.slice(0, 10)) io.stdout(`    differs: ${x.key}`);
        for (const k of d.onlyLive.slice(0, 10)) io.stdout(`    only in use: ${k}`);
        for (const k of d.onlyRebuilt.slice(0, 10)) io.stdout(`    only rebuilt: ${k}`);
      }
      for (const e of result.errors) io.stderr(`  error: ${e.projection} ${e.conversationId}: ${e.error}`);
      io.stdout(`  report: ${reportFile}`);
      if (result.errors.length) {
        io.stderr(`kringle rebuild: ${result.errors.length} conversation(s) failed to fold; nothing swapped`);
        return EXIT_FAILED;
      }
      if (args.values.swap) {
        swapTables(dataDir, result.tables);
        io.stdout(`  swapped: ${Object.entries(result.tables).map(([p, t]) => `${p} → ${t}`).join(", ")} (the next npm start reads them)`);
      }
      return EXIT_OK;
    } finally {
      await standIns.close();
    }
  },
};
