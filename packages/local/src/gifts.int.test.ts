// Santa's list end to end against the stand-ins: a child's wishes reach the elves' dashboard as
// gift cards, a retraction takes a wish off, a wish Santa declines stays marked, a child cannot
// watch the list, and the same events delivered again change no card.
import { documentClient, DynamoConnectionsStore, type ChildGifts, type ServerFrame } from "@kringle/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "./testing/test-kringle.js";
import { waitUntil } from "./testing/wait-until.js";
import type { TestClient } from "./testing/ws-client.js";

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle();
});
afterAll(() => k.dispose());

type Delta = Extract<ServerFrame, { type: "gifts.delta" }>;
const standing = (card: ChildGifts) => card.wishes.filter((w) => w.status === "wished").map((w) => w.gift).sort();
const cardWhere = (elf: TestClient, conversationId: string, ok: (card: ChildGifts) => boolean) =>
  elf.waitFor((f): f is Delta => f.type === "gifts.delta" && f.child.conversationId === conversationId && ok(f.child), `a card for ${conversationId}`);

const repliesTo = (child: TestClient) => child.frames.filter((f) => f.type === "transcript.delta" && f.change.kind === "reply.completed").length;

/** The child's n-th message, once Santa has answered it. */
async function say(child: TestClient, conversationId: string, n: number, text: string) {
  child.send({ action: "sendMessage", conversationId, messageId: `m_${n}`, text });
  await waitUntil(() => repliesTo(child) >= n || undefined, { what: `Santa's reply to message ${n}` });
}

describe("Santa's list", () => {
  it("shows a child's wishes to a watching elf, and lets a retracted wish go", async () => {
    const elf = await k.elf();
    elf.send({ action: "watchGifts" });
    const first = await elf.waitFor((f) => f.type === "gifts.snapshot" && f.complete);
    expect(first).toMatchObject({ type: "gifts.snapshot", complete: true });

    const child = await k.child("c_mia");
    await say(child, "c_mia", 1, "I'm Mia and I'd love a red bike and a puppy");
    const wished = await cardWhere(elf, "c_mia", (c) => standing(c).length === 2);
    expect(wished.child.childName).toBe("Mia");
    expect(standing(wished.child)).toEqual(["puppy", "red bike"]);

    await say(child, "c_mia", 2, "actually not the puppy, a kitten instead");
    const changed = await cardWhere(elf, "c_mia", (c) => standing(c).includes("kitten"));
    expect(standing(changed.child)).toEqual(["kitten", "red bike"]);
    expect(changed.child.wishes.find((w) => w.gift === "puppy")).toMatchObject({ status: "withdrawn" });

    // a dashboard opened now gets the same card in its snapshot
    const late = await k.elf();
    late.send({ action: "watchGifts" });
    const snapshot = await late.waitFor((f) => f.type === "gifts.snapshot" && f.complete);
    const card = snapshot.type === "gifts.snapshot" ? snapshot.children.find((c) => c.conversationId === "c_mia") : undefined;
    expect(card && standing(card)).toEqual(["kitten", "red bike"]);
    for (const c of [elf, late, child]) c.close();
  });

  it("keeps a wish Santa declined on the card, marked, and not as a gift to make", async () => {
    const elf = await k.elf();
    elf.send({ action: "watchGifts" });
    await elf.waitFor((f) => f.type === "gifts.snapshot" && f.complete);
    const child = await k.child("c_tom");
    await say(child, "c_tom", 1, "I'm Tom and I want a pocket knife and a kite");
    const card = await cardWhere(elf, "c_tom", (c) => c.wishes.length === 2);
    expect(card.child.wishes.map((w) => [w.gift, w.declined ?? null]).sort()).toEqual([
      ["kite", null],
      ["pocket knife", "harmful"],
    ]);
    await k.whenCaughtUp();
    const gifts = (await k.archived("c_tom")).filter((e) => e.type === "gift.requested");
    expect(gifts.map((e) => e.data.declined ?? null).sort()).toEqual(["harmful", null]);
    for (const c of [elf, child]) c.close();
  });

  it("keeps two children with one name apart, and names a child who gives the name later", async () => {
    const elf = await k.elf();
    elf.send({ action: "watchGifts" });
    const a = await k.child("c_leo_1");
    const b = await k.child("c_leo_2");
    await say(a, "c_leo_1", 1, "Hi Santa, my name is Leo and I want a drum");
    await say(b, "c_leo_2", 1, "hello! can i have a sledge please");
    await say(b, "c_leo_2", 2, "im leo");
    const first = await cardWhere(elf, "c_leo_1", (c) => standing(c).includes("drum"));
    const second = await cardWhere(elf, "c_leo_2", (c) => c.childName === "Leo");
    expect(first.child.childName).toBe("Leo");
    expect(standing(second.child)).toEqual(["sledge"]);
    for (const c of [elf, a, b]) c.close();
  });

  it("keeps only the elves' open connections in the by-role index the list is pushed from", async () => {
    const elf = await k.elf();
    const child = await k.child("c_index");
    await k.whenCaughtUp();
    const open = (await k.scan("connections")).filter((c) => c.status === "open");
    expect(open.some((c) => c.role === "child")).toBe(true);
    expect(open.filter((c) => c.role === "child").every((c) => !("openRole" in c))).toBe(true);
    expect(open.filter((c) => c.role === "elf").every((c) => c.openRole === "elf")).toBe(true);
    const elves = await new DynamoConnectionsStore(documentClient(k.dynamo.client), "connections").openElves();
    expect(elves.length).toBe(open.filter((c) => c.role === "elf").length);
    expect(elves.length).toBeGreaterThan(0);
    for (const c of [elf, child]) c.close();
  });

  it("answers a child's watchGifts with forbidden", async () => {
    const child = await k.child("c_nosy");
    child.send({ action: "watchGifts" });
    const error = await child.waitFor((f) => f.type === "error");
    expect(error).toMatchObject({ type: "error", code: "forbidden" });
    expect(child.frames.some((f) => f.type === "gifts.snapshot")).toBe(false);
    child.close();
  });
});
