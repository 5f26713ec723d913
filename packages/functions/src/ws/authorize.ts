// $connect authorizer: the token in the query string decides the role; its context (role and
// conversation) reaches every later route of the connection. A missing or wrong token is a 401.
import { ELVES_CONVERSATION, roleForToken } from "@kringle/core";
import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from "aws-lambda";
import { logger } from "../shared/observability.js";
import { configuredTokens } from "../shared/tokens.js";

export const handler = async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  const query = event.queryStringParameters ?? {};
  const role = roleForToken(query.token ?? undefined, configuredTokens());
  if (!role) {
    logger.info("connection refused: missing or wrong token", { connectionId: event.requestContext.connectionId });
    // API Gateway answers exactly this message with 401
    throw new Error("Unauthorized");
  }
  return {
    principalId: role,
    policyDocument: {
      Version: "2012-10-17",
      Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: event.methodArn }],
    },
    context: { role, conversationId: role === "elf" ? ELVES_CONVERSATION : (query.conversationId ?? "") },
  };
};
