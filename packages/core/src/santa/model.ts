// The Model port: one interface for every provider Santa can think with.
import type { SafetyKind } from "../events/schemas.js";

export interface Turn {
  role: "child" | "santa";
  text: string;
}

/** What Santa remembers beyond the turns he is shown (older turns may be left out to fit a budget). */
export interface Memory {
  childName?: string;
  /** what the child has told Santa that needs a grown-up: once raised, Santa stays gentle */
  concern?: SafetyKind[];
}

export interface ModelRequest {
  /** the system prompt, with what Santa remembers and today's date appended */
  system: string;
  /** earlier turns, oldest first, ending with the child's message to answer */
  turns: Turn[];
  /** lets deterministic models vary across conversations but not across retries */
  conversationId: string;
  /** the same facts the system prompt states, for models that read them rather than the prompt */
  memory?: Memory;
}

export type Usage = { input: number; output: number };

export type ModelEvent = { type: "text"; text: string } | { type: "done"; stopReason: string; usage: Usage };

export interface Model {
  /** recorded on reply.started, e.g. "north-pole-1" or a Bedrock model id */
  readonly id: string;
  stream(request: ModelRequest, signal?: AbortSignal): AsyncIterable<ModelEvent>;
}

/** Codes a model failure carries onto reply.failed; a client can act on them. */
export type ModelErrorCode =
  | "throttled"
  | "model_unavailable"
  | "model_unreachable"
  | "model_timeout"
  | "model_error"
  | "model_rejected"
  | "stream_ended";

export class ModelError extends Error {
  constructor(
    readonly code: ModelErrorCode | (string & {}),
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "ModelError";
  }
}

/**
 * Turns with consecutive turns of one role joined: a child may write several times before Santa
 * answers (he answers them together), or a reply may have failed. What a merged child turn says
 * is everything the child wrote since Santa last spoke.
 */
export function mergedTurns(turns: readonly Turn[]): Turn[] {
  const out: Turn[] = [];
  for (const turn of turns) {
    const last = out[out.length - 1];
    if (last?.role === turn.role) last.text = `${last.text}\n\n${turn.text}`;
    else out.push({ ...turn });
  }
  return out;
}

/** Turns as a chat API wants them (Bedrock Converse requires it): starting with the child, alternating. */
export function alternatingTurns(turns: readonly Turn[]): Turn[] {
  const first = turns.findIndex((t) => t.role === "child");
  return first < 0 ? [] : mergedTurns(turns.slice(first));
}

/** A rough token count (about four characters a token), enough for budgets and offline usage. */
export const approxTokens = (text: string): number => Math.ceil(text.length / 4);
