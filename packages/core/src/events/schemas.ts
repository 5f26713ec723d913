// The event envelope and every event type of kringle's log (ARCHITECTURE.md §2), as zod schemas.
import { z } from "zod";

export const EVENT_VERSION = 1;

export const idSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9_\-:.#]+$/, "an id uses letters, digits and _-:.#");
/** API Gateway's connection ids are base64-like (e.g. "L0SM9cOFvHcCIhw="). */
export const connectionIdSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9+/=_-]+$/, "not a connection id");
export const conversationIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "a conversationId uses letters, digits, _ and -");
export const MAX_MESSAGE_CHARS = 2000;

export const roleSchema = z.enum(["child", "elf"]);
export type Role = z.infer<typeof roleSchema>;

/** Kinds of personal data a child's message can carry, which kringle keeps out of its records. */
export const personalDataKindSchema = z.enum([
  "phone",
  "card",
  "email",
  "address",
  "school",
  "password",
  /** a town, state or postcode */
  "place",
  /** a date of birth with its year, or a full name with a date of birth */
  "birthday",
  /** a social-media or game handle */
  "handle",
  /** where a named parent works */
  "workplace",
  /** a landmark that finds their home ("the blue house next to the church") */
  "landmark",
  /** a full name said plainly ("im maisie jones"): the surname, the first name stays */
  "name",
]);

/** What a child may be telling Santa that needs a grown-up (ARCHITECTURE.md §2, safety.flagged). */
export const safetyKindSchema = z.enum(["abuse", "self-harm", "danger", "running-away", "harm-to-others", "secrecy", "distress"]);
export type SafetyKind = z.infer<typeof safetyKindSchema>;

/**
 * Why a wish is not a gift to make, though the child asked for it (Santa kindly says no):
 * harmful (a knife, a gun, a vape), absurd (a real car, money, a hundred of something), people (a
 * baby brother, parents back together).
 */
export const declineReasonSchema = z.enum(["harmful", "absurd", "people"]);
export type DeclineReason = z.infer<typeof declineReasonSchema>;

export const closeReasonSchema = z.enum(["client", "gone", "unauthorized", "idle"]);
export type CloseReason = z.infer<typeof closeReasonSchema>;

const usageSchema = z.object({ input: z.number().int().nonnegative(), output: z.number().int().nonnegative() });

export const eventDataSchemas = {
  "connection.opened": z.object({
    connectionId: connectionIdSchema,
    role: roleSchema,
    userAgent: z.string().max(512),
  }),
  "connection.closed": z.object({ connectionId: connectionIdSchema, reason: closeReasonSchema }),
  "message.sent": z.object({
    messageId: idSchema,
    /** what the child wrote, with any personal data replaced before it was recorded */
    text: z.string().min(1).max(MAX_MESSAGE_CHARS),
    /** the kinds of personal data taken out of `text` */
    withheld: z.array(personalDataKindSchema).optional(),
  }),
  "reply.started": z.object({
    replyId: idSchema,
    inReplyTo: idSchema,
    model: z.string().min(1),
    promptVersion: z.string().min(1),
  }),
  "reply.chunk": z.object({ replyId: idSchema, seq: z.number().int().nonnegative(), text: z.string() }),
  "reply.completed": z.object({
    replyId: idSchema,
    text: z.string(),
    stopReason: z.string(),
    usage: usageSchema,
    ttftMs: z.number().nonnegative(),
    totalMs: z.number().nonnegative(),
  }),
  "reply.failed": z.object({ replyId: idSchema, error: z.string().min(1), retryable: z.boolean() }),
  /** the child wrote again before Santa answered this message: the reply to a later one answers both */
  "reply.skipped": z.object({ messageId: idSchema, laterMessageId: idSchema }),
  "gift.requested": z.object({
    giftId: idSchema,
    /** null until the child says it; a later request carries it once known */
    childName: z.string().min(1).max(100).nullable(),
    gift: z.string().min(1).max(200),
    messageId: idSchema,
    extractor: z.string().min(1),
    confidence: z.number().min(0).max(1),
    /** the child asked for it and Santa said no: not a gift to make (left out when it is one) */
    declined: declineReasonSchema.optional(),
  }),
  "gift.withdrawn": z.object({
    giftId: idSchema,
    childName: z.string().min(1).max(100).nullable(),
    gift: z.string().min(1).max(200),
    messageId: idSchema,
  }),
  "safety.flagged": z.object({ messageId: idSchema, kind: safetyKindSchema }),
} as const;

export type EventType = keyof typeof eventDataSchemas;
export const EVENT_TYPES = Object.keys(eventDataSchemas) as EventType[];

const baseEnvelope = {
  v: z.literal(EVENT_VERSION),
  id: idSchema,
  conversationId: conversationIdSchema,
  at: z.iso.datetime(),
  causationId: idSchema.optional(),
  correlationId: idSchema.optional(),
  replay: z.boolean().default(false),
};

function envelopeOf<T extends EventType>(type: T) {
  return z.object({ ...baseEnvelope, type: z.literal(type), data: eventDataSchemas[type] });
}

export const kringleEventSchema = z.discriminatedUnion("type", [
  envelopeOf("connection.opened"),
  envelopeOf("connection.closed"),
  envelopeOf("message.sent"),
  envelopeOf("reply.started"),
  envelopeOf("reply.chunk"),
  envelopeOf("reply.completed"),
  envelopeOf("reply.failed"),
  envelopeOf("reply.skipped"),
  envelopeOf("gift.requested"),
  envelopeOf("gift.withdrawn"),
  envelopeOf("safety.flagged"),
]);

export type KringleEvent = z.infer<typeof kringleEventSchema>;
export type EventOf<T extends EventType> = Extract<KringleEvent, { type: T }>;
export type EventData<T extends EventType> = EventOf<T>["data"];
