import { describe, expect, it } from "vitest";
import { componentOf, kindOf, summarizeProfile, type CpuProfile } from "./cpu-profile.js";

const root = "file:///repo/packages";

describe("the CPU profile summary", () => {
  it("names kringle's files by component and other frames by kind of work", () => {
    expect(componentOf(`${root}/functions/src/stream/transcript-projector.ts`)).toBe("transcript projector");
    expect(componentOf(`${root}/local/src/lambda/kinesis-event-source.ts`)).toBe("event-source mappings");
    expect(componentOf(`${root}/core/src/adapters/kinesis-event-log.ts`)).toBe("adapter kinesis-event-log");
    expect(componentOf("file:///repo/node_modules/@smithy/core/dist-cjs/index.js")).toBeUndefined();
    expect(kindOf({ functionName: "x", url: "file:///repo/node_modules/@aws-sdk/core/index.js" })).toBe("AWS SDK");
    expect(kindOf({ functionName: "_get", url: "file:///repo/node_modules/classic-level/index.js" })).toBe("leveldb");
    expect(kindOf({ functionName: "(garbage collector)", url: "" })).toBe("GC");
  });

  it("charges a sample to the innermost kringle frame above it, and keeps idle apart", () => {
    // (root) → transcript projector → AWS SDK; (root) → idle; (root) → a timer with no kringle frame
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: "(root)", url: "" }, children: [2, 4, 5] },
        { id: 2, callFrame: { functionName: "handler", url: `${root}/functions/src/stream/transcript-projector.ts` }, children: [3] },
        { id: 3, callFrame: { functionName: "send", url: "file:///repo/node_modules/@smithy/core/index.js" } },
        { id: 4, callFrame: { functionName: "(idle)", url: "" } },
        { id: 5, callFrame: { functionName: "listOnTimeout", url: "node:internal/timers" } },
      ],
      samples: [3, 3, 2, 4, 5],
      timeDeltas: [100, 100, 50, 1000, 25],
    };
    const s = summarizeProfile(profile);
    expect(s.busyUs).toBe(275);
    expect(s.idleUs).toBe(1000);
    expect(s.byComponent.get("transcript projector")).toBe(250);
    expect(s.byComponent.get("(node internals, no kringle caller)")).toBe(25);
    expect(s.matrix.get("transcript projector")?.get("AWS SDK")).toBe(200);
    expect(s.byKind.get("kringle code")).toBe(50);
  });
});
