// `kringle export`: the archive as JSON lines, one `{position, event}` a line, to standard output or --out.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { DynamoArchive, documentClient } from "@kringle/core";
import { repoRoot } from "../lambda/functions.js";
import { openArchiveSource } from "../running-stand-ins.js";
import { dataDirOf, EXIT_OK, stringOpt, userPath, type Command } from "./command.js";

export const exportCommand: Command = {
  name: "export",
  summary: "write the archive as JSON lines (standard output unless --out)",
  options: { out: { type: "string", value: "FILE", description: "write to FILE instead of standard output" } },
  async run(args, io) {
    const outFile = stringOpt(args, "out");
    const file = outFile ? createWriteStream(userPath(io, outFile)) : undefined;
    const write = async (text: string) => {
      if (!file) return io.write(text);
      if (!file.write(text)) await once(file, "drain");
    };
    const source = await openArchiveSource(dataDirOf(io, repoRoot), io.env);
    let count = 0;
    try {
      for await (const page of new DynamoArchive(documentClient(source.dynamo), source.table).all()) {
        await write(page.map((a) => JSON.stringify({ position: a.position, event: a.event }) + "\n").join(""));
        count += page.length;
      }
    } finally {
      await source.close();
      if (file) await new Promise<void>((r) => file.end(r));
    }
    io.stderr(`exported ${count} events from ${source.where === "aws" ? `the deployed table ${source.table}` : "the offline archive"}${outFile ? ` to ${userPath(io, outFile)}` : ""}`);
    return EXIT_OK;
  },
};
