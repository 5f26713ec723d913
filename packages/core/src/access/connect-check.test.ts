// The connect check's answers, given the access decision for a link.
import { describe, expect, it } from "vitest";
import { connectCheckAnswer } from "./connect-check.js";

describe("connect check", () => {
  it("given an allowed link, then 200 ok", () => {
    expect(connectCheckAnswer({ allow: true, role: "child", conversationId: "s_abc" })).toEqual({ status: 200, body: { code: "ok", message: "This link may connect." } });
    expect(connectCheckAnswer({ allow: true, role: "elf", conversationId: "elves" }).status).toBe(200);
  });

  it("given a wrong token, then 401 unauthorized, saying to ask for a fresh link", () => {
    const answer = connectCheckAnswer({ allow: false, status: 401, reason: "the token is missing or wrong" });
    expect(answer.status).toBe(401);
    expect(answer.body.code).toBe("unauthorized");
    expect(answer.body.message).toContain("fresh link");
  });

  it("given a key that does not open the conversation, then 403 forbidden with the reason", () => {
    expect(connectCheckAnswer({ allow: false, status: 403, reason: "the key does not open this conversation" })).toEqual({
      status: 403,
      body: { code: "forbidden", message: "This link may not open this page: the key does not open this conversation" },
    });
  });

  it("given a child's malformed conversationId, which $connect refuses, then 403 too", () => {
    expect(connectCheckAnswer({ allow: true, role: "child", conversationId: "not an id!" }).status).toBe(403);
  });
});
