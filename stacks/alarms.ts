// CloudWatch alarms: a consumer falling behind (iterator age), anything dead-lettered, any function
// error, and any malformed record parked; all notify one SNS topic (emailed when configured).
import { Duration } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";

export interface AlarmTargets {
  /** every function, by its wiring name */
  functions: Record<string, IFunction>;
  /** stream consumers, by consumer name, with the function that consumes */
  consumers: Record<string, IFunction>;
  /** dead-letter queues, by a name saying whose they are */
  deadLetters: Record<string, IQueue>;
  iteratorAgeMs: number;
  email: string | undefined;
  /** prefixes alarm names, e.g. "prod-kringle" */
  prefix: string;
}

/** Where the functions' Powertools Metrics publish the count of parked (malformed) records. */
export const PARKED_RECORDS_METRIC = { namespace: "kringle", metricName: "recordsParked", dimensionsMap: { service: "kringle" } };

export function kringleAlarms(scope: Construct, targets: AlarmTargets): { topic: Topic; alarms: Alarm[] } {
  const topic = new Topic(scope, "AlarmTopic", { displayName: `${targets.prefix} alarms` });
  if (targets.email) topic.addSubscription(new EmailSubscription(targets.email));
  const action = new SnsAction(topic);
  const alarms: Alarm[] = [];

  const alarm = (id: string, name: string, description: string, metric: IMetric, threshold: number, evaluationPeriods = 1) => {
    const created = new Alarm(scope, id, {
      alarmName: `${targets.prefix}-${name}`,
      alarmDescription: description,
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    created.addAlarmAction(action);
    alarms.push(created);
  };

  for (const [name, fn] of Object.entries(targets.consumers)) {
    alarm(
      `${name}IteratorAgeAlarm`,
      `${name}-iterator-age`,
      `The ${name} consumer is more than ${targets.iteratorAgeMs} ms behind the event stream`,
      fn.metric("IteratorAge", { statistic: "Maximum", period: Duration.minutes(1) }),
      targets.iteratorAgeMs,
      3,
    );
  }
  for (const [name, queue] of Object.entries(targets.deadLetters)) {
    alarm(
      `${name}DeadLetterAlarm`,
      `${name}-dead-letters`,
      `Something reached the ${name} dead-letter queue`,
      queue.metricApproximateNumberOfMessagesVisible({ statistic: "Maximum", period: Duration.minutes(5) }),
      1,
    );
  }
  for (const [name, fn] of Object.entries(targets.functions)) {
    alarm(
      `${name}ErrorsAlarm`,
      `${name}-errors`,
      `The ${name} function failed`,
      fn.metricErrors({ statistic: "Sum", period: Duration.minutes(5) }),
      1,
    );
  }
  alarm(
    "ParkedRecordsAlarm",
    "parked-records",
    "A malformed event was parked in the deadletters table",
    new Metric({ ...PARKED_RECORDS_METRIC, statistic: "Sum", period: Duration.minutes(5) }),
    1,
  );
  return { topic, alarms };
}
