// The staff dashboard: this week's paid hours, who is on shift now and next, the open shifts and
// (soon) the tasks. Loads the week from the API, then applies what the hub pushes.
import { api, currentSession } from "./api.js";
import { el } from "./dom.js";
import { calendarDaysBetween, clockTime, dateText, dayText, dayWord, hoursText, relativeTime, weekdayAndDay } from "./format.js";
import { lang, otherLanguageUrl, roleName, t, translatePage } from "./i18n.js";
import { connectLive } from "./live.js";
import { clearSessionBar, showSessionBar, showSignIn } from "./signin.js";
import { applyEvent, isPast, nextShifts, onShiftNow, openShifts } from "./week.js";

const OPEN_SHOWN = 8;
const TICK_MS = 30_000;
const RETRY_MS = 5_000;

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
  tasks.append(el("p", { className: "empty", text: t("tasks.empty") }));

  const problem = el("p", { className: "page-problem", attrs: { id: "page-problem", role: "alert" } });
  problem.hidden = true;
  // Two columns on a landscape screen (people | shifts to take); on a portrait tablet the columns
  // dissolve into one grid (see app.css).
  main.replaceChildren(problem, el("div", { className: "grid" }, [
    hours,
    el("div", { className: "column column-people" }, [now, next]),
    el("div", { className: "column column-open" }, [open, tasks]),
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
  if (!session || loading) {
    if (loading) heardWhileLoading = true;
    return;
  }
  clearTimeout(retryTimer);
  const mine = session;
  loading = true;
  try {
    // A message heard during a load may or may not be in the answer: load again (at most twice).
    for (let pass = 0; pass < 3; pass += 1) {
      heardWhileLoading = false;
      let answer;
      try {
        answer = await api(`/api/sites/${encodeURIComponent(mine.site)}/weeks/current`);
      } catch {
        answer = null;
      }
      if (session !== mine) return; // signed out meanwhile
      if (answer?.status === 401) {
        signedOut();
        return;
      }
      if (!answer?.ok) {
        showProblem(answer?.data?.detail ?? t("dashboard.error"));
        retryTimer = setTimeout(loadWeek, RETRY_MS);
        return;
      }
      week = answer.data;
      if (!heardWhileLoading) break;
    }
    showProblem(null);
    render();
  } finally {
    loading = false;
  }
}

function onEvent(message) {
  if (loading) {
    heardWhileLoading = true;
    return;
  }
  if (!week) return;
  week = applyEvent(week, message, lang);
  render();
}

function setLiveStatus(status) {
  liveBox.hidden = false;
  liveBox.dataset.status = status;
  liveText.textContent = t(`live.${status}`);
}

function tick() {
  if (!week) return;
  if (isPast(week, new Date())) loadWeek();
  else render();
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
  week = null;
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
  if (current) await openDashboard(current);
  else signedOut();
}

start();
