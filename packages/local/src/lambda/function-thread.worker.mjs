// Runs wired Lambda handlers on a thread of their own (a sandbox apart from the other functions),
// loading their TypeScript through tsx. Plain JavaScript: a worker runs whatever node runs.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { replyProbe } = await import(workerData.probeModule);
// replies are observed on the main thread (the benchmark listens there)
replyProbe.onFirstToken((e) => parentPort.postMessage({ type: "firstToken", e }));
replyProbe.onLastToken((e) => parentPort.postMessage({ type: "lastToken", e }));

const handlers = new Map();
async function handlerOf(moduleUrl, name) {
  const key = `${moduleUrl}#${name}`;
  if (!handlers.has(key)) handlers.set(key, import(moduleUrl).then((m) => m[name]));
  return handlers.get(key);
}

parentPort.on("message", async ({ id, moduleUrl, exportName, event, context }) => {
  try {
    const handler = await handlerOf(moduleUrl, exportName);
    // a load without an event only warms the handler up
    if (!context) return parentPort.postMessage({ type: "result", id, result: typeof handler });
    const deadline = context.deadline;
    const result = await handler(event, { ...context, getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()) });
    parentPort.postMessage({ type: "result", id, result });
  } catch (err) {
    const error = err instanceof Error ? { name: err.name, message: err.message, code: err.code } : { name: "Error", message: String(err) };
    parentPort.postMessage({ type: "result", id, error });
  }
});
parentPort.postMessage({ type: "ready" });
