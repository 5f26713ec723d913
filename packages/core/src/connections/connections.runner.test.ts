import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { KringleEvent } from "../events/schemas.js";
import { MemoryConnectionsStore } from "./connections.memory.js";
import { projectConnections } from "./connections.runner.js";

// a fixed time: events made by separate calls must be the same events, not a millisecond apart
const AT = new Date("2026-12-01T12:00:00Z");
const opened = (connectionId: string, conversationId = "c_1") =>
  makeEvent("connection.opened", conversationId, { connectionId, role: "child", userAgent: "test" }, { id: `o_${connectionId}`, at: AT });
const closed = (connectionId: string, conversationId = "c_1") =>
  makeEvent("connection.closed", conversationId, { connectionId, reason: "client" }, { id: `x_${connectionId}`, at: new Date(AT.getTime() + 60_000) });
const sent = makeEvent("message.sent", "c_1", { messageId: "m_1", text: "hi" });

async function given(...batches: KringleEvent[][]) {
  const store = new MemoryConnectionsStore();
  for (const batch of batches) await projectConnections(batch, { store });
  return store.items;
}

describe("the connections runner", () => {
  it("keeps one item per connection, open then closed, and ignores other events", async () => {
    const items = await given([opened("A"), sent, opened("B")], [closed("A")]);
    expect(items.get("A")).toMatchObject({ status: "closed", closeReason: "client", conversationId: "c_1" });
    expect(items.get("A")?.openRole).toBeUndefined();
    expect(items.get("B")).toMatchObject({ status: "open" });
    expect(items.get("B")?.openRole).toBeUndefined();
    expect(items.size).toBe(2);
  });

  it("changes nothing when the same events are delivered twice, and a closed connection stays closed", async () => {
    const events = [opened("A"), closed("A")];
    const once = await given(events);
    const twice = await given(events, events);
    expect([...twice]).toEqual([...once]);
  });
});
