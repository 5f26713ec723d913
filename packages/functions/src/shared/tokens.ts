// The access tokens the authorizer checks: KRINGLE_ACCESS_TOKEN / KRINGLE_ELF_TOKEN from the
// environment (the offline runtime), else the SST Config secrets the stacks bind to the authorizer.
import type { Tokens } from "@kringle/core";

type SecretName = "KRINGLE_ACCESS_TOKEN" | "KRINGLE_ELF_TOKEN";

/**
 * A bound secret arrives as `SST_Secret_value_<name>`; SST's client then reads its value from SSM
 * Parameter Store once, at cold start, so it never sits in the function's configuration. Offline
 * nothing is bound and SST's client is not even loaded.
 */
async function boundSecrets(env: NodeJS.ProcessEnv): Promise<Partial<Record<SecretName, string>>> {
  if (env.SST_Secret_value_KRINGLE_ACCESS_TOKEN === undefined && env.SST_Secret_value_KRINGLE_ELF_TOKEN === undefined) return {};
  const { Config } = await import("sst/node/config");
  const config = Config as unknown as Partial<Record<SecretName, string>>;
  return { KRINGLE_ACCESS_TOKEN: config.KRINGLE_ACCESS_TOKEN, KRINGLE_ELF_TOKEN: config.KRINGLE_ELF_TOKEN };
}

const secrets = await boundSecrets(process.env);

export function configuredTokens(env: NodeJS.ProcessEnv = process.env): Tokens {
  return {
    access: env.KRINGLE_ACCESS_TOKEN ?? secrets.KRINGLE_ACCESS_TOKEN ?? "",
    elf: env.KRINGLE_ELF_TOKEN ?? secrets.KRINGLE_ELF_TOKEN ?? "",
  };
}
