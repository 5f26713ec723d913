// Client settings for talking to a stand-in directly: its endpoint, HTTP/1.1, and the dummy
// region and credentials the stand-ins accept (the functions' own clients read the environment).
import { NodeHttpHandler } from "@smithy/node-http-handler";

export function standInClientConfig(endpoint: string) {
  return {
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "kringle-local", secretAccessKey: "kringle-local" },
    requestHandler: new NodeHttpHandler(),
  };
}
