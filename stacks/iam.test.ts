// Bedrock permissions for the two kinds of model id a deploy can configure.
import { App, Stack } from "aws-cdk-lib";
import { describe, expect, it } from "vitest";
import { BEDROCK_ACTIONS, bedrockStatements } from "./iam.js";

const stack = () => new Stack(new App(), "S", { env: { account: "123456789012", region: "us-east-1" } });
const rendered = (modelId: string) => {
  const s = stack();
  return bedrockStatements(s, modelId).map((statement) => s.resolve(statement.toStatementJson()));
};

describe("bedrockStatements", () => {
  it("grants a foundation model id in this Region only", () => {
    const [only, ...rest] = rendered("anthropic.claude-3-haiku-20240307-v1:0");
    expect(rest).toEqual([]);
    expect(only.Action).toEqual([...BEDROCK_ACTIONS]);
    expect(JSON.stringify(only.Resource)).toContain(":bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0");
  });

  it("grants an inference profile, and its model in any Region only through that profile", () => {
    const [profile, model, ...rest] = rendered("us.anthropic.claude-haiku-4-5-20251001-v1:0");
    expect(rest).toEqual([]);
    expect(JSON.stringify(profile.Resource)).toContain(":bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0");
    expect(JSON.stringify(model.Resource)).toContain(":bedrock:*::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0");
    expect(JSON.stringify(model.Condition)).toContain("inference-profile/us.anthropic.claude-haiku-4-5-20251001-v1:0");
    for (const s of [profile, model]) expect(s.Action).toEqual([...BEDROCK_ACTIONS]);
  });

  it("also names the Region-less model ARN for a global profile", () => {
    const [, model] = rendered("global.anthropic.claude-haiku-4-5-20251001-v1:0");
    expect(JSON.stringify(model.Resource)).toContain(":bedrock:::foundation-model/anthropic.claude-haiku-4-5-20251001-v1:0");
  });
});
