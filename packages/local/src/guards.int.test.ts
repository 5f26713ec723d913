// The guards table's rate buckets, shared by handlers that each remember what they last wrote (two
// warm Lambda containers): the limit holds across them, and a guess gone stale costs a read, not a
// wrong answer.
import { DeleteItemCommand } from "@aws-sdk/client-dynamodb";
import { GuardsStore, documentClient, tableName } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle();
});
afterAll(() => k.dispose());

const limit = { burst: 3, everyMs: 60_000 };

describe("rate buckets in the guards table", () => {
  it("admit a burst and refuse the next, from one store", async () => {
    const store = new GuardsStore(documentClient(k.dynamo.client), tableName("guards"), () => 1_000_000);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await store.take("connection#solo", limit)).allowed);
    expect(answers).toEqual([true, true, true, false]);
  });

  it("hold the limit across two stores whose memories go stale", async () => {
    const docs = documentClient(k.dynamo.client);
    const a = new GuardsStore(docs, tableName("guards"), () => 2_000_000);
    const b = new GuardsStore(docs, tableName("guards"), () => 2_000_000);
    const taken = [await a.take("conversation#shared", limit), await b.take("conversation#shared", limit), await a.take("conversation#shared", limit)];
    expect(taken.map((t) => t.allowed)).toEqual([true, true, true]);
    // b last saw the bucket after its own take: its guess is one arrival behind the table
    const fourth = await b.take("conversation#shared", limit);
    expect(fourth).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect((await a.take("conversation#shared", limit)).allowed).toBe(false);
    const item = (await k.scan("guards")).find((i) => i.id === "rate#conversation#shared");
    expect(item?.tat).toBe(2_000_000 + 3 * 60_000);
  });

  it("let concurrent takers of one bucket admit exactly the burst", async () => {
    const docs = documentClient(k.dynamo.client);
    const stores = Array.from({ length: 6 }, () => new GuardsStore(docs, tableName("guards"), () => 3_000_000));
    const answers = await Promise.all(stores.map((s) => s.take("conversation#race", limit)));
    expect(answers.filter((a) => a.allowed)).toHaveLength(3);
  });
});

describe("a store whose memory is ahead of the table (the table was emptied, a bucket expired)", () => {
  it("reads the table before it refuses", async () => {
    const docs = documentClient(k.dynamo.client);
    const a = new GuardsStore(docs, tableName("guards"), () => 4_000_000);
    for (let i = 0; i < 3; i++) await a.take("connection#forgotten", limit);
    await k.dynamo.client.send(
      new DeleteItemCommand({ TableName: tableName("guards"), Key: { id: { S: "rate#connection#forgotten" } } }),
    );
    expect((await a.take("connection#forgotten", limit)).allowed).toBe(true);
  });
});
