// Defaults shared by the Bedrock adapter and the deploy (which grants IAM on this model), kept
// free of SDK imports so the stacks can read them.

/** Claude Haiku 4.5 through the US cross-Region inference profile. */
export const DEFAULT_BEDROCK_MODEL_ID = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
