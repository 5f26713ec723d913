import { describe, expect, it } from "vitest";
import { askWhyRefused, connectCheckUrl } from "./link-check.js";

const answer = (status: number) => (async () => new Response("{}", { status })) as unknown as typeof fetch;

describe("asking why a socket was refused", () => {
  it("asks the socket's own host, over http(s), with the socket's query", () => {
    expect(connectCheckUrl("ws://127.0.0.1:3000/?token=t&conversationId=c_1")).toBe("http://127.0.0.1:3000/connect-check?token=t&conversationId=c_1");
    expect(connectCheckUrl("wss://abc.execute-api.eu-west-1.amazonaws.com/prod?token=t")).toBe("https://abc.execute-api.eu-west-1.amazonaws.com/connect-check?token=t");
  });

  it("reads 401 and 403 as refused, 2xx as allowed, 404 as unknown and no answer as unreachable", async () => {
    expect(await askWhyRefused("ws://x/?token=t", answer(401))).toBe("refused");
    expect(await askWhyRefused("ws://x/?token=t", answer(403))).toBe("refused");
    expect(await askWhyRefused("ws://x/?token=t", answer(200))).toBe("allowed");
    expect(await askWhyRefused("ws://x/?token=t", answer(404))).toBe("unknown");
    expect(await askWhyRefused("ws://x/?token=t", answer(503))).toBe("unreachable");
    expect(await askWhyRefused("ws://x/?token=t", (async () => Promise.reject(new TypeError("failed"))) as typeof fetch)).toBe("unreachable");
  });
});
