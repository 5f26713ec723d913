// $connect authorizer: the token decides the role and, for a child, the conversation's key decides
// whether it may join (access/conversation-access.ts). Its context (role, conversation and, for a
// conversation started here, its key) reaches every later route. A missing or wrong token is a 401,
// a wrong or missing key a 403 (a Deny), and nothing is recorded for either.
import { decideAccess } from "@kringle/core";
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from "aws-lambda";
import { accessPorts } from "../shared/access-ports.js";
import { logger } from "../shared/observability.js";

const policy = (effect: "Allow" | "Deny", resource: string) => ({
  Version: "2012-10-17",
  Statement: [{ Action: "execute-api:Invoke", Effect: effect, Resource: resource }],
});

export const handler = async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  const query = event.queryStringParameters ?? {};
  const decision = await decideAccess(query, accessPorts("claim"));
  const connectionId = event.requestContext.connectionId;
  if (!decision.allow) {
    logger.info("connection refused", { connectionId, status: decision.status, reason: decision.reason });
    // API Gateway answers exactly this message with 401
    if (decision.status === 401) throw new Error("Unauthorized");
    // a Deny is API Gateway's 403; the reason is for the logs (and the offline gateway's body)
    return { principalId: "refused", policyDocument: policy("Deny", event.methodArn), context: { reason: decision.reason } };
  }
  if (decision.startedKey) logger.info("conversation key handed out", { connectionId, conversationId: decision.conversationId });
  return {
    principalId: decision.role,
    policyDocument: policy("Allow", event.methodArn),
    context: {
      role: decision.role,
      conversationId: decision.conversationId,
      ...(decision.startedKey ? { startedKey: decision.startedKey } : {}),
    },
  };
};
