import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BusArchive, readBusArchive, type ArchivedBusEvent } from "./bus-archive.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const dataDir = () => {
  const d = mkdtempSync(join(tmpdir(), "bus-archive-"));
  dirs.push(d);
  return d;
};
const event = (id: string, time: string): ArchivedBusEvent => ({ id, time, source: "kringle", "detail-type": "message.sent", detail: { id } });
const NOW = Date.parse("2026-12-24T12:00:00.000Z");

async function archived(dir: string, events: ArchivedBusEvent[]) {
  const archive = new BusArchive(dir);
  for (const e of events) archive.keep(e);
  await archive.close();
}

describe("the offline bus archive's retention", () => {
  it("drops the events older than the retention when it opens, and keeps the rest in order", async () => {
    const dir = dataDir();
    await archived(dir, [event("old", "2026-11-01T00:00:00.000Z"), event("recent", "2026-12-20T00:00:00.000Z"), event("today", "2026-12-24T11:00:00.000Z")]);
    await new BusArchive(dir, 30, () => NOW).close();
    expect(readBusArchive(dir).map((e) => e.id)).toEqual(["recent", "today"]);
  });

  it("keeps everything with a retention of 0, as an archive without one", async () => {
    const dir = dataDir();
    await archived(dir, [event("ancient", "2020-01-01T00:00:00.000Z")]);
    await new BusArchive(dir, 0, () => NOW).close();
    expect(readBusArchive(dir).map((e) => e.id)).toEqual(["ancient"]);
  });

  it("appends after what it kept", async () => {
    const dir = dataDir();
    await archived(dir, [event("old", "2026-01-01T00:00:00.000Z"), event("recent", "2026-12-23T00:00:00.000Z")]);
    const archive = new BusArchive(dir, 7, () => NOW);
    archive.keep(event("new", "2026-12-24T12:00:00.000Z"));
    await archive.close();
    expect(readBusArchive(dir).map((e) => e.id)).toEqual(["recent", "new"]);
  });
});
