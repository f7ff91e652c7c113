// The taps of one person on a tablet, each a command with its own id, kept in localStorage until
// the server has answered. A tap made offline (or whose answer was lost) waits here and is sent
// again with the SAME command id: the server applies it at most once and answers a repeat with
// its first answer. The outbox belongs to the person signed in: it is never sent under anyone
// else's session (see discard()).
import { api, newCommandId } from "./api.js";

const STORAGE_KEY = "facilitation.tablet.outbox";
const RETRY_DELAYS = [1000, 2000, 5000, 10000, 20000];
const retryDelay = (count) => RETRY_DELAYS[count] ?? 30000;
/** Statuses after which nothing is known to be applied: the same command may be sent again. */
const RETRYABLE = new Set([0, 408, 425, 429, 502, 503, 504]);

function read() {
  try {
    return JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? "null");
  } catch {
    return null;
  }
}

function write(value) {
  try {
    if (value) window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // No storage: the queue lives only as long as the page.
  }
}

/**
 * Whatever another person left in this tablet's outbox (a page closed while offline): dropped
 * unsent. Returns how many taps were dropped.
 */
export function dropOthers(owner) {
  const stored = read();
  if (!stored || (stored.owner?.site === owner?.site && stored.owner?.person === owner?.person)) return 0;
  write(null);
  return (stored.items ?? []).filter((i) => i.state === "waiting" || i.state === "sending").length;
}

/**
 * The outbox of owner ({site, person}). onChange(items) after every change; onAccepted(item, data)
 * when the server accepted a command; onUnauthorized() when the session is gone (401).
 */
export function createOutbox({ owner, onChange, onAccepted, onUnauthorized }) {
  const stored = read();
  let items = stored?.owner?.site === owner.site && stored?.owner?.person === owner.person ? stored.items ?? [] : [];
  let failures = 0;
  let timer = null;
  let flushing = null;
  let closed = false;

  // A tap that was on its way when the page went away may or may not have arrived: send it again.
  for (const item of items) if (item.state === "sending") item.state = "waiting";

  const save = () => {
    if (closed) return;
    write({ owner, items });
    onChange([...items]);
  };

  const online = () => navigator.onLine !== false;

  /** Sends one command; true when the server answered for good (accepted or refused). */
  async function send(item) {
    item.state = "sending";
    save();
    let answer;
    try {
      answer = await api(item.path, { method: "POST", body: item.body });
    } catch {
      answer = { ok: false, status: 0, data: null };
    }
    if (closed) return false;
    if (answer.status === 401) {
      item.state = "waiting";
      save();
      onUnauthorized?.();
      return false;
    }
    if (RETRYABLE.has(answer.status)) {
      item.state = "waiting";
      item.queued = true;
      save();
      return false;
    }
    item.state = answer.ok ? "accepted" : "refused";
    item.detail = answer.ok ? null : answer.data?.detail ?? answer.data?.title ?? String(answer.status);
    item.finishedAt = Date.now();
    save();
    if (answer.ok) onAccepted?.(item, answer.data);
    return true;
  }

  /** Sends every waiting command, oldest first, stopping at the first that cannot go. */
  function flush() {
    if (flushing) return flushing;
    flushing = (async () => {
      clearTimeout(timer);
      for (const item of items) {
        if (closed || item.state !== "waiting") continue;
        if (!online() || !(await send(item))) {
          if (closed) return;
          failures += 1;
          clearTimeout(timer);
          timer = setTimeout(flush, retryDelay(failures - 1));
          return;
        }
      }
      failures = 0;
    })().finally(() => { flushing = null; });
    return flushing;
  }

  /**
   * A tap: a command with a fresh id, kept until the server answers. label says what it was
   * ("Prendre le service de mardi…"), target what it is about ({kind, id}).
   */
  function submit({ path, body = {}, label, target }) {
    const item = {
      commandId: newCommandId(),
      path,
      body: { ...body },
      label,
      target,
      by: owner.person,
      state: "waiting",
      queued: !online(),
      detail: null,
      createdAt: Date.now(),
    };
    item.body.commandId = item.commandId;
    items.push(item);
    save();
    flush();
    return item;
  }

  /** Waiting (or on its way) for this target, if any. */
  const pendingFor = (kind, id) => items.find((i) => i.target?.kind === kind && i.target?.id === id && (i.state === "waiting" || i.state === "sending"));

  /** Forgets the finished commands shown in the list. */
  function clearFinished() {
    items = items.filter((i) => i.state === "waiting" || i.state === "sending");
    save();
  }

  /** Stops and empties the outbox (sign-out): returns how many taps were never sent. */
  function discard() {
    const unsent = items.filter((i) => i.state === "waiting" || i.state === "sending").length;
    closed = true;
    clearTimeout(timer);
    items = [];
    write(null);
    return unsent;
  }

  const waiting = () => items.filter((i) => i.state === "waiting" || i.state === "sending").length;

  onChange([...items]);
  return { submit, flush, pendingFor, clearFinished, discard, waiting, items: () => [...items] };
}
