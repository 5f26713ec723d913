// The Model port: one interface for every provider Santa can think with.

export interface Turn {
  role: "child" | "santa";
  text: string;
}

export interface ModelRequest {
  /** the system prompt */
  system: string;
  /** earlier turns, oldest first, ending with the child's message to answer */
  turns: Turn[];
  /** lets deterministic models vary across conversations but not across retries */
  conversationId: string;
}

export type ModelEvent =
  | { type: "text"; text: string }
  | { type: "done"; stopReason: string; usage: { input: number; output: number } };

export interface Model {
  /** recorded on reply.started, e.g. "north-pole-1" or a Bedrock model id */
  readonly id: string;
  stream(request: ModelRequest, signal?: AbortSignal): AsyncIterable<ModelEvent>;
}

export class ModelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
