// The benchmark's clients, in a process of their own (see runChatLoadApart).
import { conversationKey } from "@kringle/core";
import { runChatLoad, type ApartLoadOptions } from "./chat-load.js";

process.once("message", (options: ApartLoadOptions) => {
  const { urlPrefix, conversationSecret, ...rest } = options;
  const key = (conversationId: string) => (conversationSecret ? `&key=${conversationKey(conversationSecret, conversationId)}` : "");
  void runChatLoad({ ...rest, url: (conversationId) => `${urlPrefix}${conversationId}${key(conversationId)}` }).then((result) => {
    process.send!({ ...result, timings: result.timings.map((t) => ({ ...t, replyIds: [...t.replyIds] })) }, () => process.exit(0));
  });
});
