import { describe, expect, it } from "vitest";
import { askWhyRefused, connectCheckUrl } from "./link-check.js";

const answer = (status: number) => (async () => new Response("{}", { status })) as unknown as typeof fetch;

describe("asking why a socket was refused", () => {
  it("asks the socket's own host, over http(s), with the socket's query", () => {
    expect(connectCheckUrl("ws://127.0.0.1:3000/?token=t&conversationId=c_1")).toBe("http://127.0.0.1:3000/connect-check?token=t&conversationId=c_1");
    expect(connectCheckUrl("wss://kringle.example/?token=t")).toBe("https://kringle.example/connect-check?token=t");
  });

  it("asks the configured check instead, as the AWS build does, still with the socket's query", () => {
    const check = "https://def.execute-api.eu-west-1.amazonaws.com/connect-check";
    expect(connectCheckUrl("wss://abc.execute-api.eu-west-1.amazonaws.com/prod?token=t&key=k", check)).toBe(`${check}?token=t&key=k`);
  });

  it("fetches the configured check when there is one", async () => {
    const asked: string[] = [];
    const recording = (async (url: string) => {
      asked.push(url);
      return new Response("{}", { status: 401 });
    }) as unknown as typeof fetch;
    expect(await askWhyRefused("wss://abc.example/prod?token=t", recording, "https://def.example/connect-check")).toBe("refused");
    expect(asked).toEqual(["https://def.example/connect-check?token=t"]);
  });

  it("reads 401 and 403 as refused, 2xx as allowed, 404 as unknown, a throttled check (429) and no answer as unreachable", async () => {
    expect(await askWhyRefused("ws://x/?token=t", answer(401))).toBe("refused");
    expect(await askWhyRefused("ws://x/?token=t", answer(403))).toBe("refused");
    expect(await askWhyRefused("ws://x/?token=t", answer(200))).toBe("allowed");
    expect(await askWhyRefused("ws://x/?token=t", answer(404))).toBe("unknown");
    expect(await askWhyRefused("ws://x/?token=t", answer(503))).toBe("unreachable");
    expect(await askWhyRefused("ws://x/?token=t", answer(429))).toBe("unreachable");
    expect(await askWhyRefused("ws://x/?token=t", (async () => Promise.reject(new TypeError("failed"))) as typeof fetch)).toBe("unreachable");
  });
});
