// The offline bus keeps an archive, as EventBridge's does on AWS: every business event it
// accepted, in order, and none of the chunks (the publisher never puts those on the bus).
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "../testing/test-kringle.js";
import { readBusArchive } from "./bus-archive.js";

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle();
});
afterAll(() => k.dispose());

it("archives every event the bus accepted, readable by time range, after the bus has stopped", async () => {
  const before = new Date().toISOString();
  const child = await k.child("c_bus_archive");
  child.send({ action: "sendMessage", conversationId: "c_bus_archive", messageId: "m_1", text: "Hi Santa, I'm Ada and I want a kite" });
  await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed");
  child.close();
  await k.whenCaughtUp();
  await k.stopKeepingData();

  const mine = readBusArchive(k.config.dataDir, { since: before.replace(/\.\d{3}Z$/, "Z") }).filter(
    (e) => (e.detail as { conversationId?: string }).conversationId === "c_bus_archive",
  );
  const types = mine.map((e) => e["detail-type"]);
  expect(types).toEqual(expect.arrayContaining(["connection.opened", "message.sent", "reply.started", "reply.completed", "gift.requested"]));
  expect(types).not.toContain("reply.chunk");
  expect(new Set(mine.map((e) => e.id)).size).toBe(mine.length);
  expect(readBusArchive(k.config.dataDir, { until: "2000-01-01T00:00:00Z" })).toEqual([]);
});
