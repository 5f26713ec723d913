// A kringle event as EventBridge hands it to a rule's target, for tests that invoke a bus-driven
// function directly (a redelivery, two deliveries at once).
import type { KringleEvent } from "@kringle/core";
import type { EventBridgeEvent } from "aws-lambda";

export function busEvent(event: KringleEvent, id: string): EventBridgeEvent<string, unknown> {
  return {
    version: "0",
    id,
    "detail-type": event.type,
    source: "kringle",
    account: "000000000000",
    time: event.at,
    region: "us-east-1",
    resources: [],
    detail: event,
  };
}
