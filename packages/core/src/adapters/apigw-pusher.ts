// Pushes frames over API Gateway's @connections API. Given the log, a connection found gone (410)
// is recorded as closed; every push that finds it gone appends the same event (one id), which
// the projections take once. A route answering its caller is given no log: $disconnect records it.
import { GoneException, PostToConnectionCommand, type ApiGatewayManagementApiClient } from "@aws-sdk/client-apigatewaymanagementapi";
import { derivedId } from "../events/ids.js";
import { makeEvent } from "../events/make-event.js";
import type { ServerFrame } from "../protocol/frames.js";
import type { Connection, EventLog, Pusher } from "../ports/index.js";

const encoder = new TextEncoder();

export class ApiGatewayPusher implements Pusher {
  constructor(
    private readonly client: ApiGatewayManagementApiClient,
    private readonly log?: EventLog,
  ) {}

  async send(to: Connection, frame: ServerFrame): Promise<"sent" | "gone"> {
    try {
      await this.client.send(
        new PostToConnectionCommand({ ConnectionId: to.connectionId, Data: encoder.encode(JSON.stringify(frame)) }),
      );
      return "sent";
    } catch (err) {
      if (!(err instanceof GoneException)) throw err;
      // a connection that never passed $connect has no conversation to record its closing in
      if (!this.log || !to.conversationId) return "gone";
      const closed = makeEvent(
        "connection.closed",
        to.conversationId,
        { connectionId: to.connectionId, reason: "gone" },
        { id: derivedId(to.connectionId, "connection.closed.gone") },
      );
      await this.log.append([closed]);
      return "gone";
    }
  }
}
