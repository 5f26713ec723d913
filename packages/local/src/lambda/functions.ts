// In-process Lambda: loads a wired handler from its module and invokes it with a Lambda-shaped
// context and the function's timeout, on the main thread or, for the functions that ask for a
// sandbox of their own, on a thread of their own.
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { FunctionDef } from "@kringle/core";
import type { Context } from "aws-lambda";
import { FunctionThread } from "./function-thread.js";

export type Handler = (event: unknown, context: Context) => Promise<unknown>;

export class FunctionTimeoutError extends Error {
  readonly code = "timeout";
}

/** The repository root: wired handler paths are relative to it. */
export const repoRoot = resolve(import.meta.dirname, "../../../..");

export function lambdaContext(name: string, def: FunctionDef, deadline: number): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: "$LATEST",
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: String(def.memoryMb ?? 1024),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: "local",
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export class LocalFunctions {
  private readonly loaded = new Map<string, Promise<Handler>>();
  private readonly threads = new Map<string, FunctionThread>();

  constructor(
    private readonly defs: Record<string, FunctionDef>,
    /** which functions run on a thread of their own */
    private readonly apart: (name: string, def: FunctionDef) => boolean = () => false,
  ) {}

  private handler(name: string): Promise<Handler> {
    let handler = this.loaded.get(name);
    if (!handler) {
      const def = this.defs[name];
      if (!def) throw new Error(`no function ${name} in the wiring`);
      const moduleUrl = pathToFileURL(resolve(repoRoot, `${def.file}.ts`)).href;
      if (this.apart(name, def)) {
        const thread = new FunctionThread();
        this.threads.set(name, thread);
        handler = thread.load(moduleUrl, def.export).then(() => (event: unknown, context: Context) => {
          const { getRemainingTimeInMillis, done: _d, fail: _f, succeed: _s, ...plain } = context;
          return thread.invoke(moduleUrl, def.export, event, { ...plain, deadline: Date.now() + getRemainingTimeInMillis() });
        });
        this.loaded.set(name, handler);
        return handler;
      }
      handler = import(moduleUrl).then((mod) => {
        const fn = mod[def.export];
        if (typeof fn !== "function") throw new Error(`${def.file} exports no function ${def.export}`);
        return fn as Handler;
      });
      this.loaded.set(name, handler);
    }
    return handler;
  }

  /** Stops the functions' threads. */
  async close(): Promise<void> {
    await Promise.all([...this.threads.values()].map((t) => t.close()));
  }

  /** Loads every handler now, so the first event does not pay for it. */
  async warm(): Promise<void> {
    await Promise.all(Object.keys(this.defs).map((name) => this.handler(name)));
  }

  async invoke(name: string, event: unknown): Promise<unknown> {
    const def = this.defs[name]!;
    const handler = await this.handler(name);
    const timeoutMs = def.timeoutSeconds * 1000;
    const context = lambdaContext(name, def, Date.now() + timeoutMs);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new FunctionTimeoutError(`${name} timed out after ${def.timeoutSeconds} s`)), timeoutMs);
    });
    try {
      return await Promise.race([handler(event, context), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
