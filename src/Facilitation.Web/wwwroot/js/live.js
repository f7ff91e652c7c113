// The live feed: the @microsoft/signalr browser client (served from /lib/signalr, global
// `signalR`) connected to /hubs/staff with automatic reconnection.
//
// One WebSocket and no negotiation request: with a negotiation, the WebSocket must reach the node
// that answered it, and behind a proxy that spreads requests over the nodes (ops/lb) it reaches
// another one and is refused (404). A single request can go to any node, so no sticky sessions
// are needed, and a page whose node died reconnects to another.

const RETRY_DELAYS = [0, 1000, 2000, 5000, 10000];
const retryDelay = (count) => RETRY_DELAYS[count] ?? 15000;

/**
 * Connects and keeps connecting until stop(). Callbacks:
 *  - onEvent(message): each "staffEvent" pushed by the server;
 *  - onConnected(): each time the connection is re-established after the first attempt — the
 *    page reloads its state then, so that it never shows a gap;
 *  - onStatus("connecting" | "connected" | "reconnecting");
 *  - onUnauthorized(): the server refused the session (401).
 * Returns { firstAttempt, stop }: firstAttempt settles after the first try, success or not.
 */
export function connectLive({ onEvent, onConnected, onStatus, onUnauthorized }) {
  if (!window.signalR) {
    // /lib/signalr/signalr.min.js did not load: the page still shows the state it loads.
    onStatus("reconnecting");
    return { firstAttempt: Promise.resolve(false), stop: async () => {} };
  }
  const connection = new window.signalR.HubConnectionBuilder()
    .withUrl("/hubs/staff", { transport: window.signalR.HttpTransportType.WebSockets, skipNegotiation: true })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => retryDelay(context.previousRetryCount) })
    .configureLogging(window.signalR.LogLevel.None)
    .build();
  // The server pings every 5 s (WebSetup): silence for 12 s means the connection is dead. And we
  // ping it every 5 s, well within its 30 s.
  connection.serverTimeoutInMilliseconds = 12_000;
  connection.keepAliveIntervalInMilliseconds = 5_000;

  let stopped = false;
  let failures = 0;
  let timer = null;

  connection.on("staffEvent", (message) => onEvent(message));
  connection.onreconnecting(() => onStatus("reconnecting"));
  connection.onreconnected(() => {
    onStatus("connected");
    onConnected();
  });
  // Automatic reconnection gave up (or the server closed): keep trying on our own.
  connection.onclose(() => {
    if (stopped) return;
    onStatus("reconnecting");
    retryLater();
  });

  async function start() {
    if (stopped) return false;
    try {
      await connection.start();
      failures = 0;
      onStatus("connected");
      return true;
    } catch (error) {
      if (stopped) return false;
      failures += 1;
      // A refused WebSocket tells the page no status: ask the session itself.
      const refused = error?.statusCode === 401 || (await sessionRefused());
      if (stopped) return false;
      if (refused) {
        onUnauthorized();
        return false;
      }
      onStatus("reconnecting");
      retryLater();
      return false;
    }
  }

  async function sessionRefused() {
    try {
      return (await fetch("/api/session", { headers: { accept: "application/json" } })).status === 401;
    } catch {
      return false; // offline: try again later
    }
  }

  function retryLater() {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (await start()) onConnected();
    }, retryDelay(failures));
  }

  onStatus("connecting");
  const firstAttempt = start();

  return {
    firstAttempt,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      try {
        await connection.stop();
      } catch {
        // Already closed.
      }
    },
  };
}
