// What `GET /connect-check` answers: whether a link may connect, as decideAccess and the $connect
// route judge it. A browser cannot see a refused handshake's status, so the page asks here.
import { conversationIdSchema } from "../events/schemas.js";
import type { AccessDecision } from "./conversation-access.js";

export interface ConnectCheckAnswer {
  status: 200 | 401 | 403;
  body: { code: "ok" | "unauthorized" | "forbidden"; message: string };
}

export function connectCheckAnswer(decision: AccessDecision): ConnectCheckAnswer {
  if (!decision.allow) {
    return decision.status === 401
      ? { status: 401, body: { code: "unauthorized", message: "This link's token is wrong or has expired: ask for a fresh link." } }
      : { status: 403, body: { code: "forbidden", message: `This link may not open this page: ${decision.reason}` } };
  }
  // the authorizer lets a malformed id through for the $connect route to refuse: so does the check
  if (decision.role === "child" && !conversationIdSchema.safeParse(decision.conversationId).success) {
    return { status: 403, body: { code: "forbidden", message: "This link may not open this page: its conversationId is not one" } };
  }
  return { status: 200, body: { code: "ok", message: "This link may connect." } };
}
