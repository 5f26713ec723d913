// When the offline runtime starts, no invocation of its previous run is still going: they ended
// with that process. Their Powertools idempotency records still say "in progress" and would hold
// off the bus's redelivery until the function's timeout; release them, as a timeout would.
import { DeleteItemCommand, ScanCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";

const IN_PROGRESS = "INPROGRESS";

export async function releaseInterruptedInvocations(client: DynamoDBClient, table: string): Promise<number> {
  let released = 0;
  let start: Record<string, import("@aws-sdk/client-dynamodb").AttributeValue> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: table,
        FilterExpression: "#s = :p",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: { ":p": { S: IN_PROGRESS } },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) {
      await client.send(
        new DeleteItemCommand({
          TableName: table,
          Key: { id: item.id! },
          ConditionExpression: "#s = :p",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: { ":p": { S: IN_PROGRESS } },
        }),
      );
      released++;
    }
    start = page.LastEvaluatedKey;
  } while (start);
  return released;
}
