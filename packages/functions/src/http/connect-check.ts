// GET /connect-check?<the socket's query>: whether the $connect authorizer would let this link in
// (core's decideAccess, the authorizer's own decision), recording nothing: a keyless rejoin's
// legacy key is looked at, not claimed. An HTTP API route on AWS; the offline gateway serves it too.
import { connectCheckAnswer, decideAccess } from "@kringle/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { z } from "zod";
import { accessPorts } from "../shared/access-ports.js";
import { logger } from "../shared/observability.js";

/** The socket's query as the page sends it; anything else in it is ignored, as $connect ignores it. */
const querySchema = z.object({
  token: z.string().max(512).optional(),
  conversationId: z.string().max(128).optional(),
  key: z.string().max(512).optional(),
});

const answer = (statusCode: number, body: { code: string; message: string }): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { "content-type": "application/json", "cache-control": "no-store" },
  body: JSON.stringify(body),
});

export const handler = async (event: Pick<APIGatewayProxyEventV2, "queryStringParameters">): Promise<APIGatewayProxyStructuredResultV2> => {
  const query = querySchema.safeParse(event.queryStringParameters ?? {});
  if (!query.success) {
    return answer(400, { code: "invalid_query", message: query.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") });
  }
  const checked = connectCheckAnswer(await decideAccess(query.data, accessPorts("peek")));
  if (checked.status !== 200) logger.info("connect check refused", { status: checked.status, code: checked.body.code });
  return answer(checked.status, checked.body);
};
