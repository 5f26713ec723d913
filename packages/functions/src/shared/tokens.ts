// The access tokens the authorizer checks, from the environment (the stacks bind them as secrets).
import type { Tokens } from "@kringle/core";

export function configuredTokens(env: NodeJS.ProcessEnv = process.env): Tokens {
  return { access: env.KRINGLE_ACCESS_TOKEN ?? "", elf: env.KRINGLE_ELF_TOKEN ?? "" };
}
