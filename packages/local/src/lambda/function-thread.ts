// A thread that runs Lambda handlers apart from the main event loop, as Lambda runs a function
// in a sandbox of its own. Invocations are messages; the handler's result or error comes back.
import { SHARE_ENV, Worker } from "node:worker_threads";
import { replyProbe, type FirstToken } from "@kringle/core";

export class FunctionError extends Error {
  constructor(name: string, message: string, readonly code?: string) {
    super(message);
    this.name = name;
  }
}

type Reply = { type: "ready" } | { type: "firstToken"; e: FirstToken } | { type: "lastToken"; e: FirstToken } | { type: "result"; id: number; result?: unknown; error?: { name: string; message: string; code?: string } };

export class FunctionThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private nextId = 0;
  private readonly ready: Promise<void>;

  constructor() {
    this.worker = new Worker(new URL("./function-thread.worker.mjs", import.meta.url), {
      // the functions read their configuration from the environment, as on Lambda
      env: SHARE_ENV,
      workerData: { probeModule: new URL("../../../core/src/telemetry/reply-probe.ts", import.meta.url).href },
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once("error", reject);
      this.worker.on("message", (m: Reply) => {
        if (m.type === "ready") resolve();
        else if (m.type === "firstToken") replyProbe.firstToken(m.e);
        else if (m.type === "lastToken") replyProbe.lastToken(m.e);
        else this.settle(m);
      });
    });
    this.worker.unref();
  }

  /** Loads the handler on the thread now, so the first event does not pay for it. */
  async load(moduleUrl: string, exportName: string): Promise<void> {
    const loaded = await this.send(moduleUrl, exportName, undefined, undefined);
    if (loaded !== "function") throw new Error(`${moduleUrl} exports no function ${exportName}`);
  }

  invoke(moduleUrl: string, exportName: string, event: unknown, context: Record<string, unknown> & { deadline: number }): Promise<unknown> {
    return this.send(moduleUrl, exportName, event, context);
  }

  private async send(moduleUrl: string, exportName: string, event: unknown, context: (Record<string, unknown> & { deadline: number }) | undefined): Promise<unknown> {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, moduleUrl, exportName, event, context });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new FunctionError("Error", "the function's thread was stopped"));
    this.pending.clear();
  }

  private settle(m: Extract<Reply, { type: "result" }>): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.error) p.reject(new FunctionError(m.error.name, m.error.message, m.error.code));
    else p.resolve(m.result);
  }
}
