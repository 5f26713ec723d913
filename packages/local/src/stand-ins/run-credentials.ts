// The offline runtime's own AWS credentials, made anew for every run, and the check the stand-ins,
// the bus and the @connections endpoint make with them: a request must be SigV4-signed with an
// access key id the runtime handed out (or the caller's real one, which Bedrock needs), so another
// program on this machine cannot read or write kringle's stream, tables or connections.
import { randomBytes } from "node:crypto";

export interface RunCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The prefix of every run's key id: a key id with it is one of kringle's, never a real one. */
export const RUN_KEY_PREFIX = "kringle-local-";

export function makeRunCredentials(): RunCredentials {
  return { accessKeyId: `${RUN_KEY_PREFIX}${randomBytes(12).toString("hex")}`, secretAccessKey: randomBytes(24).toString("base64url") };
}

/** The access key id of a SigV4 `Authorization` header (`AWS4-HMAC-SHA256 Credential=<id>/<date>/…`). */
export function accessKeyIdOf(authorization: string | string[] | undefined): string | undefined {
  const header = Array.isArray(authorization) ? authorization[0] : authorization;
  return /^AWS4-HMAC-SHA256\s+Credential=([^/,\s]+)\//.exec(header ?? "")?.[1];
}

export function signedByOneOf(authorization: string | string[] | undefined, accepted: readonly string[]): boolean {
  const id = accessKeyIdOf(authorization);
  return id !== undefined && accepted.includes(id);
}
