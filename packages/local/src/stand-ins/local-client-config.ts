// Client settings for talking to a stand-in directly: its endpoint, HTTP/1.1, a dummy region and
// the run's own credentials, which the stand-ins accept (the functions' own clients read the environment).
import { NodeHttpHandler } from "@smithy/node-http-handler";
import type { RunCredentials } from "./run-credentials.js";

export function standInClientConfig(endpoint: string, credentials: RunCredentials) {
  return {
    endpoint,
    region: "us-east-1",
    credentials,
    requestHandler: new NodeHttpHandler(),
  };
}
