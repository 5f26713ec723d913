// AWS SDK clients with default configuration (so AWS_ENDPOINT_URL_<SERVICE> points them at the
// offline stand-ins) and a keep-alive HTTP/1.1 handler: the Kinesis and Bedrock clients default to
// HTTP/2, which the HTTP/1.1 stand-ins cannot speak, and keep-alive saves a handshake per call.
import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { ApiGatewayManagementApiClient } from "@aws-sdk/client-apigatewaymanagementapi";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient } from "@aws-sdk/client-eventbridge";
import { KinesisClient } from "@aws-sdk/client-kinesis";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { connectionsEndpoint } from "../config/environment.js";

function requestHandler(): NodeHttpHandler {
  return new NodeHttpHandler({
    httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
    httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
  });
}

export function kinesisClient(): KinesisClient {
  return new KinesisClient({ requestHandler: requestHandler() });
}

export function dynamoClient(): DynamoDBClient {
  return new DynamoDBClient({ requestHandler: requestHandler() });
}

export function documentClient(client: DynamoDBClient = dynamoClient()): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

export function eventBridgeClient(): EventBridgeClient {
  return new EventBridgeClient({ requestHandler: requestHandler() });
}

/**
 * The @connections client needs the API's own endpoint: from the standard
 * AWS_ENDPOINT_URL_APIGATEWAYMANAGEMENTAPI when set (the stacks and the offline runtime set it),
 * else from the invoking WebSocket event's domain and stage.
 */
export function connectionsClient(fromEvent?: { domainName?: string; stage?: string }): ApiGatewayManagementApiClient {
  const configured = connectionsEndpoint();
  const endpoint =
    configured ?? (fromEvent?.domainName ? `https://${fromEvent.domainName}/${fromEvent.stage ?? ""}` : undefined);
  return new ApiGatewayManagementApiClient({ requestHandler: requestHandler(), ...(endpoint ? { endpoint } : {}) });
}
