import { describe, expect, it } from "vitest";
import { decideAccess, type AccessPorts } from "./conversation-access.js";
import { conversationKey, isServerMadeId, keyOpens, newConversationId } from "./conversation-keys.js";

const secret = "s3cret";
const tokens = { access: "child-token", elf: "elf-token" };

function ports(legacy: Set<string> = new Set()): AccessPorts & { claims: string[] } {
  const claims: string[] = [];
  return {
    tokens,
    secret,
    claims,
    newId: () => "s_AAAAAAAAAAAAAAAAAAAAAA",
    async claimLegacyKey(id) {
      claims.push(id);
      return legacy.delete(id);
    },
  };
}

describe("conversation keys", () => {
  it("are an HMAC of the id: the same under one secret, different under another or for another id", () => {
    expect(conversationKey(secret, "c_1")).toBe(conversationKey(secret, "c_1"));
    expect(conversationKey(secret, "c_1")).not.toBe(conversationKey("other", "c_1"));
    expect(conversationKey(secret, "c_1")).not.toBe(conversationKey(secret, "c_2"));
    expect(keyOpens(secret, "c_1", conversationKey(secret, "c_1"))).toBe(true);
    expect(keyOpens(secret, "c_2", conversationKey(secret, "c_1"))).toBe(false);
    expect(keyOpens(secret, "c_1", "short")).toBe(false);
    expect(keyOpens(secret, "c_1", undefined)).toBe(false);
  });

  it("new ids carry 128 random bits and are recognised as server-made", () => {
    const ids = Array.from({ length: 50 }, newConversationId);
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) {
      expect(isServerMadeId(id)).toBe(true);
      expect(Buffer.from(id.slice(2), "base64url")).toHaveLength(16);
    }
    expect(isServerMadeId("c_0123456789abcdef0123456789abcdef")).toBe(false);
  });
});

describe("decideAccess", () => {
  it("refuses a missing or wrong token with 401", async () => {
    expect(await decideAccess({}, ports())).toMatchObject({ allow: false, status: 401 });
    expect(await decideAccess({ token: "nope", conversationId: "c_1" }, ports())).toMatchObject({ allow: false, status: 401 });
  });

  it("lets elves in with their token alone", async () => {
    expect(await decideAccess({ token: "elf-token" }, ports())).toEqual({ allow: true, role: "elf", conversationId: "elves" });
  });

  it("starts a conversation for a child without one, handing out its key", async () => {
    expect(await decideAccess({ token: "child-token" }, ports())).toEqual({
      allow: true,
      role: "child",
      conversationId: "s_AAAAAAAAAAAAAAAAAAAAAA",
      startedKey: conversationKey(secret, "s_AAAAAAAAAAAAAAAAAAAAAA"),
    });
  });

  it("lets a child rejoin with the id and its key, without looking anything up", async () => {
    const p = ports();
    const key = conversationKey(secret, "s_BBBBBBBBBBBBBBBBBBBBBB");
    expect(await decideAccess({ token: "child-token", conversationId: "s_BBBBBBBBBBBBBBBBBBBBBB", key }, p)).toEqual({
      allow: true,
      role: "child",
      conversationId: "s_BBBBBBBBBBBBBBBBBBBBBB",
    });
    expect(p.claims).toEqual([]);
  });

  it("refuses a wrong key, a missing key and a key without an id with 403", async () => {
    const other = conversationKey(secret, "s_CCCCCCCCCCCCCCCCCCCCCC");
    const p = ports();
    expect(await decideAccess({ token: "child-token", conversationId: "s_BBBBBBBBBBBBBBBBBBBBBB", key: other }, p)).toMatchObject({ status: 403 });
    expect(await decideAccess({ token: "child-token", conversationId: "s_BBBBBBBBBBBBBBBBBBBBBB" }, p)).toMatchObject({ status: 403 });
    expect(await decideAccess({ token: "child-token", key: other }, p)).toMatchObject({ status: 403 });
    // a server-made id was keyed from the start: no legacy claim is even tried
    expect(p.claims).toEqual([]);
  });

  it("keys a conversation from before keys on its first keyless rejoin only", async () => {
    const p = ports(new Set(["c_legacy"]));
    expect(await decideAccess({ token: "child-token", conversationId: "c_legacy" }, p)).toEqual({
      allow: true,
      role: "child",
      conversationId: "c_legacy",
      startedKey: conversationKey(secret, "c_legacy"),
    });
    expect(await decideAccess({ token: "child-token", conversationId: "c_legacy" }, p)).toMatchObject({ allow: false, status: 403 });
    expect(await decideAccess({ token: "child-token", conversationId: "c_legacy", key: conversationKey(secret, "c_legacy") }, p)).toMatchObject({
      allow: true,
    });
  });

  it("leaves a malformed id to the $connect route (400), looking nothing up", async () => {
    const p = ports();
    expect(await decideAccess({ token: "child-token", conversationId: "bad.id" }, p)).toEqual({ allow: true, role: "child", conversationId: "bad.id" });
    expect(p.claims).toEqual([]);
  });
});
