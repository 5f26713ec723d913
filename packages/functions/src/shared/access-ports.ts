// What core's decideAccess needs from a function: the configured tokens and secret, and a keyless
// rejoin's legacy-key lookup, which the $connect authorizer claims and the connect check only reads.
import { GuardsStore, hasTranscript, tableName, type AccessPorts } from "@kringle/core";
import { deps } from "./deps.js";
import { configuredTokens, conversationSecret } from "./tokens.js";

export function accessPorts(legacyKey: "claim" | "peek"): AccessPorts {
  return {
    tokens: configuredTokens(),
    secret: conversationSecret(),
    async claimLegacyKey(conversationId) {
      const { docs } = deps();
      if (!(await hasTranscript(docs, tableName("transcripts"), conversationId))) return false;
      const guards = new GuardsStore(docs, tableName("guards"));
      // a check says whether the claim would succeed, and leaves it to the connection
      return legacyKey === "claim" ? guards.claimLegacyKey(conversationId) : !(await guards.legacyKeyClaimed(conversationId));
    },
  };
}
