// The browser ↔ gateway protocol (docs/protocol.md): client actions and server frames, as zod schemas.
// No Node imports here; the web app checks what it receives with frame-check.ts, held to these schemas.
import { z } from "zod";
import { declineReasonSchema, safetyKindSchema } from "../events/schemas.js";
import { ERROR_CODES } from "./frame-check.js";
import { hasVisibleText, MAX_TEXT_CHARS } from "./limits.js";

export { hasVisibleText, MAX_TEXT_CHARS };
const clientId = z.string().min(1).max(128).regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, _ and -");

export const sendMessageAction = z.object({
  action: z.literal("sendMessage"),
  conversationId: clientId.max(64),
  messageId: clientId,
  text: z
    .string()
    .max(MAX_TEXT_CHARS, `a message is at most ${MAX_TEXT_CHARS} characters`)
    .refine(hasVisibleText, "a message needs some text"),
});

export const syncAction = z.object({
  action: z.literal("sync"),
  /** a child may leave it out: its own conversation (the only way before `conversation.started` names it) */
  conversationId: clientId.max(64).optional(),
  /** the highest position the client holds as final; 0 for everything */
  after: z.number().int().nonnegative().default(0),
});

/** elves only: answered with `gifts.snapshot`, then `gifts.delta` as wishes change */
export const watchGiftsAction = z.object({ action: z.literal("watchGifts") });

export const clientActionSchema = z.discriminatedUnion("action", [sendMessageAction, syncAction, watchGiftsAction]);
export type SendMessageAction = z.infer<typeof sendMessageAction>;
export type SyncAction = z.infer<typeof syncAction>;
export type WatchGiftsAction = z.infer<typeof watchGiftsAction>;
export type ClientAction = z.infer<typeof clientActionSchema>;
export const CLIENT_ACTIONS = ["sendMessage", "sync", "watchGifts"] as const;

export const replyStatusSchema = z.enum(["streaming", "completed", "failed"]);
export type ReplyStatus = z.infer<typeof replyStatusSchema>;

export const messageEntrySchema = z.object({
  kind: z.literal("message"),
  position: z.number().int().positive(),
  messageId: z.string(),
  text: z.string(),
  at: z.string(),
});
export const replyEntrySchema = z.object({
  kind: z.literal("reply"),
  position: z.number().int().positive(),
  replyId: z.string(),
  inReplyTo: z.string(),
  text: z.string(),
  /** the last chunk folded into `text`; -1 before the first */
  lastSeq: z.number().int(),
  status: replyStatusSchema,
  error: z.string().optional(),
  at: z.string(),
});
export const entrySchema = z.discriminatedUnion("kind", [messageEntrySchema, replyEntrySchema]);
export type MessageEntry = z.infer<typeof messageEntrySchema>;
export type ReplyEntry = z.infer<typeof replyEntrySchema>;
export type Entry = z.infer<typeof entrySchema>;

export const transcriptChangeSchema = z.discriminatedUnion("kind", [
  messageEntrySchema,
  z.object({ kind: z.literal("reply.started"), position: z.number().int().positive(), replyId: z.string(), inReplyTo: z.string(), at: z.string() }),
  z.object({ kind: z.literal("reply.chunk"), position: z.number().int().positive(), replyId: z.string(), seq: z.number().int().nonnegative(), text: z.string() }),
  z.object({ kind: z.literal("reply.completed"), position: z.number().int().positive(), replyId: z.string(), text: z.string() }),
  z.object({ kind: z.literal("reply.failed"), position: z.number().int().positive(), replyId: z.string(), error: z.string(), retryable: z.boolean() }),
]);
export type TranscriptChange = z.infer<typeof transcriptChangeSchema>;

/** One wish on a child's list; a withdrawn wish stays, marked, so the elves see the change. */
export const wishSchema = z.object({
  giftId: z.string(),
  /** normalized ("puppy", "nintendo switch") */
  gift: z.string(),
  messageId: z.string(),
  /** when the child asked for it */
  at: z.string(),
  status: z.enum(["wished", "withdrawn"]),
  withdrawnAt: z.string().optional(),
  /** asked for, and kindly declined by Santa: shown to the elves apart, never counted as a gift to make */
  declined: declineReasonSchema.optional(),
});
export type Wish = z.infer<typeof wishSchema>;

/**
 * One child's card on the elves' dashboard. A child is a conversation (two Mias in two
 * conversations are two children); `childName` is null until the child says it.
 */
export const childGiftsSchema = z.object({
  conversationId: z.string(),
  childName: z.string().nullable(),
  wishes: z.array(wishSchema),
  /** what the safety screen raised in this conversation: it needs a human */
  flags: z.array(safetyKindSchema),
  updatedAt: z.string(),
  /** bumped on every change: a client keeps the card with the highest version */
  version: z.number().int().nonnegative(),
});
export type ChildGifts = z.infer<typeof childGiftsSchema>;

export const errorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const serverFrameSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("transcript.snapshot"),
    conversationId: z.string(),
    entries: z.array(entrySchema),
    /** false when more snapshot frames follow (a frame stays within the 128 KB message limit) */
    complete: z.boolean(),
  }),
  z.object({ type: z.literal("transcript.delta"), conversationId: z.string(), change: transcriptChangeSchema }),
  /** several changes for one connection, in order: what one projector batch changed (fewer pushes under load) */
  z.object({ type: z.literal("transcript.deltas"), conversationId: z.string(), changes: z.array(transcriptChangeSchema) }),
  /** a child's first frame on a connection that started a conversation: keep both to rejoin it */
  z.object({ type: z.literal("conversation.started"), conversationId: z.string(), key: z.string() }),
  /** the answer to watchGifts: every child's card; the last frame has complete: true */
  z.object({ type: z.literal("gifts.snapshot"), children: z.array(childGiftsSchema), complete: z.boolean() }),
  /** pushed to watching elves: the whole card of the child that changed */
  z.object({ type: z.literal("gifts.delta"), child: childGiftsSchema }),
  z.object({
    type: z.literal("error"),
    code: errorCodeSchema,
    message: z.string(),
    /** the action or messageId the error is about, when there is one */
    ref: z.string().optional(),
    /** with rate_limited: when sending again will be accepted */
    retryAfterMs: z.number().int().nonnegative().optional(),
  }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;
export type ErrorFrame = Extract<ServerFrame, { type: "error" }>;
