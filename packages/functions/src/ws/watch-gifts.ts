// watchGifts: answers an elf with every child's card; the gifts projector pushes the changes after.
import { giftSnapshotFrames } from "@kringle/core";
import { deps } from "../shared/deps.js";
import { answer, callerOf, parseAction, route, RouteError, type WsEvent } from "../shared/ws.js";

export const handler = (event: WsEvent) =>
  route(event, async () => {
    if (callerOf(event).role !== "elf") throw new RouteError("forbidden", "only the elves can watch the gift list", "watchGifts");
    parseAction(event, "watchGifts");
    for await (const frame of giftSnapshotFrames(deps().gifts.cards())) await answer(event, frame);
  });
