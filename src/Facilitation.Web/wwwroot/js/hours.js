// The co-managers' hours board (/heures): plan the week inside its budget on a grid by day and
// role, see each person's share and warnings, approve, reassign, record worked time, export.
// Loads the week and its fairness from the API, then applies what the hub pushes.
import { api, currentSession, newCommandId } from "./api.js";
import { daysOf, grid, localMoment, monthOf, offerOrder, ROLES, shiftedWeek } from "./board.js";
import { button, el } from "./dom.js";
import { clockTime, dayText, hoursText } from "./format.js";
import { lang, roleName, t, translatePage } from "./i18n.js";
import { connectLive } from "./live.js";
import { clearSessionBar, showSessionBar, showSignIn } from "./signin.js";
import { applyEvent } from "./week.js";

const main = document.getElementById("main");
const sessionBar = document.getElementById("session");
const liveBox = document.getElementById("live");
const liveText = document.getElementById("live-text");
const siteName = document.getElementById("site-name");
const dialog = document.getElementById("board-dialog");
const dialogTitle = document.getElementById("board-dialog-title");
const dialogBody = document.getElementById("board-dialog-body");
const dialogActions = document.getElementById("board-dialog-actions");
const dialogProblem = document.getElementById("board-dialog-problem");

let session = null;
let weekId = new URLSearchParams(location.search).get("week") ?? "current";
let week = null;
let fairness = null;
let live = null;
let fairnessTimer = null;
let notice = null;

const nameOf = (person) => week?.people.find((p) => p.person === person)?.name ?? person;
const range = (shift) => `${clockTime(shift.start, week.timeZone)} – ${clockTime(shift.end, week.timeZone)}`;

// ——— loading ———

async function loadWeek() {
  const answer = await api(`/api/sites/${session.site}/weeks/${weekId}`);
  if (answer.status === 401) return signedOut();
  if (!answer.ok) throw new Error(`week ${answer.status}`);
  week = answer.data;
  weekId = week.week;
  await loadFairness();
  render();
}

async function loadFairness() {
  const answer = await api(`/api/sites/${session.site}/weeks/${weekId}/fairness`);
  fairness = answer.ok ? answer.data : null;
}

/** Several pushes in a row (a copied week) make one fairness reload. */
function fairnessSoon() {
  clearTimeout(fairnessTimer);
  fairnessTimer = setTimeout(async () => {
    await loadFairness();
    render();
  }, 300);
}

async function goTo(id) {
  weekId = id;
  const url = new URL(location.href);
  url.searchParams.set("week", id);
  history.replaceState(null, "", url);
  await loadWeek();
}

// ——— rendering ———

function render() {
  if (!week) return;
  const frame = el("div", { className: "board" });
  frame.append(toolbar(), budget(), planGrid(), people(), exports());
  if (notice) frame.prepend(el("p", { className: notice.kind === "problem" ? "page-problem" : "board-notice", text: notice.text, attrs: { role: "status" } }));
  main.replaceChildren(frame);
}

function toolbar() {
  const label = el("h2", { className: "board-week", text: t("board.weekOf", { day: mondayText(), week: week.week }), attrs: { id: "board-week" } });
  return el("nav", { className: "board-toolbar", attrs: { "aria-labelledby": "board-week" } }, [
    button(t("board.previous"), "secondary", () => goTo(shiftedWeek(week, -1)), { id: "board-previous" }),
    label,
    button(t("board.next"), "secondary", () => goTo(shiftedWeek(week, 1)), { id: "board-next" }),
    button(t("board.copy"), "primary", copyPrevious, { id: "board-copy" }),
  ]);
}

function mondayText() {
  return dayText(`${week.monday}T12:00:00Z`, "UTC");
}

function budget() {
  const of = (hours) => `${Math.max(0, Math.min(100, (hours / week.budgetHours) * 100))}%`;
  const bar = el("div", { className: "bar", attrs: { id: "board-bar", role: "img", "aria-label": t("board.bar", { committed: hoursText(week.committedHours), budget: hoursText(week.budgetHours) }) } }, [
    el("span", { className: "bar-worked", attrs: { style: `width:${of(week.workedHours)}` } }),
    el("span", { className: "bar-claimed", attrs: { style: `width:${of(Math.max(0, week.claimedHours - week.workedHours))}` } }),
    el("span", { className: "bar-published", attrs: { style: `width:${of(Math.max(0, week.committedHours - Math.max(week.claimedHours, week.workedHours)))}` } }),
  ]);
  const item = (className, key, hours) =>
    el("div", { className: `legend-item ${className}` }, [el("dt", {}, [el("span", { className: "swatch", attrs: { "aria-hidden": "true" } }), t(key)]), el("dd", { text: hoursText(hours) })]);
  const leftText = el("p", { className: `left-text${week.leftHours < 0 ? " over" : ""}`, text: week.leftText, attrs: { id: "board-left" } });
  return el("section", { className: "panel board-budget", attrs: { "aria-labelledby": "board-budget-title" } }, [
    el("h2", { text: t("hours.heading"), attrs: { id: "board-budget-title" } }),
    leftText,
    bar,
    el("dl", { className: "legend", attrs: { id: "board-legend" } }, [
      item("published", "board.published", week.publishedHours),
      item("claimed", "board.claimed", week.claimedHours),
      item("worked", "board.worked", week.workedHours),
      item("budget", "board.budget", week.budgetHours),
    ]),
  ]);
}

function planGrid() {
  const cells = grid(week);
  const days = daysOf(week);
  const head = el("tr", {}, [el("th", { text: t("board.role"), attrs: { scope: "col" } }), ...days.map((d) =>
    el("th", { text: dayText(`${d}T12:00:00Z`, "UTC", { short: true }), attrs: { scope: "col" } }))]);
  const rows = ROLES.map((role) => el("tr", {}, [
    el("th", { attrs: { scope: "row" } }, [el("span", { className: `role role-${role}`, text: roleName(role) })]),
    ...days.map((day) => el("td", {}, [
      el("ul", { className: "cell-shifts" }, cells[role][day].map(shiftCard)),
      button("+", "add-shift", () => publishDialog(role, day), { "aria-label": t("board.add", { role: roleName(role), day: dayText(`${day}T12:00:00Z`, "UTC") }) }),
    ])),
  ]));
  return el("section", { className: "panel board-plan", attrs: { "aria-labelledby": "board-plan-title" } }, [
    el("h2", { text: t("board.plan"), attrs: { id: "board-plan-title" } }),
    el("div", { className: "grid-scroll" }, [el("table", { className: "plan" }, [el("thead", {}, [head]), el("tbody", {}, rows)])]),
  ]);
}

function shiftCard(shift) {
  const who = shift.holder ? shift.holderName : t("board.free");
  const badges = [];
  if (shift.approved) badges.push(el("span", { className: "badge approved", text: t("board.approved") }));
  if (shift.offeredTo) badges.push(el("span", { className: "badge offered", text: t("board.offeredTo", { name: shift.offeredToName }) }));
  if (shift.status === "ended") badges.push(el("span", { className: "badge ended", text: t("board.workedBadge", { hours: hoursText(workedHours(shift)) }) }));
  const card = button("", `shift-card status-${shift.status}`, () => shiftDialog(shift), { "data-shift": shift.id });
  card.append(el("span", { className: "card-time", text: range(shift) }), el("span", { className: "card-who", text: who }), ...badges);
  return el("li", {}, [card]);
}

function workedHours(shift) {
  return shift.startedAt && shift.endedAt ? (new Date(shift.endedAt) - new Date(shift.startedAt)) / 3_600_000 : 0;
}

function people() {
  const rows = (fairness?.people ?? []).map((p) => {
    const coverage = Math.round(p.coverage * 100);
    const person = week.people.find((w) => w.person === p.person);
    return el("tr", { attrs: { "data-person": p.person } }, [
      el("th", { text: p.name, attrs: { scope: "row" } }),
      el("td", { text: hoursText(p.contractHours) }),
      el("td", { text: hoursText(p.shareHours) }),
      el("td", { text: hoursText(p.heldHours) }),
      el("td", { text: hoursText(person?.workedHours ?? 0) }),
      el("td", {}, [
        el("div", { className: "coverage", attrs: { role: "img", "aria-label": `${coverage} %` } }, [el("span", { attrs: { style: `width:${Math.min(100, coverage)}%` } })]),
        el("span", { className: "coverage-text", text: p.gapText }),
      ]),
      el("td", {}, p.warnings.length === 0 ? [el("span", { className: "muted", text: "—" })] : p.warnings.map((w) => el("p", { className: "warning", text: w.text }))),
    ]);
  });
  return el("section", { className: "panel board-people", attrs: { "aria-labelledby": "board-people-title" } }, [
    el("h2", { text: t("board.people"), attrs: { id: "board-people-title" } }),
    el("p", { className: "board-explain", text: t("board.fairness") }),
    el("div", { className: "grid-scroll" }, [el("table", { className: "people-table" }, [
      el("thead", {}, [el("tr", {}, ["board.person", "board.contract", "board.share", "board.held", "board.worked", "board.coverage", "board.warnings"]
        .map((k) => el("th", { text: t(k), attrs: { scope: "col" } })))]),
      el("tbody", {}, rows),
    ])]),
  ]);
}

function exports() {
  const month = monthOf(week);
  return el("section", { className: "panel board-exports", attrs: { "aria-labelledby": "board-exports-title" } }, [
    el("h2", { text: t("board.exports"), attrs: { id: "board-exports-title" } }),
    el("p", {}, [el("a", { className: "export-link", text: t("board.payroll", { month: monthName(month) }), attrs: { href: `/api/sites/${session.site}/payroll/${month}.csv`, download: "" } })]),
    button(t("board.calendarLink"), "secondary", calendarLink, { id: "board-calendar" }),
  ]);
}

function monthName(month) {
  const [y, m] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 15)));
}

// ——— dialogs ———

function openDialog(title, body, actions) {
  dialogTitle.textContent = title;
  dialogBody.replaceChildren(...body);
  dialogActions.replaceChildren(...actions, button(t("board.close"), "secondary", () => dialog.close()));
  dialogProblem.hidden = true;
  if (!dialog.open) dialog.showModal();
}

function showProblem(answer) {
  const errors = answer.data?.errors ? Object.values(answer.data.errors).flat().join(" ") : null;
  dialogProblem.textContent = errors ?? answer.data?.detail ?? t("board.failed");
  dialogProblem.hidden = false;
}

/** Sends a command; on a network failure the same command id is sent again by the next tap. */
async function send(path, body, onDone) {
  let answer;
  try {
    answer = await api(path, { method: "POST", body });
  } catch {
    dialogProblem.textContent = t("board.network");
    dialogProblem.hidden = false;
    return;
  }
  if (!answer.ok) return showProblem(answer);
  dialog.close();
  onDone?.(answer.data);
  // The change is persisted: show it now, whatever the live feed is doing.
  await loadWeek();
}

function field(id, labelKey, input) {
  input.id = id;
  return el("p", { className: "field" }, [el("label", { text: t(labelKey), attrs: { for: id } }), input]);
}

function timeInput(value) {
  return el("input", { attrs: { type: "time", value, required: "", step: "900" } });
}

function publishDialog(role, day) {
  const start = timeInput("09:00");
  const end = timeInput("13:00");
  const commandId = newCommandId();
  openDialog(t("board.publishTitle", { role: roleName(role), day: dayText(`${day}T12:00:00Z`, "UTC") }),
    [field("publish-start", "board.start", start), field("publish-end", "board.end", end)],
    [button(t("board.publish"), "primary", () =>
      send(`/api/sites/${session.site}/shifts`, { commandId, role, start: localMoment(day, start.value), end: localMoment(day, end.value) }), { id: "publish-send" })]);
}

function shiftDialog(shift) {
  const body = [el("p", { className: "dialog-line", text: `${roleName(shift.role)} · ${dayText(shift.start, week.timeZone)} · ${range(shift)}` })];
  const actions = [];
  const path = (action) => `/api/sites/${session.site}/shifts/${shift.id}/${action}`;
  if (shift.status === "published") {
    const order = offerOrder(fairness, shift.id);
    body.push(el("p", { text: order.length ? t("board.offerFirst", { names: order.slice(0, 4).map(nameOf).join(", ") }) : t("board.nobodyFits") }));
    const picker = personPicker("assign-person", order);
    body.push(field("assign-person", "board.assignTo", picker));
    actions.push(button(t("board.assign"), "primary", () => send(path("claim"), { commandId: newCommandId(), person: picker.value })));
    actions.push(button(t("board.cancel"), "danger", () => send(path("cancel"), { commandId: newCommandId() })));
  } else {
    body.push(el("p", { text: t("board.heldBy", { name: shift.holderName ?? "" }) }));
    if (shift.status === "claimed") {
      if (!shift.approved) actions.push(button(t("board.approve"), "primary", () => send(path("approve"), { commandId: newCommandId() }), { id: "approve-send" }));
      const picker = personPicker("reassign-person", [], shift.holder);
      body.push(field("reassign-person", "board.reassignTo", picker));
      actions.push(button(t("board.reassign"), "secondary", () => send(path("reassign"), { commandId: newCommandId(), person: picker.value })));
    }
    if (["claimed", "started", "ended"].includes(shift.status)) {
      const from = timeInput(localTime(shift.startedAt ?? shift.start));
      const to = timeInput(localTime(shift.endedAt ?? shift.end));
      const day = shift.start.slice(0, 10);
      body.push(el("fieldset", { className: "worked" }, [
        el("legend", { text: t("board.recordWorked") }),
        field("worked-start", "board.start", from),
        field("worked-end", "board.end", to),
      ]));
      actions.push(button(t("board.saveWorked"), "secondary", () =>
        send(path("worked"), { commandId: newCommandId(), start: localMoment(day, from.value), end: localMoment(day, to.value) }), { id: "worked-send" }));
    }
  }
  openDialog(t("board.shiftTitle"), body, actions);
}

/** "09:00" from an instant the API wrote in the site's local time ("2026-12-01T09:00:00+01:00"). */
function localTime(instant) {
  return instant.slice(11, 16);
}

function personPicker(id, first = [], except = null) {
  const select = el("select", { attrs: { required: "" } });
  const ordered = [...first, ...week.people.map((p) => p.person).filter((p) => !first.includes(p))].filter((p) => p !== except);
  for (const person of ordered) select.append(el("option", { text: nameOf(person), attrs: { value: person } }));
  return select;
}

async function copyPrevious() {
  const copy = document.getElementById("board-copy");
  copy.disabled = true;
  try {
    const answer = await api(`/api/sites/${session.site}/weeks/${weekId}/copy-previous`, { method: "POST", body: { commandId: newCommandId() } });
    if (!answer.ok) notice = { kind: "problem", text: answer.data?.detail ?? t("board.failed") };
    else {
      const refused = answer.data.refused;
      notice = { kind: "notice", text: t("board.copied", { count: answer.data.published.length }) + (refused.length ? " " + t("board.copyRefused", { count: refused.length, reason: refused[0].reason }) : "") };
    }
    await loadWeek();
  } catch {
    notice = { kind: "problem", text: t("board.network") };
    render();
  }
}

async function calendarLink() {
  const answer = await api(`/api/sites/${session.site}/people/${session.person}/calendar-link`);
  if (!answer.ok) return;
  const input = el("input", { attrs: { type: "text", readonly: "", value: answer.data.url } });
  openDialog(t("board.calendarLink"), [el("p", { text: t("board.calendarExplain") }), field("calendar-url", "board.calendarUrl", input)], []);
  input.select();
}

// ——— session and live feed ———

function signedOut() {
  session = null;
  week = null;
  live?.stop();
  live = null;
  liveBox.hidden = true;
  clearSessionBar(sessionBar);
  showSignIn(main, { onSignedIn: (s) => start(s) });
}

async function start(s) {
  session = s;
  showSessionBar(sessionBar, session, { onSignedOut: signedOut });
  if (session.role !== "co-manager") {
    main.replaceChildren(el("p", { className: "page-problem", text: t("board.coManagersOnly"), attrs: { role: "alert" } }));
    return;
  }
  const sites = await api("/api/sites");
  siteName.textContent = sites.ok ? `${sites.data.find((x) => x.id === session.site)?.name ?? ""} · ` : "";
  await loadWeek();
  live = connectLive({
    onEvent: (message) => {
      if (!week || message.site !== week.site) return;
      const before = week;
      week = applyEvent(week, message, lang);
      if (week !== before) {
        render();
        fairnessSoon();
      }
    },
    onConnected: () => loadWeek(),
    onStatus: (status) => {
      liveBox.hidden = false;
      liveBox.dataset.status = status;
      liveText.textContent = t(`live.${status}`);
    },
    onUnauthorized: signedOut,
  });
}

translatePage();
const existing = await currentSession().catch(() => null);
if (existing) await start(existing);
else signedOut();
