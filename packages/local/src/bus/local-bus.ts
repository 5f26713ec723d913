// The EventBridge bus offline: a PutEvents endpoint the real SDK client talks to, the wiring's
// rules matched with the full event-pattern language, and delivery to targets with retries and a
// dead letter. A target function is invoked in-process, so EventBridge's handing-over never fails;
// what is retried is the function failing, as Lambda retries an asynchronous invocation.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { backoffMs, entrySize, PUT_EVENTS_MAX_BYTES, PUT_EVENTS_MAX_ENTRIES, type DeadLetters, type RuleDef, sleep } from "@kringle/core";
import { signedByOneOf } from "../stand-ins/run-credentials.js";
import { closeServer, listen } from "../stand-ins/listen.js";
import { compilePattern } from "./event-pattern.js";
import { BusArchive } from "./bus-archive.js";
import { PendingDeliveries } from "./pending-deliveries.js";

export interface BusEvent {
  version: "0";
  id: string;
  "detail-type": string;
  source: string;
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
}

interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  Time?: number | string;
}

export interface LocalBusOptions {
  busName: string;
  /** the access key ids whose signed PutEvents it accepts (run-credentials.ts) */
  acceptedKeyIds: readonly string[];
  region: string;
  rules: Record<string, RuleDef>;
  invoke: (target: string, event: BusEvent) => Promise<unknown>;
  /** a target function's retries of a failed invocation (Lambda's async settings) */
  retriesOf: (target: string) => { retryAttempts: number; maximumEventAgeSeconds: number };
  deadLetters: DeadLetters;
  /** where accepted events wait for delivery, so a restart delivers them */
  dataDir: string;
  /** days an accepted event stays in the archive (0: forever) */
  archiveRetentionDays?: number;
  retryBaseMs: number;
  onError: (message: string, error: unknown) => void;
}

type EntryResult = { EventId: string } | { ErrorCode: string; ErrorMessage: string };

export class LocalBus {
  private server: Server | undefined;
  private readonly rules: { name: string; def: RuleDef; matches: (event: unknown) => boolean }[];
  private inFlight = 0;
  private readonly deliveries = new Set<Promise<void>>();
  private readonly pending: PendingDeliveries<BusEvent>;
  private readonly archive: BusArchive;
  private stopping = false;
  private readonly served = { PutEvents: 0, entries: 0 };
  endpoint = "";

  constructor(private readonly o: LocalBusOptions) {
    this.rules = Object.entries(o.rules).map(([name, def]) => ({ name, def, matches: compilePattern(def.eventPattern) }));
    this.pending = new PendingDeliveries(o.dataDir);
    this.archive = new BusArchive(o.dataDir, o.archiveRetentionDays ?? 0);
  }

  /** how many deliveries are under way */
  get deliveriesInFlight(): number {
    return this.inFlight;
  }

  /** true when no delivery is under way */
  get idle(): boolean {
    return this.inFlight === 0;
  }

  /** The PutEvents calls taken since the start and the events they carried, for the benchmark. */
  calls(): { PutEvents: number; entries: number } {
    return { ...this.served };
  }

  /** Starts taking PutEvents calls; answers the endpoint. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.endpoint = await listen(this.server);
    return this.endpoint;
  }

  /** Delivers what a previous run accepted but had not delivered (once the targets can run). */
  resume(): void {
    for (const p of this.pending.all()) {
      const rule = this.rules.find((r) => r.name === p.rule);
      if (rule) this.dispatch(rule.name, rule.def, p.event);
      else this.pending.done(p);
    }
  }

  /** Stops accepting events; deliveries under way finish unless `abandon` (they resume on the next start). */
  async stop(options: { abandon?: boolean } = {}): Promise<void> {
    this.stopping = true;
    if (this.server) await closeServer(this.server);
    if (!options.abandon) await Promise.allSettled([...this.deliveries]);
    await this.archive.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reply = (status: number, body: unknown, errorType?: string) => {
      res.writeHead(status, { "content-type": "application/x-amz-json-1.1", ...(errorType ? { "x-amzn-errortype": errorType } : {}) });
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (!signedByOneOf(req.headers.authorization, this.o.acceptedKeyIds)) {
      return reply(403, { __type: "UnrecognizedClientException", message: "The security token included in the request is invalid." }, "UnrecognizedClientException");
    }
    const target = String(req.headers["x-amz-target"] ?? "");
    if (req.method !== "POST" || target !== "AWSEvents.PutEvents") {
      return reply(400, { __type: "UnknownOperationException", message: `the local bus answers PutEvents only, not ${target || req.method}` }, "UnknownOperationException");
    }
    let body: { Entries?: PutEventsEntry[] };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      return reply(400, { __type: "SerializationException", message: "the request body is not JSON" }, "SerializationException");
    }
    const entries = body.Entries ?? [];
    if (!Array.isArray(entries) || entries.length < 1 || entries.length > PUT_EVENTS_MAX_ENTRIES) {
      return reply(400, { __type: "ValidationException", message: `Entries must hold 1 to ${PUT_EVENTS_MAX_ENTRIES} events` }, "ValidationException");
    }
    const size = entries.reduce((n, e) => n + entrySize({ ...e, Time: e.Time === undefined ? undefined : new Date() }), 0);
    if (size > PUT_EVENTS_MAX_BYTES) {
      return reply(400, { __type: "ValidationException", message: `the request is ${size} bytes; PutEvents takes at most 256 KB` }, "ValidationException");
    }
    this.served.PutEvents++;
    this.served.entries += entries.length;
    const results = entries.map((entry) => this.accept(entry));
    reply(200, { FailedEntryCount: results.filter((r) => "ErrorCode" in r).length, Entries: results });
  }

  private accept(entry: PutEventsEntry): EntryResult {
    const bus = entry.EventBusName ?? "default";
    if (bus !== this.o.busName && !bus.endsWith(`:event-bus/${this.o.busName}`)) {
      return { ErrorCode: "InvalidArgument", ErrorMessage: `no event bus named ${bus}` };
    }
    if (!entry.Source || !entry.DetailType) return { ErrorCode: "InvalidArgument", ErrorMessage: "Source and DetailType are required" };
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail ?? "");
    } catch {
      return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail is not valid JSON" };
    }
    if (typeof detail !== "object" || detail === null || Array.isArray(detail)) {
      return { ErrorCode: "MalformedDetail", ErrorMessage: "Detail must be a JSON object" };
    }
    const time = entry.Time === undefined ? new Date() : new Date(typeof entry.Time === "number" ? entry.Time * 1000 : entry.Time);
    const event: BusEvent = {
      version: "0",
      id: randomUUID(),
      "detail-type": entry.DetailType,
      source: entry.Source,
      account: "000000000000",
      time: time.toISOString().replace(/\.\d{3}Z$/, "Z"),
      region: this.o.region,
      resources: entry.Resources ?? [],
      detail,
    };
    this.archive.keep(event);
    this.route(event);
    return { EventId: event.id };
  }

  /** Sends an event to the target of every rule it matches. */
  private route(event: BusEvent): void {
    for (const rule of this.rules) {
      if (!rule.matches(event)) continue;
      this.pending.add({ rule: rule.name, event });
      this.dispatch(rule.name, rule.def, event);
    }
  }

  private dispatch(ruleName: string, def: RuleDef, event: BusEvent): void {
    this.inFlight++;
    const delivery = this.deliver(ruleName, def, event).then(
      (settled) => {
        if (settled) this.pending.done({ rule: ruleName, event });
      },
      (err: unknown) => this.o.onError(`rule ${ruleName}: delivery of ${event.id} failed`, err),
    ).finally(() => {
      this.inFlight--;
      this.deliveries.delete(delivery);
    });
    this.deliveries.add(delivery);
  }

  /** Delivers with retries, then dead-letters; false when stopped first (the event stays pending). */
  private async deliver(ruleName: string, rule: RuleDef, event: BusEvent): Promise<boolean> {
    const retries = this.o.retriesOf(rule.target);
    const maxAgeSeconds = Math.min(rule.maximumEventAgeSeconds, retries.maximumEventAgeSeconds);
    const deadline = Date.parse(event.time) + maxAgeSeconds * 1000;
    let reason = "";
    for (let attempt = 0; attempt <= retries.retryAttempts; attempt++) {
      if (attempt > 0) {
        await sleep(backoffMs(attempt, { baseMs: this.o.retryBaseMs, maxMs: 30_000 }));
        if (this.stopping) return false;
        if (Date.now() > deadline) {
          reason = `older than ${maxAgeSeconds} s; last error: ${reason}`;
          break;
        }
      }
      try {
        await this.o.invoke(rule.target, event);
        return true;
      } catch (err) {
        reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      }
    }
    try {
      await this.o.deadLetters.park({ source: `rule:${ruleName}`, id: event.id, reason, payload: JSON.stringify(event), at: new Date().toISOString() });
      this.o.onError(`rule ${ruleName}: event ${event.id} dead-lettered`, reason);
      return true;
    } catch (err) {
      this.o.onError(`rule ${ruleName}: could not dead-letter event ${event.id}`, err);
      return false;
    }
  }
}
