// `kringle replay`: the recorded conversations played again through a candidate prompt and model,
// with a JSON and an HTML report written under the data dir's replays/ (or --out).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DynamoArchive, EmptyReplayError, loadPrompt, PromptNotFoundError, promptsDir, replayReportPage, runReplay, santaModel, documentClient, historyTokens, REPORT_KIND, type ReplayReport } from "@kringle/core";
import { repoRoot } from "../lambda/functions.js";
import { openArchiveSource } from "../running-stand-ins.js";
import { countOpt, dataDirOf, EXIT_FAILED, EXIT_OK, progress, stringOpt, timeOpt, UsageError, userPath, type Command, type CommandIo } from "./command.js";

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** A run's report by its id under `out`, or at a path to a report.json. */
function readBaseline(io: CommandIo, out: string, run: string): ReplayReport {
  const file = run.endsWith(".json") ? userPath(io, run) : join(out, run, "report.json");
  let report: ReplayReport;
  try {
    report = JSON.parse(readFileSync(file, "utf8")) as ReplayReport;
  } catch {
    throw new UsageError(`--baseline ${run}: no replay report at ${file}`);
  }
  if (report.kind !== REPORT_KIND) throw new UsageError(`--baseline ${run}: ${file} is not a replay report`);
  return report;
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z").replace("T", "-");

export const replayCommand: Command = {
  name: "replay",
  summary: "play recorded conversations again through a candidate prompt/model; write a JSON and an HTML report",
  options: {
    prompt: { type: "string", value: "VERSION", description: "the candidate prompt, e.g. v3 (packages/core/prompts/santa/v3.md); required" },
    model: { type: "string", value: "KIND", description: "offline, bedrock or openai (default: KRINGLE_MODEL, else offline)" },
    conversations: { type: "string", value: "IDS|all", description: "comma-separated conversation ids, or all (default)" },
    since: { type: "string", value: "DATE", description: "conversations with an event at or after this time" },
    until: { type: "string", value: "DATE", description: "conversations with an event before this time" },
    limit: { type: "string", value: "N", description: "at most N conversations (the first by id)" },
    concurrency: { type: "string", value: "N", description: "conversations replayed at once (default 4)" },
    baseline: { type: "string", value: "RUN", description: "compare with this earlier run (its id, or its report.json) instead of the recorded replies" },
    run: { type: "string", value: "ID", description: "the run's id (default: the time and the prompt)" },
    out: { type: "string", value: "DIR", description: "where reports go (default: <data dir>/replays)" },
  },
  async run(args, io) {
    const version = stringOpt(args, "prompt");
    if (!version) throw new UsageError("--prompt is required, e.g. --prompt v3");
    let prompt;
    try {
      prompt = loadPrompt(version, promptsDir(io.env));
    } catch (err) {
      if (err instanceof PromptNotFoundError) throw new UsageError(err.message);
      throw err;
    }
    const list = stringOpt(args, "conversations");
    const conversations = list === undefined || list === "all" ? "all" : list.split(",").map((s) => s.trim()).filter(Boolean);
    if (Array.isArray(conversations) && !conversations.length) throw new UsageError("--conversations needs ids, or all");
    const range = { since: timeOpt(args, "since"), until: timeOpt(args, "until") };
    if (range.since && range.until && range.since >= range.until) throw new UsageError(`--since ${range.since} is not before --until ${range.until}`);
    const limit = countOpt(args, "limit");
    const concurrency = countOpt(args, "concurrency") ?? 4;
    const runId = stringOpt(args, "run") ?? `${stamp(new Date())}-${version}`;
    if (!RUN_ID.test(runId)) throw new UsageError(`--run "${runId}" must be letters, digits, _ . - (at most 64)`);
    const dataDir = dataDirOf(io, repoRoot);
    const out = stringOpt(args, "out") ? userPath(io, stringOpt(args, "out")!) : join(dataDir, "replays");
    const baselineRun = stringOpt(args, "baseline");
    const baseline = baselineRun ? readBaseline(io, out, baselineRun) : undefined;
    // the offline model at an unlimited token rate unless its pace is asked for
    const modelEnv = { ...io.env, KRINGLE_MODEL: stringOpt(args, "model") ?? io.env.KRINGLE_MODEL ?? "offline", KRINGLE_OFFLINE_WORD_MS: io.env.KRINGLE_OFFLINE_WORD_MS ?? "0" };
    let model;
    try {
      model = santaModel(modelEnv);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }

    const source = await openArchiveSource(dataDir, io.env);
    let report: ReplayReport;
    try {
      let bar: ReturnType<typeof progress> | undefined;
      report = await runReplay({
        runId,
        archive: new DynamoArchive(documentClient(source.dynamo), source.table),
        model,
        prompt,
        range,
        conversations,
        limit,
        concurrency,
        historyTokens: historyTokens(modelEnv),
        baseline,
        onConversation: (done, total) => {
          bar ??= progress(io, "replay", total);
          bar.tick();
          if (done === total) bar.done();
        },
      });
    } catch (err) {
      if (err instanceof EmptyReplayError) {
        io.stderr(`kringle replay: ${err.message}; nothing written`);
        return EXIT_FAILED;
      }
      throw err;
    } finally {
      await source.close();
    }
    const dir = join(out, runId);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "report.json"), JSON.stringify(report, null, 2) + "\n");
    writeFileSync(join(dir, "report.html"), replayReportPage(report));
    const s = report.summary;
    io.stdout(`replay ${runId}: ${s.conversations} conversations, ${s.replies} replies, ${s.differing} differing, ${s.regressions} regressions (vs ${report.baseline}), gift agreement ${s.giftAgreement}`);
    io.stdout(`  ${join(dir, "report.html")}`);
    io.stdout(`  ${join(dir, "report.json")}`);
    return EXIT_OK;
  },
};
