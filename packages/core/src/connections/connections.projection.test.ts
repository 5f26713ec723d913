import { describe, expect, it } from "vitest";
import { makeEvent } from "../events/make-event.js";
import type { KringleEvent } from "../events/schemas.js";
import { evolveConnection, type ConnectionItem } from "./connections.projection.js";

const opened = makeEvent("connection.opened", "c_1", { connectionId: "A=", role: "child", userAgent: "Firefox" });
const closed = makeEvent("connection.closed", "c_1", { connectionId: "A=", reason: "gone" });
const run = (events: KringleEvent[], start?: ConnectionItem) => events.reduce<ConnectionItem | undefined>(evolveConnection, start);

describe("the connections projection", () => {
  it("records an open connection, and only an elf's in the by-role index", () => {
    const child = run([opened]);
    expect(child).toMatchObject({ connectionId: "A=", conversationId: "c_1", role: "child", status: "open", userAgent: "Firefox" });
    expect(child).not.toHaveProperty("openRole");
    const elf = makeEvent("connection.opened", "c_elf", { connectionId: "E=", role: "elf", userAgent: "Firefox" });
    expect(run([elf])).toMatchObject({ role: "elf", status: "open", openRole: "elf" });
    expect(run([elf, makeEvent("connection.closed", "c_elf", { connectionId: "E=", reason: "gone" })])).not.toHaveProperty("openRole");
  });

  it("closes it, leaving the by-role index", () => {
    const item = run([opened, closed]);
    expect(item).toMatchObject({ status: "closed", closeReason: "gone" });
    expect(item).not.toHaveProperty("openRole");
  });

  it.each([
    ["connection.opened", [], opened],
    ["connection.closed", [opened], closed],
  ] as [string, KringleEvent[], KringleEvent][])("does not change on %s delivered twice", (_n, history, event) => {
    const once = run([...history, event]);
    expect(evolveConnection(once, event)).toBe(once);
  });

  it("does not reopen a closed connection when its opening is redelivered", () => {
    const item = run([opened, closed, opened]);
    expect(item).toMatchObject({ status: "closed" });
  });

  it("keeps a tombstone when the closing comes without the opening", () => {
    expect(run([closed])).toMatchObject({ status: "closed", connectionId: "A=" });
  });

  it("ignores other events", () => {
    const item = run([opened]);
    expect(evolveConnection(item, makeEvent("message.sent", "c_1", { messageId: "m", text: "hi" }))).toBe(item);
  });
});
