// The wishes in a child's message that Santa may still acknowledge when he kindly says no to
// another one beside them ("a knife and a teddy bear": the teddy bear), each as the child wrote it.
import { readWishes } from "../gifts/offline-extractor.js";
import { declineIn } from "./models/north-pole-declines.js";
import { unsafeWish } from "../safety/wishes.js";

const plain = (text: string) => text.toLowerCase().replace(/[’`]/g, "'");

/** None after a trick; else every wish that, asked for on its own, neither screen would decline. */
export function ordinaryWishesIn(text: string): string[] {
  if (declineIn(plain(text)) === "trick") return [];
  const wishes = readWishes(text).wished.map((w) => w.phrase);
  return [...new Set(wishes.filter((w) => !unsafeWish(`i want ${w}`) && !declineIn(plain(`i want ${w}`))))];
}
