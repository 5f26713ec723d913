// What a gift extractor reads (a conversation's turns) and what it finds (the child's name and the
// wishes still standing), with the limits every extractor's output is held to.
import { z } from "zod";

export interface ExtractionTurn {
  role: "child" | "santa";
  text: string;
  messageId?: string;
}

/** A turn as a caller from outside hands it in (`kringle extract` reads one a line). */
export const extractionTurnSchema = z
  .object({ role: z.enum(["child", "santa"]), text: z.string().max(10_000), messageId: z.string().min(1).max(200).optional() })
  .strict();

export interface ExtractedWish {
  /** normalized: lower case, singular, no articles ("puppy", "nintendo switch") */
  gift: string;
  /** the child's message that asked for it, when the turns carry ids */
  messageId: string | null;
  confidence: number;
}

export interface Extraction {
  childName: string | null;
  /** the final list, oldest wish first, after withdrawals */
  wishes: ExtractedWish[];
}

export interface GiftExtractor {
  /** recorded on gift.requested as `extractor`, e.g. "offline-1" */
  readonly id: string;
  /**
   * The same turns always give the same extraction, so a retried reaction repeats its events
   * exactly and needs no idempotency record. A model is not: unset means not.
   */
  readonly deterministic?: boolean;
  extract(turns: readonly ExtractionTurn[]): Promise<Extraction>;
}

/** No message adds more wishes than this; a longer list is cut (a list of 100 is not sincere). */
export const MAX_WISHES_PER_MESSAGE = 10;
/** No child's list holds more wishes than this. */
export const MAX_WISHES = 30;
/** A gift name longer than this is a sentence, not a gift. */
export const MAX_GIFT_CHARS = 60;
