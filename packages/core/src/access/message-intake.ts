// A child's message on its way into the log: who may send it, whether its messageId was used for
// another text, the rate limits, and the personal data screen, then message.sent. The sendMessage
// route hosts it; a refusal is a typed error its host answers with an error frame.
import { derivedId } from "../events/ids.js";
import { makeEvent } from "../events/make-event.js";
import type { EventOf } from "../events/schemas.js";
import type { EventLog } from "../ports/index.js";
import type { ErrorCode, SendMessageAction } from "../protocol/frames.js";
import { withholdPersonalData } from "../safety/personal-data.js";
import type { RouteRateLimit } from "../wiring/types.js";
import type { GuardsStore } from "./dynamo-guards.js";
import { rateLimitedMessage, type Admission } from "./rate-limit.js";

export class MessageRefused extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly ref: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface MessageIntakePorts {
  guards: Pick<GuardsStore, "fingerprint" | "take">;
  log: EventLog;
  /** the limit as configured (the host applies the environment's overrides) */
  rateLimit: RouteRateLimit;
}

export interface Sender {
  role: "child" | "elf";
  connectionId: string;
  conversationId: string;
}

/**
 * The buckets that keep the limit. A child's connection speaks for its own conversation only
 * (checked first), so the conversation's bucket sees every message the connection's would see,
 * under the same limit; fewer arrivals never break a GCRA limit, so whatever the conversation's
 * bucket admits the connection's would too. Where both are named, the conversation's one write
 * keeps both limits.
 */
export function bucketsToTake(per: RouteRateLimit["per"]): RouteRateLimit["per"] {
  return per.includes("conversation") ? ["conversation"] : per;
}

/** Takes from the buckets in turn: the first that refuses says why (the ones after it are not taken). */
async function refusal(sender: Sender, action: SendMessageAction, ports: MessageIntakePorts): Promise<Extract<Admission, { allowed: false }> | undefined> {
  const buckets = { connection: `connection#${sender.connectionId}`, conversation: `conversation#${action.conversationId}` };
  for (const per of bucketsToTake(ports.rateLimit.per)) {
    const admission = await ports.guards.take(buckets[per], ports.rateLimit);
    if (!admission.allowed) return admission;
  }
  return undefined;
}

/** Records the message, or throws MessageRefused saying why not (nothing is recorded then). */
export async function takeMessage(sender: Sender, action: SendMessageAction, ports: MessageIntakePorts): Promise<EventOf<"message.sent">> {
  if (sender.role !== "child" || action.conversationId !== sender.conversationId) {
    throw new MessageRefused("forbidden", "you can only send messages to your own conversation", action.messageId);
  }
  // the fingerprint and the rate limit do not depend on each other: both writes go out at once,
  // one round trip before the message is recorded rather than two (a reused messageId is charged
  // to the limit as any other message is; a limited one keeps its fingerprint, as it always did)
  const checks = Promise.all([ports.guards.fingerprint(action.conversationId, action.messageId, action.text), refusal(sender, action, ports)]);
  // the personal data screen runs while they are under way
  const { text, withheld } = withholdPersonalData(action.text);
  const [fresh, refused] = await checks;
  if (!fresh) throw new MessageRefused("invalid_frame", "messageId: already used for another message; make a new one", action.messageId);
  if (refused) throw new MessageRefused("rate_limited", rateLimitedMessage(refused.retryAfterMs), action.messageId, refused.retryAfterMs);
  // the event id derives from the messageId: a client's retried send is the same event
  const sent = makeEvent(
    "message.sent",
    action.conversationId,
    { messageId: action.messageId, text, ...(withheld.length ? { withheld } : {}) },
    { id: derivedId(action.conversationId, "message.sent", action.messageId) },
  );
  await ports.log.append([sent]);
  return sent;
}
