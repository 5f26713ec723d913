// Building envelopes: fresh events get a time-sortable id, derived events inherit their cause's correlation.
import { newId } from "./ids.js";
import { EVENT_VERSION, type EventData, type EventOf, type EventType, type KringleEvent } from "./schemas.js";

export interface EventOptions {
  id?: string;
  at?: Date;
  /** The event this one is a consequence of; its correlation id is carried over. */
  cause?: Pick<KringleEvent, "id" | "correlationId" | "replay">;
  replay?: boolean;
}

export function makeEvent<T extends EventType>(
  type: T,
  conversationId: string,
  data: EventData<T>,
  options: EventOptions = {},
): EventOf<T> {
  const id = options.id ?? newId();
  const event = {
    v: EVENT_VERSION,
    id,
    type,
    conversationId,
    at: (options.at ?? new Date()).toISOString(),
    causationId: options.cause?.id,
    correlationId: options.cause ? (options.cause.correlationId ?? options.cause.id) : id,
    replay: options.replay ?? options.cause?.replay ?? false,
    data,
  };
  return event as unknown as EventOf<T>;
}
