// The secrets the authorizer checks with: KRINGLE_ACCESS_TOKEN / KRINGLE_ELF_TOKEN and
// KRINGLE_CONVERSATION_SECRET from the environment (the offline runtime), else the SST Config
// secrets the stacks bind to the authorizer.
import type { Tokens } from "@kringle/core";

type SecretName = "KRINGLE_ACCESS_TOKEN" | "KRINGLE_ELF_TOKEN" | "KRINGLE_CONVERSATION_SECRET";
const SECRET_NAMES: readonly SecretName[] = ["KRINGLE_ACCESS_TOKEN", "KRINGLE_ELF_TOKEN", "KRINGLE_CONVERSATION_SECRET"];

/**
 * A bound secret arrives as `SST_Secret_value_<name>`; SST's client then reads its value from SSM
 * Parameter Store once, at cold start, so it never sits in the function's configuration. Offline
 * nothing is bound and SST's client is not even loaded.
 */
async function boundSecrets(env: NodeJS.ProcessEnv): Promise<Partial<Record<SecretName, string>>> {
  if (SECRET_NAMES.every((name) => env[`SST_Secret_value_${name}`] === undefined)) return {};
  const { Config } = await import("sst/node/config");
  const config = Config as unknown as Partial<Record<SecretName, string>>;
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, config[name]]));
}

const secrets = await boundSecrets(process.env);

export function configuredTokens(env: NodeJS.ProcessEnv = process.env): Tokens {
  return {
    access: env.KRINGLE_ACCESS_TOKEN ?? secrets.KRINGLE_ACCESS_TOKEN ?? "",
    elf: env.KRINGLE_ELF_TOKEN ?? secrets.KRINGLE_ELF_TOKEN ?? "",
  };
}

/** The secret conversation keys are derived under; empty when not configured (every key is then refused). */
export function conversationSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.KRINGLE_CONVERSATION_SECRET ?? secrets.KRINGLE_CONVERSATION_SECRET ?? "";
}
