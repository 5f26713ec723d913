// Encoding events to Kinesis records and decoding them back, with upcasting and schema checks.
import { kringleEventSchema, type KringleEvent } from "./schemas.js";
import { upcast, UpcastError, upcasters, type Upcasters } from "./upcast.js";

export interface EncodedRecord {
  Data: Uint8Array;
  PartitionKey: string;
}

export type DecodeFailure = { code: "not_json" | "not_an_object" | "unknown_version" | "invalid_event"; message: string };
export type DecodeResult = { ok: true; event: KringleEvent } | { ok: false; error: DecodeFailure };

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

export function encodeEvent(event: KringleEvent): EncodedRecord {
  return { Data: encoder.encode(JSON.stringify(event)), PartitionKey: event.conversationId };
}

/** Parses and validates an already-parsed envelope (e.g. an EventBridge detail). */
export function parseEvent(raw: unknown, chain: Upcasters = upcasters): DecodeResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, error: { code: "not_an_object", message: "an event must be a JSON object" } };
  }
  let lifted: Record<string, unknown>;
  try {
    lifted = upcast(raw as Record<string, unknown>, chain);
  } catch (err) {
    if (err instanceof UpcastError) return { ok: false, error: { code: err.code, message: err.message } };
    throw err;
  }
  const parsed = kringleEventSchema.safeParse(lifted);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "event";
    return { ok: false, error: { code: "invalid_event", message: `${where}: ${issue?.message ?? "invalid"}` } };
  }
  return { ok: true, event: parsed.data };
}

export function decodeEvent(data: Uint8Array, chain: Upcasters = upcasters): DecodeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(decoder.decode(data));
  } catch {
    return { ok: false, error: { code: "not_json", message: "the record is not UTF-8 JSON" } };
  }
  return parseEvent(raw, chain);
}
