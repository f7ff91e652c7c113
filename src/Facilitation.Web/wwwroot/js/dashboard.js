// The staff dashboard: this week's paid hours, who is on shift now and next, the open shifts and
// the tasks waiting. Loads the week and the task board from the API, then applies what the hub pushes.
import { api, currentSession, newCommandId } from "./api.js";
import { applyPresence, clearDesks, desksPanel, loadDesks } from "./desks.js";
import { clearComing, loadComing } from "./coming.js";
import { button, el } from "./dom.js";
import { ageText, calendarDaysBetween, clockTime, dateText, dayText, dayWord, hoursText, relativeTime, weekdayAndDay } from "./format.js";
import { lang, otherLanguageUrl, roleName, t, translatePage } from "./i18n.js";
import { connectLive } from "./live.js";
import { clearSessionBar, showSessionBar, showSignIn } from "./signin.js";
import { clearVisitor, showVisitor } from "./visitors.js";
import { placeName } from "./task-place.js";
import { applyTaskEvent, boardFrom, isLate, isWaiting, readWaitingTasks, sortedTasks, withTask } from "./tasks.js";
import { applyEvent, isPast, nextShifts, onShiftNow, openShifts, somebodyOnShift } from "./week.js";

const OPEN_SHOWN = 8;
const TICK_MS = 30_000;
const RETRY_MS = 5_000;
const NOTICE_MS = 12_000;

const main = document.getElementById("main");
const sessionBar = document.getElementById("session");
const liveBox = document.getElementById("live");
const liveText = document.getElementById("live-text");
const clockBox = document.getElementById("clock");
const siteName = document.getElementById("site-name");

let session = null;
let signInPanel = null;
let week = null;
let live = null;
let ticker = null;
let retryTimer = null;
let loading = false;
let heardWhileLoading = false;
// The task board ({nobodyOnShift, onShift, tasks: Map, closed: Map}), and what the page adds to it:
// the tasks with a command on its way, each task's last refusal, the tasks just pointed out to me
// by a "task-notice" (until when), and the command ids kept for a retry after a network failure.
let board = null;
const busyTasks = new Set();
const taskProblems = new Map();
const noticed = new Map();
const retryCommands = new Map();
const noticesWhileLoading = [];

function panel(id, headingText, extraClass = "") {
  const heading = el("h2", { text: headingText, attrs: { id: `${id}-title` } });
  const section = el("section", { className: `panel ${extraClass}`.trim(), attrs: { id, "aria-labelledby": `${id}-title` } }, [heading]);
  return section;
}

// ——— the page's frame ———

function layout() {
  const hours = panel("hours", t("hours.heading"), "hours");
  hours.append(el("div", { className: "hours-body" }, [
    el("div", { className: "hours-left" }, [
      el("p", { className: "week-label", attrs: { id: "week-label" } }),
      el("p", { className: "left-text", attrs: { id: "hours-left-text" } }),
    ]),
    el("div", { className: "hours-figures" }, [
      el("div", { className: "bar", attrs: { id: "hours-bar", role: "img" } }, [
        el("span", { className: "bar-worked" }),
        el("span", { className: "bar-claimed" }),
        el("span", { className: "bar-published" }),
      ]),
      el("dl", { className: "legend", attrs: { id: "hours-legend" } }),
    ]),
  ]));

  const now = panel("now", t("now.heading"), "people");
  now.append(el("ul", { className: "shift-list", attrs: { id: "now-list" } }));
  const next = panel("next", t("next.heading"), "people");
  next.append(el("ul", { className: "shift-list", attrs: { id: "next-list" } }));
  const open = panel("open", t("open.heading"), "open");
  open.append(el("ul", { className: "shift-list", attrs: { id: "open-list" } }));
  const tasks = panel("tasks", t("tasks.heading"), "tasks");
  const nobody = el("p", { className: "task-note", text: t("tasks.nobodyOnShift"), attrs: { id: "tasks-nobody" } });
  nobody.hidden = true;
  const taskProblem = el("p", { className: "page-problem", attrs: { id: "tasks-problem", role: "alert" } });
  taskProblem.hidden = true;
  tasks.append(
    nobody,
    taskProblem,
    el("ul", { className: "task-list", attrs: { id: "task-list" } }, [el("li", { className: "empty", text: t("tasks.empty") })]),
    el("p", { className: "visually-hidden", attrs: { id: "task-announcer", "aria-live": "polite" } }),
  );

  const problem = el("p", { className: "page-problem", attrs: { id: "page-problem", role: "alert" } });
  problem.hidden = true;
  // Two columns on a landscape screen (people | shifts to take); on a portrait tablet the columns
  // dissolve into one grid (see app.css).
  main.replaceChildren(problem, el("div", { className: "grid" }, [
    hours,
    el("div", { className: "column column-people" }, [now, next, desksPanel()]),
    // The tasks first: they are waiting now; the open shifts can wait until the break.
    el("div", { className: "column column-open" }, [tasks, open]),
  ]));
}

// ——— rendering the week ———

function legendItem(className, label, hours) {
  return el("div", { className: `legend-item ${className}` }, [
    el("dt", {}, [el("span", { className: "swatch", attrs: { "aria-hidden": "true" } }), document.createTextNode(label)]),
    el("dd", { text: hoursText(hours) }),
  ]);
}

function renderHours() {
  const budget = week.budgetHours > 0 ? week.budgetHours : 1;
  const share = (h) => `${Math.max(0, Math.min(100, (h / budget) * 100))}%`;
  const worked = Math.max(0, week.workedHours);
  const claimed = Math.max(0, week.claimedHours - worked);
  const published = Math.max(0, week.publishedHours - Math.max(week.claimedHours, worked));

  document.getElementById("week-label").textContent = t("hours.week", { date: dateText(week.monday) });
  const left = document.getElementById("hours-left-text");
  left.textContent = week.leftText ?? hoursText(week.leftHours);
  left.classList.toggle("over", week.leftHours < 0);

  const bar = document.getElementById("hours-bar");
  bar.setAttribute("aria-label", t("hours.bar", {
    worked: hoursText(week.workedHours), claimed: hoursText(week.claimedHours),
    published: hoursText(week.publishedHours), budget: hoursText(week.budgetHours),
  }));
  const [w, c, p] = bar.children;
  w.style.width = share(worked);
  c.style.width = share(claimed);
  p.style.width = share(published);

  document.getElementById("hours-legend").replaceChildren(
    legendItem("worked", t("hours.worked"), week.workedHours),
    legendItem("claimed", t("hours.claimed"), week.claimedHours),
    legendItem("published", t("hours.published"), week.publishedHours),
    legendItem("budget", t("hours.budget"), week.budgetHours),
  );
}

function roleBadge(role) {
  return el("span", { className: `role role-${/^[a-z-]+$/.test(role) ? role : "other"}`, text: roleName(role) });
}

function range(shift) {
  return t("shift.range", { start: clockTime(shift.start, week.timeZone), end: clockTime(shift.end, week.timeZone) });
}

function shiftItem(shift, children) {
  return el("li", { className: "shift", attrs: { "data-shift-id": shift.id, "data-status": shift.status } }, children);
}

function fill(listId, items, emptyText) {
  const list = document.getElementById(listId);
  if (items.length === 0) list.replaceChildren(el("li", { className: "empty", text: emptyText }));
  else list.replaceChildren(...items);
}

function renderLists(now) {
  fill("now-list", onShiftNow(week, now).map((s) => shiftItem(s, [
    el("span", { className: "who", text: s.holderName ?? s.holder ?? "" }),
    roleBadge(s.role),
    el("span", { className: "when", text: t("now.until", { time: clockTime(s.end, week.timeZone) }) }),
  ])), t("now.empty"));

  fill("next-list", nextShifts(week, now).map((s) => shiftItem(s, [
    el("span", { className: "who", text: s.holderName ?? s.holder ?? "" }),
    roleBadge(s.role),
    el("span", { className: "when" }, [
      el("strong", { className: "relative", text: relativeTime(s.start, now, week.timeZone) }),
      el("span", { className: "range", text: range(s) }),
    ]),
  ])), t("next.empty"));

  const open = openShifts(week, now);
  const openItems = open.slice(0, OPEN_SHOWN).map((s) => shiftItem(s, [
    el("span", { className: "day", text: shortDay(s.start, now) }),
    el("span", { className: "range", text: range(s) }),
    roleBadge(s.role),
    el("span", { className: "length", text: hoursText(s.hours) }),
  ]));
  if (open.length > OPEN_SHOWN) openItems.push(el("li", { className: "more", text: `+ ${open.length - OPEN_SHOWN}` }));
  fill("open-list", openItems, t("open.empty"));
  const title = document.getElementById("open-title");
  title.replaceChildren(document.createTextNode(t("open.heading")));
  if (open.length > 0) title.append(el("span", { className: "count", text: t("open.count", { count: open.length }) }));
}

/** "aujourd'hui", "demain", else "vendredi 4" (the week is on screen, the month goes without saying). */
function shortDay(instant, now) {
  const days = calendarDaysBetween(now, instant, week.timeZone);
  if (days === 0 || days === 1) return dayWord(days);
  return weekdayAndDay(instant, week.timeZone);
}

const narrowScreen = window.matchMedia("(max-width: 899px)");

function renderClock(now) {
  const day = week ? dayText(now, week.timeZone, { short: narrowScreen.matches }) : "";
  clockBox.textContent = week ? `${day}, ${clockTime(now, week.timeZone)}` : "";
}

// ——— rendering the tasks ———

const taskItemId = (task) => `task-${String(task.id).replace(/[^A-Za-z0-9_-]/g, "_")}`;

function kindBadge(kind) {
  const known = ["welcome", "logistics", "cleaning"].includes(kind);
  return el("span", { className: `role role-${known ? kind : "other"} task-kind`, text: known ? t(`kind.${kind}`) : String(kind ?? "") });
}

function taskItem(task, now) {
  const id = taskItemId(task);
  const late = isLate(task, now);
  const busy = busyTasks.has(task.id);
  const mine = task.status === "claimed" && task.claimedBy === session?.person;

  const head = el("div", { className: "task-head" }, [
    kindBadge(task.kind),
    late ? el("strong", { className: "late-mark", text: t("tasks.late") }) : null,
    el("span", { className: "task-age", text: ageText(task.raisedAt, now, t("tasks.justNow")), attrs: { "data-raised-at": task.raisedAt } }),
  ]);
  const meta = el("p", { className: "task-meta" }, [
    el("span", { className: "task-place", text: placeName(task) }),
    task.requestedBy ? el("span", { className: "task-requested", text: t("tasks.requestedBy", { name: task.requestedBy }) }) : null,
    isWaiting(task) && !late ? el("span", { className: "task-due", text: t("tasks.dueBy", { time: clockTime(task.dueAt, week?.timeZone) }) }) : null,
  ]);
  const body = el("div", { className: "task-body" }, [
    head,
    el("p", { className: "task-title", text: task.title, attrs: { id: `${id}-title` } }),
    meta,
    task.status === "claimed"
      ? el("p", { className: "task-holder", text: t("tasks.heldBy", { name: task.claimedByName ?? task.claimedBy ?? "" }) })
      : null,
  ]);

  let action = null;
  if (isWaiting(task)) action = taskButton(task, "claim", t("tasks.claim"), busy, id);
  else if (mine) action = taskButton(task, "complete", t("tasks.complete"), busy, id);

  const problem = taskProblems.get(task.id);
  const item = el("li", {
    className: `task${late ? " late" : ""}`,
    attrs: { id, "data-task-id": task.id, "data-status": task.status, "data-late": String(late), "aria-labelledby": `${id}-title` },
  }, [
    body,
    action,
    problem ? el("p", { className: "task-problem", text: problem, attrs: { role: "alert" } }) : null,
  ]);
  if ((noticed.get(task.id) ?? 0) > Date.now()) {
    item.classList.add("noticed");
    item.dataset.noticed = "true";
  }
  return item;
}

function taskButton(task, action, label, busy, id) {
  const node = button(busy ? t("tasks.sending") : label, `task-action task-${action}`, () => act(task.id, action), {
    "data-task-action": action,
    "aria-describedby": `${id}-title`,
  });
  node.disabled = busy;
  return node;
}

function renderTasks() {
  const list = document.getElementById("task-list");
  if (!list || !board) return;
  const now = new Date();
  // Keep the keyboard where it was: the same task's button, even when "J'y vais" became "Fait".
  const focused = document.activeElement?.closest?.("#task-list .task")?.dataset.taskId ?? null;

  const tasks = sortedTasks(board);
  if (tasks.length === 0) list.replaceChildren(el("li", { className: "empty", text: t("tasks.empty") }));
  else list.replaceChildren(...tasks.map((task) => taskItem(task, now)));

  if (focused) {
    const item = [...list.children].find((li) => li.dataset.taskId === focused);
    (item?.querySelector("button:not([disabled])") ?? item?.querySelector("button"))?.focus();
  }

  const waiting = tasks.filter(isWaiting).length;
  const title = document.getElementById("tasks-title");
  title.replaceChildren(document.createTextNode(t("tasks.heading")));
  if (waiting > 0) title.append(el("span", { className: "count", text: t("tasks.count", { count: waiting }) }));
  renderOnShiftNote();
}

function renderOnShiftNote() {
  const note = document.getElementById("tasks-nobody");
  if (note && board) note.hidden = !board.nobodyOnShift;
}

/** Every 30 s: the ages ("il y a 12 minutes") and the late marks, without rebuilding the list. */
function refreshTaskTimes() {
  const list = document.getElementById("task-list");
  if (!list || !board) return;
  const now = new Date();
  let lateChanged = false;
  for (const item of list.querySelectorAll(".task")) {
    const task = board.tasks.get(item.dataset.taskId);
    if (!task) continue;
    const age = item.querySelector(".task-age");
    if (age) age.textContent = ageText(task.raisedAt, now, t("tasks.justNow"));
    if (String(isLate(task, now)) !== item.dataset.late) lateChanged = true;
    if (item.dataset.noticed === "true" && (noticed.get(task.id) ?? 0) <= Date.now()) {
      item.classList.remove("noticed");
      delete item.dataset.noticed;
    }
  }
  if (lateChanged) renderTasks();
}

function showTasksProblem(text) {
  const box = document.getElementById("tasks-problem");
  if (!box) return;
  box.textContent = text ?? "";
  box.hidden = !text;
}

/** A "task-notice" came to me: point the task out for a while, and say it to a screen reader. */
function notice(task) {
  if (!task?.id || !board?.tasks.has(task.id)) return;
  noticed.set(task.id, Date.now() + NOTICE_MS);
  const announcer = document.getElementById("task-announcer");
  if (announcer) announcer.textContent = t("tasks.notice", { title: task.title, place: placeName(task) });
  renderTasks();
  setTimeout(() => {
    if ((noticed.get(task.id) ?? 0) <= Date.now()) {
      noticed.delete(task.id);
      const item = document.querySelector(`#task-list [data-task-id="${CSS.escape(task.id)}"]`);
      item?.classList.remove("noticed");
      if (item) delete item.dataset.noticed;
    }
  }, NOTICE_MS + 50);
}

/**
 * "J'y vais" (claim) or "Fait" (complete). A fresh command id for each press, except right after
 * a network failure or a 503, when nothing is known to be applied: the same id is sent again, so
 * the board does it at most once.
 */
async function act(taskId, action) {
  if (!session || busyTasks.has(taskId)) return;
  const mine = session;
  const key = `${taskId}:${action}`;
  const commandId = retryCommands.get(key) ?? newCommandId();
  retryCommands.set(key, commandId);
  busyTasks.add(taskId);
  taskProblems.delete(taskId);
  renderTasks();
  let answer;
  try {
    answer = await api(`/api/sites/${encodeURIComponent(mine.site)}/tasks/${encodeURIComponent(taskId)}/${action}`, {
      method: "POST",
      body: { commandId },
    });
  } catch {
    answer = null;
  }
  busyTasks.delete(taskId);
  if (session !== mine) return;
  if (answer?.status === 401) {
    signedOut();
    return;
  }
  if (answer && answer.status < 500) retryCommands.delete(key);
  if (answer?.ok && answer.data?.id) {
    board = withTask(board, answer.data).board;
  } else if (!answer?.ok) {
    taskProblems.set(taskId, answer?.data?.detail ?? t("tasks.network"));
  }
  renderTasks();
}

function render() {
  if (!week || !document.getElementById("hours")) return;
  const now = new Date();
  renderClock(now);
  renderHours();
  renderLists(now);
}

function showProblem(text) {
  const box = document.getElementById("page-problem");
  if (!box) return;
  box.textContent = text ?? "";
  box.hidden = !text;
}

// ——— loading and live updates ———

async function loadWeek() {
  if (session && !loading) {
    loadDesks(session.site);
    loadComing(session.site);
  }
  if (!session || loading) {
    if (loading) heardWhileLoading = true;
    return;
  }
  clearTimeout(retryTimer);
  const mine = session;
  loading = true;
  try {
    // A message heard during a load may or may not be in the answer: load again (at most twice).
    let tasksFailed = false;
    for (let pass = 0; pass < 3; pass += 1) {
      heardWhileLoading = false;
      const site = encodeURIComponent(mine.site);
      const [answer, tasksAnswer] = await Promise.all([
        api(`/api/sites/${site}/weeks/current`).catch(() => null),
        readWaitingTasks(api, `/api/sites/${site}/tasks`).catch(() => null),
      ]);
      if (session !== mine) return; // signed out meanwhile
      if (answer?.status === 401 || tasksAnswer?.status === 401) {
        signedOut();
        return;
      }
      if (answer?.ok) week = answer.data;
      // The tasks are shown even when the week is not, and the other way round.
      tasksFailed = !tasksAnswer?.ok;
      if (tasksAnswer?.ok) board = boardFrom(tasksAnswer.data, board?.closed);
      showTasksProblem(tasksFailed ? tasksAnswer?.data?.detail ?? t("tasks.error") : null);
      renderTasks();
      if (!answer?.ok) {
        showProblem(answer?.data?.detail ?? t("dashboard.error"));
        retryTimer = setTimeout(loadWeek, RETRY_MS);
        return;
      }
      if (!heardWhileLoading) break;
    }
    showProblem(null);
    render();
    for (const task of noticesWhileLoading.splice(0)) notice(task);
    if (tasksFailed) retryTimer = setTimeout(loadWeek, RETRY_MS);
  } finally {
    loading = false;
  }
}

function onEvent(message) {
  if (showVisitor(message, main, week?.timeZone)) return;
  if (applyPresence(message)) return;
  if (loading) {
    heardWhileLoading = true;
    if (message?.type === "task-notice" && message.task) noticesWhileLoading.push(message.task);
    return;
  }
  if (message?.type === "task-changed" || message?.type === "task-notice") {
    if (!board || !session) return;
    const { board: next, changed } = applyTaskEvent(board, message, session.site);
    board = next;
    if (changed) renderTasks();
    // A notice comes only to those who must act (on shift, or the co-managers): this device's person.
    if (message.type === "task-notice") notice(message.task);
    return;
  }
  if (!week) return;
  week = applyEvent(week, message, lang);
  if (message?.type === "shift-changed" && board) {
    board = { ...board, nobodyOnShift: !somebodyOnShift(week, new Date()) };
    renderOnShiftNote();
  }
  render();
}

function setLiveStatus(status) {
  liveBox.hidden = false;
  liveBox.dataset.status = status;
  liveText.textContent = t(`live.${status}`);
}

function tick() {
  refreshTaskTimes();
  if (!week) return;
  if (isPast(week, new Date())) loadWeek();
  else {
    if (board) {
      board = { ...board, nobodyOnShift: !somebodyOnShift(week, new Date()) };
      renderOnShiftNote();
    }
    render();
  }
}

async function openDashboard(signedIn) {
  signInPanel = null;
  session = signedIn;
  showSessionBar(sessionBar, session, { onSignedOut: signedOut });
  layout();
  api(`/api/sites/${encodeURIComponent(session.site)}`).then((answer) => {
    if (answer.ok) siteName.textContent = `${answer.data.name} · `;
  }).catch(() => {});

  live = connectLive({
    onEvent,
    onConnected: loadWeek,
    onStatus: setLiveStatus,
    onUnauthorized: signedOut,
  });
  // Connect first, then load: what is pushed from then on is applied to a fresh state.
  await live.firstAttempt;
  await loadWeek();
  if (session !== signedIn) return; // signed out meanwhile
  clearInterval(ticker);
  ticker = setInterval(tick, TICK_MS);
}

narrowScreen.addEventListener("change", () => render());

function signedOut() {
  session = null;
  clearDesks();
  clearComing();
  clearVisitor();
  week = null;
  board = null;
  busyTasks.clear();
  taskProblems.clear();
  noticed.clear();
  retryCommands.clear();
  noticesWhileLoading.length = 0;
  clearInterval(ticker);
  clearTimeout(retryTimer);
  live?.stop();
  live = null;
  liveBox.hidden = true;
  siteName.textContent = "";
  clockBox.textContent = "";
  clearSessionBar(sessionBar);
  signInPanel?.close();
  signInPanel = showSignIn(main, { onSignedIn: openDashboard });
}

/** The front-desk kiosk's session cannot read the dashboard: say so, and point to the kiosk page. */
function showKioskDevice() {
  main.replaceChildren(el("section", { className: "panel kiosk-device" }, [
    el("p", { text: t("dashboard.kiosk") }),
    el("a", { className: "page-link", text: t("dashboard.toKiosk"), attrs: { href: "/accueil" } }),
  ]));
}

async function start() {
  translatePage();
  const switcher = document.getElementById("lang-switch");
  switcher.href = otherLanguageUrl();
  switcher.lang = lang === "fr" ? "en" : "fr";
  document.title = `${t("dashboard.title")} · ${t("app.name")}`;

  let current;
  try {
    current = await currentSession();
  } catch {
    main.replaceChildren(el("p", { className: "page-problem", text: t("dashboard.error"), attrs: { role: "alert" } }));
    setTimeout(start, RETRY_MS);
    return;
  }
  if (current?.role === "kiosk") showKioskDevice();
  else if (current) await openDashboard(current);
  else signedOut();
}

start();
