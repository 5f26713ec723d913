// Kinesis and EventBridge deliver at least once. Here every consumer reads the whole stream a
// second time (its checkpoints are gone) and every business event reaches the bus again:
// the read models come out exactly as they were, and Santa does not answer twice.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startTestKringle, tempDataDir, type TestKringle } from "./testing/test-kringle.js";

const dataDir = tempDataDir();
let running: TestKringle | undefined;
afterAll(() => running?.dispose());

const byKey = (items: Record<string, unknown>[], ...keys: string[]) =>
  [...items].sort((a, b) => keys.map((k) => String(a[k])).join("/").localeCompare(keys.map((k) => String(b[k])).join("/")));

async function readModels(k: TestKringle) {
  return {
    transcripts: byKey(await k.scan("transcripts"), "conversationId", "position"),
    connections: byKey(await k.scan("connections"), "connectionId"),
    gifts: byKey(await k.scan("gifts"), "conversationId"),
    events: byKey(await k.scan("events"), "conversationId", "position"),
  };
}

it("the same records and events delivered again change no read model and get no second reply", async () => {
  const first = await startTestKringle({ dataDir });
  running = first;
  for (const c of ["c_again_1", "c_again_2"]) {
    const child = await first.child(c);
    for (const [i, text] of ["Hello Santa, I'm Ada", "I would like a kite"].entries()) {
      child.send({ action: "sendMessage", conversationId: c, messageId: `m_${i}`, text });
      await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed" && f.change.position === 2 * i + 2);
    }
    child.close();
  }
  await first.whenCaughtUp();
  await first.stopKeepingData();
  // the stop recorded the closings; this is the state to keep
  const second = await startTestKringle({ dataDir });
  running = second;
  await second.whenCaughtUp();
  const before = await readModels(second);
  await second.stopKeepingData();

  // every consumer starts over from the beginning of the stream
  rmSync(join(dataDir, "checkpoints.json"));
  const third = await startTestKringle({ dataDir });
  running = third;
  await third.whenCaughtUp();
  const after = await readModels(third);

  expect(after.transcripts).toEqual(before.transcripts);
  expect(after.connections).toEqual(before.connections);
  expect(after.events).toEqual(before.events);
  expect(after.gifts).toEqual(before.gifts);
  // both children's kites, each once, under Ada's name
  expect(before.gifts.map((g) => (g.wishes as { gift: string }[]).map((w) => w.gift))).toEqual([["kite"], ["kite"]]);
  expect(before.gifts.map((g) => g.childName)).toEqual(["Ada", "Ada"]);
  expect(before.transcripts.filter((t) => t.kind === "reply")).toHaveLength(4);
});
