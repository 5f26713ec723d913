// A malformed record in the stream is parked and counted by every consumer it reaches, and
// never stalls its shard: the next message on the same conversation is answered.
import { PutRecordsCommand } from "@aws-sdk/client-kinesis";
import { makeEvent } from "@kringle/core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { waitUntil } from "./testing/wait-until.js";

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle();
});
afterAll(() => k.dispose());

it("parks bad records and keeps the conversation going", async () => {
  const child = await k.child("c_mal");
  const tooLong = { ...makeEvent("message.sent", "c_mal", { messageId: "m_x", text: "hi" }), data: { messageId: "m_x", text: "x".repeat(3000) } };
  await k.kinesis.client.send(
    new PutRecordsCommand({
      StreamName: "events",
      Records: [
        { PartitionKey: "c_mal", Data: Buffer.from("this is not json") },
        { PartitionKey: "c_mal", Data: Buffer.from(JSON.stringify(tooLong)) },
      ],
    }),
  );
  child.send({ action: "sendMessage", conversationId: "c_mal", messageId: "m_ok", text: "Are you still there, Santa?" });
  await child.waitFor((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed");
  await k.whenCaughtUp();

  const letters = await waitUntil(async () => {
    const all = [...(await k.deadLetters.list("consumer:archive")), ...(await k.deadLetters.list("consumer:transcript")), ...(await k.deadLetters.list("consumer:publisher"))];
    return all.length === 4 ? all : undefined;
  }, { what: "four dead letters" });
  // the archive sees both; the filtered consumers only the one that is JSON with a matching type
  expect((await k.deadLetters.list("consumer:archive")).map((l) => l.reason.split(":")[0]).sort()).toEqual(["invalid_event", "not_json"]);
  expect((await k.deadLetters.list("consumer:transcript")).map((l) => l.reason)).toEqual([expect.stringMatching(/^invalid_event: data\.text/)]);
  expect((await k.deadLetters.list("consumer:publisher")).map((l) => l.reason)).toEqual([expect.stringMatching(/^invalid_event/)]);
  expect(Buffer.from(letters.find((l) => l.reason.startsWith("not_json"))!.payload, "base64").toString()).toBe("this is not json");
  child.close();
});
