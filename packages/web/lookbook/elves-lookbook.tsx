// Dev-only look-book (not part of the build): the elves' dashboard fed made-up frames through a fake
// socket, one scene per `?scene=`, to look at it in a browser before the backend is there.
import { render } from "solid-js/web";
import type { ChildGifts } from "@kringle/core/protocol";
import { createElvesSession } from "../src/elves/elves-session.js";
import { uplotCharts } from "../src/elves/gift-charts.uplot.js";
import { ElvesPage } from "../src/elves/ElvesPage.js";
import { card, cast, wish, withdrawn } from "../src/testing/gift-cards.js";
import { fakeSockets, manualTimers } from "../src/testing/fake-socket.js";
import "../src/styles.css";
import "../src/elves/elves.css";
import "uplot/dist/uPlot.min.css";

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

function crowd(): ChildGifts[] {
  const names = ["Oliver", "Amelia", "Noah", "Isla", "Arjun", "Sofía", "Kwame", "Yuki", "Freya", "Mateo", "Hannah", "Omar"];
  const gifts = ["lego", "red bike", "kitten", "nintendo switch", "sledge", "puppy", "paint set", "telescope", "drum", "football"];
  const made = names.map((name, i) =>
    card(`c_${i}`, name, [
      wish(gifts[i % gifts.length]!, minutesAgo(400 - i * 30)),
      wish(gifts[(i * 3 + 1) % gifts.length]!, minutesAgo(390 - i * 30)),
      ...(i % 3 === 0 ? [withdrawn(gifts[(i + 5) % gifts.length]!, minutesAgo(380 - i * 30), minutesAgo(300 - i * 25))] : []),
    ]),
  );
  const ours = cast().map((c, i) => ({ ...c, wishes: c.wishes.map((w) => ({ ...w, at: minutesAgo(40 - i * 8), ...(w.withdrawnAt ? { withdrawnAt: minutesAgo(30) } : {}) })), updatedAt: minutesAgo(30 - i * 8) }));
  const worried = card("c_w", "Sam", [wish("a tent to live in", minutesAgo(12))], { flags: ["running-away", "secrecy"] });
  return [...ours, ...made, worried];
}

const scene = new URLSearchParams(location.search).get("scene") ?? "full";
const net = fakeSockets();
const timers = manualTimers();
const session = createElvesSession({ url: "ws://lookbook/?token=elf", WebSocket: net.WebSocket, timers, log: () => undefined });
const root = document.getElementById("root");
if (!root) throw new Error("no #root");
render(() => <ElvesPage session={session} charts={uplotCharts} />, root);

const socket = net.latest();
if (scene === "offline") {
  for (let i = 0; i < 5; i++) {
    net.latest().refuse();
    timers.runNext();
  }
} else {
  socket.accept();
  if (scene === "forbidden") socket.receive({ type: "error", code: "forbidden", message: "only elves may watch the gift list", ref: "watchGifts" });
  if (scene === "empty") socket.receive({ type: "gifts.snapshot", children: [], complete: true });
  if (scene === "full" || scene === "panel") socket.receive({ type: "gifts.snapshot", children: crowd(), complete: true });
  if (scene === "panel") {
    session.open("c_w");
    socket.receive({
      type: "transcript.snapshot",
      conversationId: "c_w",
      complete: true,
      entries: [
        { kind: "message", position: 1, messageId: "m1", text: "hi santa im Sam", at: minutesAgo(14) },
        { kind: "reply", position: 2, replyId: "r1", inReplyTo: "m1", text: "Ho ho ho, hello Sam! What would you like for Christmas?", lastSeq: 3, status: "completed", at: minutesAgo(14) },
        { kind: "message", position: 3, messageId: "m2", text: "a tent so i can live in the woods. dont tell mum, its a secret", at: minutesAgo(12) },
        { kind: "reply", position: 4, replyId: "r2", inReplyTo: "m2", text: "Sam, that sounds like a big feeling. Please talk to a grown-up you trust — they can help.", lastSeq: 5, status: "completed", at: minutesAgo(12) },
      ],
    });
  }
}
