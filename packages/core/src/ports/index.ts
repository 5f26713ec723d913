// The ports kringle's domain talks through; adapters/ implements them on the AWS SDK.
import type { KringleEvent } from "../events/schemas.js";
import type { ServerFrame } from "../protocol/frames.js";

/** The event log (Kinesis): appends keep their order per conversation. */
export interface EventLog {
  append(events: readonly KringleEvent[]): Promise<void>;
}

export interface Connection {
  connectionId: string;
  conversationId: string;
}

/** Pushes frames to WebSocket connections (API Gateway @connections). */
export interface Pusher {
  /** "gone" when the connection no longer exists (HTTP 410); the pusher records that it closed. */
  send(to: Connection, frame: ServerFrame): Promise<"sent" | "gone">;
}

/** Pushes nothing: a rebuild or a replay folds events that browsers have already been shown. */
export const silentPusher: Pusher = { send: async () => "sent" };

/** Where a runner says what went wrong without failing (Powertools' Logger is one). */
export interface Warnings {
  warn(message: string, details: Record<string, unknown>): void;
}

export const noWarnings: Warnings = { warn: () => undefined };

/** Publishes business events to the bus (EventBridge). */
export interface BusPublisher {
  publish(events: readonly KringleEvent[]): Promise<void>;
}

/** Where records no consumer can use are parked, so a shard never stalls on them. */
export interface DeadLetters {
  park(letter: DeadLetter): Promise<void>;
}

export interface DeadLetter {
  /** the consumer or rule that gave up on it */
  source: string;
  /** unique within the source: a Kinesis eventID or an EventBridge event id */
  id: string;
  reason: string;
  payload: string;
  at: string;
}
