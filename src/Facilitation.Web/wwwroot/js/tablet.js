// The facilitator's tablet (/tablette): sign in with a name and a PIN; my shifts, the shifts offered
// to me, the open shifts of this week and the next (does each fit me, and why not), my tasks and
// the open ones. Every tap is a command in the outbox (outbox.js), so a tap made through a dropped
// Wi-Fi is sent later, once. Signs out after two minutes without a touch.
import { api, currentSession } from "./api.js";
import { button, el } from "./dom.js";
import { dateText } from "./format.js";
import { lang, otherLanguageUrl, t, translatePage } from "./i18n.js";
import { watchInactivity } from "./inactivity.js";
import { connectLive } from "./live.js";
import { claimable, heldBy, nextWeekOf, offeredTo } from "./my-shifts.js";
import { createOutbox, dropOthers } from "./outbox.js";
import { showSignIn } from "./signin.js";
import { tabletCards, when as whenText } from "./tablet-cards.js";
import { applyTaskEvent, boardFrom, isWaiting, readWaitingTasks, sortedTasks, withTask } from "./tasks.js";
import { applyEvent, isPast, withShift } from "./week.js";

const IDLE_MS = 120_000;
const WARN_SECONDS = 20;
const RETRY_MS = 5_000;
const TICK_MS = 30_000;
const FIT_DELAY_MS = 150;
const SIGN_OUT_FLUSH_MS = 3_000;
/** Who touched this tablet last, and when: a reload resumes the session only within the idle time. */
const TOUCH_KEY = "facilitation.tablet.touch";
/** A sign-out the server has not heard yet (offline): done first thing when the network is back. */
const SIGN_OUT_KEY = "facilitation.tablet.signOut";

const main = document.getElementById("main");
const dock = document.getElementById("dock");
const liveBox = document.getElementById("live");
const liveText = document.getElementById("live-text");
const siteName = document.getElementById("site-name");

let session = null;
let staff = [];
let weeks = [];          // [this week, next week] as the API gives them
let board = null;
let fits = new Map();    // shift id → the answer of …/fit
let firstFor = new Set(); // open shifts offered to me first (fairness order)
let outbox = null;
let outboxItems = [];
let live = null;
let idle = null;
let view = "now";
let picking = null;      // the shift whose colleague picker is open
let loading = false;
let heardWhileLoading = false;
let retryTimer = null;
let fitTimer = null;
let fitRound = 0;
let ticker = null;

const sitePath = () => `/api/sites/${encodeURIComponent(session.site)}`;
const zone = () => weeks[0]?.timeZone ?? "Europe/Paris";

function storage(key, value) {
  try {
    if (value === undefined) return window.localStorage.getItem(key);
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // No storage: the page still works, without surviving a reload.
  }
  return null;
}

// ——— words ———

const when = (shift) => whenText(shift, zone());

// ——— the frame ———

function section(id, heading) {
  return el("section", { className: "panel tablet-section", attrs: { id, "aria-labelledby": `${id}-title` } }, [
    el("h2", { text: heading, attrs: { id: `${id}-title` } }),
  ]);
}

function layout() {
  const outcome = el("p", { className: "page-problem", attrs: { id: "outcome", role: "alert" } });
  outcome.hidden = true;
  const problem = el("p", { className: "page-problem", attrs: { id: "page-problem", role: "alert" } });
  problem.hidden = true;
  const offline = el("p", { className: "offline-note", text: t("tablet.offline"), attrs: { id: "offline-note", role: "status" } });
  offline.hidden = navigator.onLine !== false;

  const pending = section("outbox", t("tablet.outbox.heading"));
  pending.append(el("ul", { className: "outbox-list", attrs: { id: "outbox-list", "aria-live": "polite" } }));
  pending.hidden = true;

  const offers = section("offers", t("tablet.offers.heading"));
  offers.append(el("ul", { className: "cards", attrs: { id: "offers-list" } }));
  const mine = section("mine", t("tablet.mine.heading"));
  mine.append(el("ul", { className: "cards", attrs: { id: "mine-list" } }));
  const myTasks = section("my-tasks", t("tablet.tasks.mine"));
  myTasks.append(el("ul", { className: "task-list", attrs: { id: "my-tasks-list" } }));
  const openTasks = section("open-tasks", t("tablet.tasks.open"));
  openTasks.append(el("ul", { className: "task-list", attrs: { id: "open-tasks-list" } }));

  const thisWeek = section("open-this", t("tablet.tab.this"));
  thisWeek.append(el("ul", { className: "cards", attrs: { id: "open-this-list" } }));
  const nextWeek = section("open-next", t("tablet.tab.next"));
  nextWeek.append(el("ul", { className: "cards", attrs: { id: "open-next-list" } }));

  const panel = (name, children) => el("div", {
    className: "tab-panel",
    attrs: { id: `view-${name}`, role: "tabpanel", "aria-labelledby": `tab-${name}`, "data-view": name },
  }, children);

  main.replaceChildren(
    el("p", { className: "tablet-hello", text: t("tablet.hello", { name: session.name }), attrs: { id: "hello" } }),
    problem, offline, outcome, pending,
    // What is under way first (my shift, the tasks waiting now), then what can wait for a break.
    panel("now", [mine, myTasks, openTasks, offers]),
    panel("this", [thisWeek]),
    panel("next", [nextWeek]),
  );

  const tab = (name) => {
    const node = el("button", {
      className: "tab",
      attrs: { type: "button", role: "tab", id: `tab-${name}`, "aria-controls": `view-${name}`, "data-view": name },
    }, [el("span", { className: "tab-label", text: t(`tablet.tab.${name}`) }), el("span", { className: "tab-count" })]);
    node.addEventListener("click", () => show(name));
    return node;
  };
  const stay = button(t("tablet.idle.stay"), "stay", () => idle?.touch());
  const warning = el("div", { className: "idle-warning", attrs: { id: "idle-warning" } }, [
    el("p", { className: "idle-text", attrs: { id: "idle-text", role: "status" } }),
    stay,
  ]);
  warning.hidden = true;
  const tabs = el("div", { className: "tabs", attrs: { role: "tablist", "aria-label": t("tablet.tabs.label") } }, [tab("now"), tab("this"), tab("next")]);
  // The tabs pattern: one tab in the Tab order, the arrows move between them.
  tabs.addEventListener("keydown", (event) => {
    const names = ["now", "this", "next"];
    const at = names.indexOf(view);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: names.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    show(names[(next + names.length) % names.length]);
    document.getElementById(`tab-${view}`)?.focus();
  });
  dock.replaceChildren(
    warning,
    el("div", { className: "dock-bar" }, [
      tabs,
      button(t("tablet.signOut"), "sign-out-now", () => signOut("button"), { id: "sign-out" }),
    ]),
  );
  dock.hidden = false;
  show(view);
}

function show(name) {
  view = name;
  for (const node of main.querySelectorAll(".tab-panel")) node.hidden = node.dataset.view !== name;
  for (const node of dock.querySelectorAll(".tab")) {
    const selected = node.dataset.view === name;
    node.setAttribute("aria-selected", String(selected));
    node.tabIndex = selected ? 0 : -1;
  }
}

// ——— rendering ———

const cards = tabletCards({
  zone,
  pendingFor: (kind, id) => outbox?.pendingFor(kind, id),
  fitOf: (id) => fits.get(id),
  isFirst: (id) => firstFor.has(id),
  picking: () => picking,
  colleagues: () => staff.filter((member) => member.person !== session?.person),
  onShift: shiftCommand,
  onTask: taskCommand,
  onPick: (shiftId, pickerId) => {
    picking = shiftId;
    render();
    if (shiftId) document.getElementById(pickerId)?.scrollIntoView({ block: "nearest" });
  },
});

function fill(listId, items, emptyText) {
  const list = document.getElementById(listId);
  if (!list) return;
  if (items.length === 0) list.replaceChildren(el("li", { className: "empty", text: emptyText }));
  else list.replaceChildren(...items);
}

function command(path, label, target, body) {
  if (!outbox) return;
  showOutcome(null);
  outbox.submit({ path, body, label, target });
}

function shiftCommand(shift, action, labelKey, body, vars = {}) {
  command(`${sitePath()}/shifts/${encodeURIComponent(shift.id)}/${action}`, t(labelKey, { when: when(shift), ...vars }), { kind: "shift", id: shift.id }, body);
}

function taskCommand(task, action, labelKey) {
  command(`${sitePath()}/tasks/${encodeURIComponent(task.id)}/${action}`, t(labelKey, { title: task.title }), { kind: "task", id: task.id });
}

function render() {
  if (!session || !document.getElementById("view-now")) return;
  const now = new Date();
  const me = session.person;
  const [thisWeek, nextWeek] = weeks;
  const all = (pick) => weeks.flatMap((w) => (w ? pick(w) : []));

  const offers = all((w) => offeredTo(w, me));
  document.getElementById("offers").hidden = offers.length === 0;
  fill("offers-list", offers.map((s) => cards.offerCard(s, now)), "");

  const mine = all((w) => heldBy(w, me, now));
  fill("mine-list", mine.map((s) => cards.myCard(s, now)), t("tablet.mine.empty"));

  const tasks = board ? sortedTasks(board) : [];
  const myTasks = tasks.filter((task) => task.status === "claimed" && task.claimedBy === me);
  const openTasks = tasks.filter(isWaiting);
  fill("my-tasks-list", myTasks.map((task) => cards.taskItem(task, now)), t("tablet.tasks.mineEmpty"));
  fill("open-tasks-list", openTasks.map((task) => cards.taskItem(task, now)), t("tasks.empty"));

  const openThis = thisWeek ? claimable(thisWeek, now) : [];
  const openNext = nextWeek ? claimable(nextWeek, now) : [];
  fill("open-this-list", openThis.map((s) => cards.openCard(s, now)), t("tablet.open.empty"));
  fill("open-next-list", openNext.map((s) => cards.openCard(s, now)), t("tablet.open.empty"));
  if (thisWeek) document.getElementById("open-this-title").textContent = t("tablet.open.heading", { date: dateText(thisWeek.monday) });
  if (nextWeek) document.getElementById("open-next-title").textContent = t("tablet.open.heading", { date: dateText(nextWeek.monday) });

  const counts = { now: offers.length + myTasks.length + openTasks.length, this: openThis.length, next: openNext.length };
  for (const node of dock.querySelectorAll(".tab")) {
    const count = counts[node.dataset.view] ?? 0;
    const badge = node.querySelector(".tab-count");
    badge.textContent = count > 0 ? String(count) : "";
    badge.hidden = count === 0;
  }
  renderOutbox();
}

function renderOutbox() {
  const box = document.getElementById("outbox");
  if (!box) return;
  const shown = outboxItems.filter((i) => i.queued);
  box.hidden = shown.length === 0;
  const rows = shown.map((item) => el("li", { className: `outbox-item state-${item.state}`, attrs: { "data-command-id": item.commandId, "data-state": item.state } }, [
    el("span", { className: "outbox-what", text: item.label }),
    el("span", { className: "outbox-state", text: item.state === "refused" ? t("tablet.outbox.refused", { detail: item.detail ?? "" }) : t(`tablet.outbox.${item.state}`) }),
  ]));
  const list = document.getElementById("outbox-list");
  list.replaceChildren(...rows);
  const finished = shown.some((i) => i.state === "accepted" || i.state === "refused");
  let clear = document.getElementById("outbox-clear");
  if (finished && !clear) {
    clear = button(t("tablet.outbox.clear"), "act act-secondary", () => outbox?.clearFinished(), { id: "outbox-clear" });
    box.append(clear);
  } else if (!finished && clear) clear.remove();
}

function showOutcome(text) {
  const box = document.getElementById("outcome");
  if (!box) return;
  box.textContent = text ?? "";
  box.hidden = !text;
}

function showProblem(text) {
  const box = document.getElementById("page-problem");
  if (!box) return;
  box.textContent = text ?? "";
  box.hidden = !text;
}

// ——— the outbox's answers ———

function onOutboxChange(items) {
  const before = new Map(outboxItems.map((i) => [i.commandId, i.state]));
  outboxItems = items;
  for (const item of items) {
    // A tap refused at once (not queued) is said at the top; a queued one in the list.
    if (item.state === "refused" && before.get(item.commandId) !== "refused" && !item.queued) {
      showOutcome(t("tablet.refused", { what: item.label, detail: item.detail ?? "" }));
    }
  }
  render();
}

function onAccepted(item, data) {
  if (item.target?.kind === "task" && data?.id && board) board = withTask(board, data).board;
  if (item.target?.kind === "shift" && data?.id) weeks = weeks.map((w) => (w ? withShift(w, data) : w));
  render();
  refreshFitsSoon();
}

// ——— loading ———

async function loadAll() {
  if (!session) return;
  if (loading) {
    heardWhileLoading = true;
    return;
  }
  clearTimeout(retryTimer);
  const mine = session;
  loading = true;
  try {
    for (let pass = 0; pass < 3; pass += 1) {
      heardWhileLoading = false;
      const [current, tasks, site] = await Promise.all([
        api(`${sitePath()}/weeks/current`).catch(() => null),
        readWaitingTasks(api, `${sitePath()}/tasks`).catch(() => null),
        staff.length ? Promise.resolve(null) : api(sitePath()).catch(() => null),
      ]);
      if (session !== mine) return;
      if (current?.status === 401 || tasks?.status === 401) {
        signOut("unauthorized");
        return;
      }
      if (site?.ok) {
        staff = site.data.staff ?? [];
        siteName.textContent = `${site.data.name} · `;
      }
      if (tasks?.ok) board = boardFrom(tasks.data, board?.closed);
      let next = null;
      if (current?.ok) next = await api(`${sitePath()}/weeks/${nextWeekOf(current.data.monday)}`).catch(() => null);
      if (session !== mine) return;
      if (current?.ok && next?.ok) weeks = [current.data, next.data];
      else if (current?.ok) weeks = [current.data, weeks[1] ?? null];
      if (!current?.ok || !next?.ok || !tasks?.ok) {
        showProblem(current?.data?.detail ?? t("tablet.error"));
        render();
        retryTimer = setTimeout(loadAll, RETRY_MS);
        return;
      }
      if (!heardWhileLoading) break;
    }
    showProblem(null);
    render();
    refreshFitsSoon();
  } finally {
    loading = false;
  }
}

/** Does each open shift fit me (the ledger's own rule), and which ones am I first in line for? */
function refreshFitsSoon() {
  clearTimeout(fitTimer);
  fitTimer = setTimeout(refreshFits, FIT_DELAY_MS);
}

async function refreshFits() {
  if (!session || navigator.onLine === false) return;
  const mine = session;
  const round = ++fitRound;
  const now = new Date();
  const open = weeks.flatMap((w) => (w ? claimable(w, now) : []));
  const [answers, fairness] = await Promise.all([
    Promise.all(open.map((s) => api(`${sitePath()}/shifts/${encodeURIComponent(s.id)}/fit`).then((a) => [s.id, a]).catch(() => [s.id, null]))),
    Promise.all(weeks.filter(Boolean).map((w) => api(`${sitePath()}/weeks/${w.week}/fairness`).catch(() => null))),
  ]);
  if (session !== mine || round !== fitRound) return;
  const nextFits = new Map();
  for (const [id, answer] of answers) if (answer?.ok) nextFits.set(id, answer.data);
  fits = nextFits;
  const first = new Set();
  for (const answer of fairness) {
    for (const offer of answer?.ok ? answer.data.offers ?? [] : []) if (offer.order?.[0] === mine.person) first.add(offer.shift);
  }
  firstFor = first;
  render();
}

// ——— live ———

function onEvent(message) {
  if (!session) return;
  if (loading) {
    heardWhileLoading = true;
    return;
  }
  if (message?.type === "task-changed" || message?.type === "task-notice") {
    if (!board) return;
    const { board: next, changed } = applyTaskEvent(board, message, session.site);
    board = next;
    if (changed) render();
    return;
  }
  if (message?.type === "shift-changed" || message?.type === "week-changed") {
    weeks = weeks.map((w) => (w ? applyEvent(w, message, lang) : w));
    render();
    refreshFitsSoon();
  }
}

function setLiveStatus(reported) {
  // The browser knows before the hub does that the network is gone.
  const status = navigator.onLine === false ? "offline" : reported;
  liveBox.hidden = false;
  liveBox.dataset.status = status;
  liveText.textContent = t(`live.${status}`);
}

async function onOnline() {
  const note = document.getElementById("offline-note");
  if (note) note.hidden = true;
  // First close a session left open by a sign-out made offline, then anything else.
  await finishPendingSignOut();
  if (session) {
    outbox?.flush();
    loadAll();
  } else if (document.getElementById("signin-offline")) {
    showSignInPanel();
  }
}

function onOffline() {
  const note = document.getElementById("offline-note");
  if (note) note.hidden = false;
  if (session) setLiveStatus("offline");
}

window.addEventListener("online", onOnline);
window.addEventListener("offline", onOffline);

// ——— signing in and out ———

/** Every half minute: "dans 20 minutes" moves on, "Commencer" appears; on Monday, the new week. */
function tick() {
  if (weeks[0] && isPast(weeks[0], new Date())) loadAll();
  else render();
}

function onIdleTick(seconds) {
  const warning = document.getElementById("idle-warning");
  if (!warning) return;
  warning.hidden = seconds === null;
  if (seconds !== null) document.getElementById("idle-text").textContent = t("tablet.idle.warning", { seconds });
}

function open(signedIn) {
  session = signedIn;
  storage(SIGN_OUT_KEY, null);
  const dropped = dropOthers(session);
  view = "now";
  picking = null;
  layout();
  if (dropped > 0) showOutcome(t("tablet.discarded", { count: dropped }));
  const remember = (at) => storage(TOUCH_KEY, JSON.stringify({ site: signedIn.site, person: signedIn.person, at }));
  remember(Date.now());
  idle = watchInactivity({ idleMs: IDLE_MS, warnSeconds: WARN_SECONDS, onTick: onIdleTick, onExpired: () => signOut("idle"), onTouch: remember });
  outbox = createOutbox({ owner: { site: session.site, person: session.person }, onChange: onOutboxChange, onAccepted, onUnauthorized: () => signOut("unauthorized") });
  live = connectLive({
    onEvent,
    onConnected: () => { loadAll(); outbox?.flush(); },
    onStatus: setLiveStatus,
    onUnauthorized: () => signOut("unauthorized"),
  });
  clearInterval(ticker);
  ticker = setInterval(tick, TICK_MS);
  live.firstAttempt.then(() => { if (session === signedIn) loadAll(); });
}

/**
 * Signs out: the screen is emptied at once, then what is still in the outbox gets one last try
 * (a few seconds) under this person's session, then anything left is dropped — never sent later
 * under someone else's — and the session is closed on the server.
 */
async function signOut(reason) {
  if (!session) return;
  session = null;
  idle?.stop();
  idle = null;
  clearInterval(ticker);
  clearTimeout(retryTimer);
  clearTimeout(fitTimer);
  const stopping = live?.stop();
  live = null;
  weeks = [];
  board = null;
  fits = new Map();
  firstFor = new Set();
  staff = [];
  picking = null;
  outboxItems = [];
  storage(TOUCH_KEY, null);
  siteName.textContent = "";
  liveBox.hidden = true;
  dock.hidden = true;
  dock.replaceChildren();
  main.replaceChildren(el("p", { className: "loading", text: t("tablet.signingOut"), attrs: { id: "signing-out" } }));

  const leaving = outbox;
  outbox = null;
  let unsent = 0;
  if (leaving) {
    if (reason !== "unauthorized" && leaving.waiting() > 0 && navigator.onLine !== false) {
      await Promise.race([leaving.flush(), new Promise((resolve) => setTimeout(resolve, SIGN_OUT_FLUSH_MS))]);
    }
    unsent = leaving.discard();
  }
  await stopping;
  storage(SIGN_OUT_KEY, "1");
  await finishPendingSignOut();
  showSignedOut(unsent);
}

/** Closes the session on the server; kept for later when offline. */
async function finishPendingSignOut() {
  if (storage(SIGN_OUT_KEY) !== "1") return;
  try {
    const answer = await api("/api/session", { method: "DELETE" });
    if (answer.ok || answer.status === 401) storage(SIGN_OUT_KEY, null);
  } catch {
    // Offline: the "online" event tries again.
  }
}

function showSignedOut(unsent) {
  const notice = el("p", { className: "signout-notice", attrs: { id: "signout-notice", role: "status" } });
  notice.textContent = unsent > 0 ? t("tablet.unsent", { count: unsent }) : "";
  notice.hidden = unsent === 0;
  main.replaceChildren(notice, el("div", { className: "signin-holder", attrs: { id: "signin-holder" } }));
  showSignInPanel();
}

/** The names and the keypad; offline, a word instead, and the panel once the network is back. */
function showSignInPanel() {
  const holder = document.getElementById("signin-holder");
  if (!holder || session) return;
  if (navigator.onLine === false) {
    holder.replaceChildren(el("p", { className: "offline-note", text: t("tablet.signinOffline"), attrs: { id: "signin-offline", role: "status" } }));
    return;
  }
  showSignIn(holder, { onSignedIn: open });
}

function showKioskDevice() {
  main.replaceChildren(el("section", { className: "panel kiosk-device" }, [
    el("p", { text: t("dashboard.kiosk") }),
    el("a", { className: "page-link", text: t("dashboard.toKiosk"), attrs: { href: "/accueil" } }),
  ]));
}

/** A reload resumes the session only if this person touched the tablet within the idle time. */
function recentlyTouched(current) {
  try {
    const touch = JSON.parse(storage(TOUCH_KEY) ?? "null");
    return touch?.site === current.site && touch?.person === current.person && Date.now() - touch.at < IDLE_MS;
  } catch {
    return false;
  }
}

async function start() {
  translatePage();
  const switcher = document.getElementById("lang-switch");
  switcher.href = otherLanguageUrl();
  switcher.lang = lang === "fr" ? "en" : "fr";
  document.title = `${t("tablet.title")} · ${t("app.name")}`;

  await finishPendingSignOut();
  let current;
  try {
    current = await currentSession();
  } catch {
    main.replaceChildren(el("p", { className: "page-problem", text: t("tablet.error"), attrs: { role: "alert" } }));
    setTimeout(start, RETRY_MS);
    return;
  }
  if (current?.role === "kiosk") {
    showKioskDevice();
    return;
  }
  if (current && recentlyTouched(current)) {
    open(current);
    return;
  }
  if (current) {
    // Someone left without signing out, longer ago than the idle time: close their session.
    storage(SIGN_OUT_KEY, "1");
    await finishPendingSignOut();
  }
  showSignedOut(0);
}

start();
