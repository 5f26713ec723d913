// The deploy's settings from the environment, and the stream capacity they choose.
import { App, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { Stream } from "aws-cdk-lib/aws-kinesis";
import { describe, expect, it } from "vitest";
import { DEFAULT_BEDROCK_MODEL_ID, DeployConfigError, deployConfig } from "./deploy-config.js";
import { eventStreamProps } from "./Kringle.js";

describe("deployConfig", () => {
  it("defaults to us-east-1, an on-demand stream, 30 days of archive and Claude Haiku", () => {
    expect(deployConfig({})).toEqual({
      region: "us-east-1",
      shardCount: undefined,
      archiveRetentionDays: 30,
      bedrockModelId: DEFAULT_BEDROCK_MODEL_ID,
      logLevel: "INFO",
      alarmEmail: undefined,
      iteratorAgeAlarmMs: 60_000,
      sendMessageRateLimit: { burst: 5, everyMs: 2000 },
    });
  });

  it("reads every setting from its variable", () => {
    expect(
      deployConfig({
        KRINGLE_REGION: "eu-west-1",
        KRINGLE_SHARD_COUNT: "4",
        KRINGLE_ARCHIVE_RETENTION_DAYS: "0",
        KRINGLE_BEDROCK_MODEL_ID: "anthropic.claude-3-haiku-20240307-v1:0",
        KRINGLE_LOG_LEVEL: "debug",
        KRINGLE_ALARM_EMAIL: "elves@example.com",
        KRINGLE_ITERATOR_AGE_ALARM_MS: "5000",
        KRINGLE_RATE_BURST: "3",
        KRINGLE_RATE_EVERY_MS: "1000",
      }),
    ).toEqual({
      region: "eu-west-1",
      shardCount: 4,
      archiveRetentionDays: 0,
      bedrockModelId: "anthropic.claude-3-haiku-20240307-v1:0",
      logLevel: "DEBUG",
      alarmEmail: "elves@example.com",
      iteratorAgeAlarmMs: 5000,
      sendMessageRateLimit: { burst: 3, everyMs: 1000 },
    });
  });

  it.each([
    ["KRINGLE_SHARD_COUNT", "0"],
    ["KRINGLE_SHARD_COUNT", "two"],
    ["KRINGLE_ARCHIVE_RETENTION_DAYS", "-1"],
    ["KRINGLE_LOG_LEVEL", "LOUD"],
    ["KRINGLE_RATE_BURST", "0"],
    ["KRINGLE_RATE_EVERY_MS", "soon"],
  ])("rejects %s=%s", (name, value) => {
    expect(() => deployConfig({ [name]: value })).toThrow(DeployConfigError);
  });
});

describe("eventStreamProps", () => {
  const streamOf = (shardCount: number | undefined) => {
    const stack = new Stack(new App(), "S");
    new Stream(stack, "Events", eventStreamProps({ shardCount }));
    return Object.values(Template.fromStack(stack).findResources("AWS::Kinesis::Stream"))[0]!.Properties;
  };

  it("is on demand unless a shard count is configured", () => {
    expect(streamOf(undefined)).toMatchObject({ StreamModeDetails: { StreamMode: "ON_DEMAND" } });
    expect(streamOf(undefined).ShardCount).toBeUndefined();
  });

  it("is provisioned with the configured shard count", () => {
    expect(streamOf(3)).toMatchObject({ StreamModeDetails: { StreamMode: "PROVISIONED" }, ShardCount: 3 });
  });
});
