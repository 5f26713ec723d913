// A conversation as the live system records it, made offline: each child message, then Santa's
// reply streamed through his own replier with the North Pole model, for replay tests and the benchmark.
import { makeEvent } from "../events/make-event.js";
import type { KringleEvent } from "../events/schemas.js";
import { silentPusher } from "../ports/index.js";
import { NorthPoleModel } from "../santa/models/north-pole.js";
import { loadPrompt } from "../santa/prompts.js";
import { replyTo } from "../santa/santa.reactor.js";
import { MemoryTranscriptStore } from "../transcript/transcript.memory.js";
import { allEntries } from "../transcript/transcript.port.js";
import { projectTranscript } from "../transcript/transcript.runner.js";

/**
 * The events of a conversation whose child wrote `texts`, a minute apart from `startAt`; a list
 * within them is a burst, sent together before Santa answered (he skips all but its last).
 */
export async function recordConversation(conversationId: string, startAt: Date, texts: readonly (string | readonly string[])[]): Promise<KringleEvent[]> {
  const store = new MemoryTranscriptStore();
  const events: KringleEvent[] = [];
  let clock = 0;
  const log = {
    async append(batch: readonly KringleEvent[]) {
      events.push(...batch);
      await projectTranscript(conversationId, batch, { store, pusher: silentPusher });
    },
  };
  const model = new NorthPoleModel({ wordDelayMs: 0 });
  let n = 0;
  for (const [i, sent] of texts.entries()) {
    const at = new Date(startAt.getTime() + i * 60_000);
    const messages = (typeof sent === "string" ? [sent] : sent).map((text) => {
      n++;
      return makeEvent("message.sent", conversationId, { messageId: `m${n}`, text }, { id: `${conversationId}-m${n}`, at });
    });
    await log.append(messages);
    for (const message of messages) {
      // a made-up clock: recorded timings are the same on every run
      await replyTo(message, { log, model, prompt: loadPrompt("v1"), transcript: (id) => allEntries(store, id), now: () => (clock += 7), today: () => at });
    }
  }
  return events;
}
