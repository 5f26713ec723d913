// The offline runtime's stand-ins, bus and @connections endpoint answer only calls signed with the
// run's own credentials (made anew each run): another program on this machine, signing with
// anything else, can read or write none of kringle's stream, tables, events or connections.
import { ApiGatewayManagementApiClient, PostToConnectionCommand } from "@aws-sdk/client-apigatewaymanagementapi";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { KinesisClient, ListStreamsCommand } from "@aws-sdk/client-kinesis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestKringle, type TestKringle } from "../testing/test-kringle.js";
import { standInClientConfig } from "./local-client-config.js";
import { accessKeyIdOf, makeRunCredentials } from "./run-credentials.js";

let k: TestKringle;
beforeAll(async () => {
  k = await startTestKringle();
});
afterAll(() => k.dispose());

const stranger = { accessKeyId: "kringle-local", secretAccessKey: "kringle-local" };

describe("run credentials", () => {
  it("are made anew for every run", () => {
    const a = makeRunCredentials();
    const b = makeRunCredentials();
    expect(a.accessKeyId).toMatch(/^kringle-local-[0-9a-f]{24}$/);
    expect(a.accessKeyId).not.toBe(b.accessKeyId);
    expect(a.secretAccessKey).not.toBe(b.secretAccessKey);
    expect(k.credentials.accessKeyId).not.toBe(stranger.accessKeyId);
  });

  it("are read from a SigV4 Authorization header", () => {
    expect(accessKeyIdOf("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261224/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=abc")).toBe(
      "AKIDEXAMPLE",
    );
    expect(accessKeyIdOf("Bearer x")).toBeUndefined();
    expect(accessKeyIdOf(undefined)).toBeUndefined();
  });

  it("are the only ones Kinesis and DynamoDB answer", async () => {
    const stream = (credentials: typeof stranger) => new KinesisClient(standInClientConfig(k.kinesis.endpoint, credentials));
    await expect(stream(k.credentials).send(new ListStreamsCommand({}))).resolves.toMatchObject({ StreamNames: ["events"] });
    await expect(stream(stranger).send(new ListStreamsCommand({}))).rejects.toMatchObject({ name: "UnrecognizedClientException" });
    await expect(stream(makeRunCredentials()).send(new ListStreamsCommand({}))).rejects.toMatchObject({ name: "UnrecognizedClientException" });

    const tables = (credentials: typeof stranger) => new DynamoDBClient(standInClientConfig(k.dynamo.endpoint, credentials));
    await expect(tables(k.credentials).send(new ListTablesCommand({}))).resolves.toMatchObject({ TableNames: expect.arrayContaining(["guards"]) });
    await expect(tables(stranger).send(new ListTablesCommand({}))).rejects.toMatchObject({ name: "UnrecognizedClientException" });
  });

  it("are the only ones the bus and the @connections endpoint answer", async () => {
    const child = await k.child("c_creds");
    const busEndpoint = process.env.AWS_ENDPOINT_URL_EVENTBRIDGE!;
    const entry = { Entries: [{ EventBusName: "kringle", Source: "elsewhere", DetailType: "x", Detail: "{}" }] };
    await expect(new EventBridgeClient(standInClientConfig(busEndpoint, stranger)).send(new PutEventsCommand(entry))).rejects.toMatchObject({
      name: "UnrecognizedClientException",
    });
    await expect(new EventBridgeClient(standInClientConfig(busEndpoint, k.credentials)).send(new PutEventsCommand(entry))).resolves.toMatchObject({
      FailedEntryCount: 0,
    });

    const post = (credentials: typeof stranger) =>
      new ApiGatewayManagementApiClient(standInClientConfig(k.gateway.connectionsEndpoint, credentials)).send(
        new PostToConnectionCommand({ ConnectionId: "nobody", Data: new TextEncoder().encode("{}") }),
      );
    await expect(post(stranger)).rejects.toMatchObject({ name: "ForbiddenException" });
    // signed right, it gets as far as the connection (gone)
    await expect(post(k.credentials)).rejects.toMatchObject({ name: "GoneException" });
    child.close();
  });
});
