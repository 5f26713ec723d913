// The benchmark's clients, in a process of their own (see runChatLoadApart).
import { runChatLoad, type LoadOptions } from "./chat-load.js";

process.once("message", (options: Omit<LoadOptions, "url"> & { urlPrefix: string }) => {
  const { urlPrefix, ...rest } = options;
  void runChatLoad({ ...rest, url: (conversationId) => `${urlPrefix}${conversationId}` }).then((result) => {
    process.send!({ ...result, timings: result.timings.map((t) => ({ ...t, replyIds: [...t.replyIds] })) }, () => process.exit(0));
  });
});
