// A WebSocket that keeps itself connected: reconnects with backoff and jitter, greets the server on
// every open, hands on only the server frames that pass the protocol's check, and asks the server
// why when it cannot connect, so a refused link says so at once.
import { checkChildFrame, type ClientAction, type FrameCheck, type ServerFrame } from "@kringle/core/protocol/browser";

/**
 * `offline`: the link is refused. A browser cannot see the handshake's 401, so after a failure the
 * connection asks the server why (`askWhy`); without an answer, every attempt failing before one
 * ever opened is taken as the sign. Until the first open, each failed attempt waits for the answer
 * (at most the longest delay) before the next. Attempts go on, with the usual backoff.
 */
export type ConnectionState = "connecting" | "open" | "reconnecting" | "offline";

/** The part of the browser's WebSocket the connection uses, so tests can hand in a fake. */
export interface SocketLike {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}
export type SocketConstructor = new (url: string) => SocketLike;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ConnectionOptions {
  /** a function is asked again before every attempt (the conversation's key may have arrived meanwhile) */
  url: string | (() => string);
  /** sent, in order, each time a socket opens */
  greeting?: () => readonly ClientAction[];
  onFrame: (frame: ServerFrame) => void;
  onState?: (state: ConnectionState) => void;
  WebSocket?: SocketConstructor;
  timers?: Timers;
  /** in [0, 1); spreads reconnects so a restarted server is not hit by every tab at once */
  random?: () => number;
  log?: (message: string, detail?: unknown) => void;
  /** failed attempts, before any open, after which the link is taken to be refused when askWhy cannot tell */
  refusedAfter?: number;
  /** asked after an attempt fails before any open: whether the server refuses this link */
  askWhy?: () => Promise<LinkVerdict>;
  /** which frames are handed on: a child's by default (the elves' page adds the gifts frames) */
  check?: (value: unknown) => FrameCheck;
}

/** `unreachable`: no server answered; `unknown`: one answered but could not say (no such endpoint). */
export type LinkVerdict = "allowed" | "refused" | "unreachable" | "unknown";

export interface Connection {
  readonly state: ConnectionState;
  /** false when no socket is open; the caller keeps what must be re-sent */
  send(action: ClientAction): boolean;
  /** skips the wait before the next attempt (the network came back, say) */
  retryNow(): void;
  /** closes for good */
  close(): void;
}

export const FIRST_RETRY_MS = 250;
/** short, so an open tab is back within about 2 s of the server */
export const LONGEST_RETRY_MS = 2_000;
export const REFUSED_AFTER_FAILURES = 5;

/** The wait before retry number `retry` (0 for the first): 0.25 s doubling to 2 s, ±25 % jitter, never past 2 s. */
export function backoffDelay(retry: number, random: number, first = FIRST_RETRY_MS, longest = LONGEST_RETRY_MS): number {
  return Math.round(Math.min(longest, Math.min(longest, first * 2 ** retry) * (0.75 + random * 0.5)));
}

/**
 * API Gateway's own answer to a frame it did not hand on to kringle (the route was throttled, or
 * its function failed): `{"message": "Too Many Requests", "connectionId": …, "requestId": …}`,
 * with no `type` and nothing to say which frame it was.
 */
export function isGatewayNotice(json: unknown): boolean {
  const { message, type } = (json ?? {}) as { message?: unknown; type?: unknown };
  return type === undefined && typeof message == "string";
}

/**
 * Parses one incoming message; undefined (and a log line) for anything that is not a valid server
 * frame. A gateway notice goes to `onGatewayNotice` when one is given.
 */
export function parseServerFrame(
  data: unknown,
  log: (message: string, detail?: unknown) => void,
  check: (value: unknown) => FrameCheck = checkChildFrame,
  onGatewayNotice?: () => void,
): ServerFrame | undefined {
  let json: unknown;
  try {
    // a binary frame (Blob, ArrayBuffer) reads as "[object …]", which is not JSON either
    json = JSON.parse(data as string);
  } catch {
    log("ignored a non-JSON frame", String(data).slice(0, 200));
    return undefined;
  }
  if (onGatewayNotice && isGatewayNotice(json)) return void onGatewayNotice();
  const checked = check(json);
  if (!checked.ok) {
    log("ignored a bad frame", checked.reason);
    return undefined;
  }
  return checked.frame;
}

export function createConnection(options: ConnectionOptions): Connection {
  const Socket = options.WebSocket ?? globalThis.WebSocket;
  const timers = options.timers ?? (globalThis as Timers);
  const random = options.random ?? Math.random;
  const log = options.log ?? ((message: string, detail?: unknown) => console.warn(`kringle: ${message}`, detail ?? ""));
  const refusedAfter = options.refusedAfter ?? REFUSED_AFTER_FAILURES;

  let state: ConnectionState = "connecting";
  let socket: SocketLike | undefined;
  let timer: unknown;
  let everOpened = false;
  let closed = false;
  /** reconnects scheduled since the last open: sets the backoff */
  let retries = 0;
  /** attempts that never opened, since the last open */
  let failures = 0;
  /** the server said this link is refused (cleared by an open) */
  let refused = false;
  /** the last answer to askWhy; "unknown" until one comes */
  let verdict: LinkVerdict = "unknown";
  const greet = (ws: SocketLike) => {
    for (const action of options.greeting?.() ?? []) ws.send(JSON.stringify(action));
  };

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  };

  const open = () => {
    timer = undefined;
    let ws: SocketLike;
    try {
      ws = new Socket(typeof options.url === "function" ? options.url() : options.url);
    } catch (error) {
      log("cannot make a WebSocket", error);
      failures += 1;
      scheduleRetry();
      return;
    }
    socket = ws;
    let opened = false;
    /**
     * The gateway dropped one of this socket's frames without saying which. Everything the greeting
     * sends is safe to send again (a sync, the unconfirmed messages under their own ids), so it goes
     * again on this socket, one wait at a time, 1 s doubling to 30 s (±25 %) while the notices keep
     * coming: a throttled route gets room, and nothing a child typed is left waiting for good.
     */
    let regreet: unknown;
    let regreets = 0;
    ws.onopen = () => {
      if (socket !== ws) return;
      opened = true;
      everOpened = true;
      retries = 0;
      failures = 0;
      refused = false;
      setState("open");
      greet(ws);
    };
    ws.onmessage = (event) => {
      if (socket !== ws) return;
      const frame = parseServerFrame(event.data, log, options.check, () => {
        // a socket that has gone sends nothing: the next one greets when it opens
        regreet ??= timers.setTimeout(() => {
          regreet = undefined;
          if (socket === ws) greet(ws);
        }, backoffDelay(regreets++, random(), 1e3, 3e4));
      });
      if (!frame) return;
      regreets = 0;
      options.onFrame(frame);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = undefined;
      if (!opened) failures += 1;
      // before the first open, the next attempt waits for the server's answer: a refused link is said at once, not retried first
      if (!opened && !everOpened && options.askWhy && !refused) ask(options.askWhy);
      else scheduleRetry();
    };
    // A close always follows an error; the retry is scheduled there.
    ws.onerror = () => undefined;
  };

  /** Asks why the attempt failed; the next attempt is scheduled on the answer, or after the longest wait without one. */
  const ask = (askWhy: () => Promise<LinkVerdict>) => {
    const wait = (timer = timers.setTimeout(scheduleRetry, LONGEST_RETRY_MS));
    askWhy()
      .catch((): LinkVerdict => "unreachable")
      .then((answer) => {
        verdict = answer;
        if (closed || state === "open") return;
        if ((refused = answer === "refused")) setState("offline");
        // still waiting: neither the longest wait, nor retryNow, nor close took over
        if (timer === wait) {
          timers.clearTimeout(wait);
          scheduleRetry();
        }
      });
  };

  // a server that cannot be reached says nothing about the link; one that cannot tell leaves the count to judge
  const seemsRefused = () => refused || (failures >= refusedAfter && verdict === "unknown");

  const scheduleRetry = () => {
    if (closed) return;
    if (everOpened) setState("reconnecting");
    else setState(seemsRefused() ? "offline" : "connecting");
    timer = timers.setTimeout(open, backoffDelay(retries, random()));
    retries += 1;
  };

  open();

  return {
    get state() {
      return state;
    },
    send(action) {
      if (state !== "open" || !socket) return false;
      socket.send(JSON.stringify(action));
      return true;
    },
    retryNow() {
      if (closed || timer === undefined) return;
      timers.clearTimeout(timer);
      open();
    },
    close() {
      closed = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      const ws = socket;
      socket = undefined;
      ws?.close(1000, "client");
    },
  };
}
