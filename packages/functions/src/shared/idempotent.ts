// Powertools idempotency for bus targets, keyed on the event's id, with one addition: a delivery
// that finds the same event still in progress (a retry while the first run streams on) waits for
// that run to finish and answers with its result, rather than failing its way into a dead letter.
import { IdempotencyAlreadyInProgressError, IdempotencyConfig, makeIdempotent } from "@aws-lambda-powertools/idempotency";
import { DynamoDBPersistenceLayer } from "@aws-lambda-powertools/idempotency/dynamodb";
import { backoffMs, sleep, tableName } from "@kringle/core";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { Context } from "aws-lambda";

type Run<E, R> = (event: E, context: Context) => Promise<R>;

/** Leaves this long of the function's time for the run it may take over. */
const TAKE_OVER_MS = 5_000;

/**
 * `reaction` names the reaction (the wiring's function name): two reactions to one event (Santa's
 * reply and the gift extractor's) keep records of their own in the one table. Powertools keys a
 * record by the Lambda's function name, which tells them apart on AWS and is kept there (a deploy
 * does not orphan the records in flight); the offline runtime leaves it unset, so there the
 * reaction's name stands in.
 */
export function idempotentOnEventId<E, R>(run: Run<E, R>, client: () => DynamoDBClient, reaction: string, options: { onWait?: (event: E) => void } = {}): Run<E, R> {
  // made again whenever the client is (the handler's clients are rebuilt when their endpoints change)
  let made: { client: DynamoDBClient; once: Run<E, R> } | undefined;
  const onceWith = (current: DynamoDBClient): Run<E, R> => {
    if (made?.client === current) return made.once;
    const keyPrefix = process.env.AWS_LAMBDA_FUNCTION_NAME || reaction;
    const persistenceStore = new DynamoDBPersistenceLayer({ tableName: tableName("idempotency"), awsSdkV3Client: current });
    const config = new IdempotencyConfig({ eventKeyJmesPath: "detail.id", expiresAfterSeconds: 7 * 24 * 3600 });
    made = { client: current, once: makeIdempotent(run, { persistenceStore, config, keyPrefix }) as Run<E, R> };
    return made.once;
  };
  return async (event, context) => {
    const once = onceWith(client());
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(event, context);
      } catch (err) {
        // the record expires with the first run's Lambda time: then this call takes the work over
        if (!(err instanceof IdempotencyAlreadyInProgressError) || context.getRemainingTimeInMillis() < TAKE_OVER_MS) throw err;
        // what the host prepared for this delivery (a read made ahead) is old by the time it runs
        options.onWait?.(event);
        await sleep(backoffMs(attempt, { baseMs: 200, maxMs: 3_000, jitter: 0.5 }));
      }
    }
  };
}
