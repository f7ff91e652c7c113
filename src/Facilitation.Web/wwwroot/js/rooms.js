// The rooms page (/salles): a day of the site's rooms, each a column of the day's hours with its
// bookings as blocks. Loads the day from the API, then applies the "room-changed" pushes; after a
// reconnection it loads the day again. Co-managers book and cancel from here.
import { api, currentSession, newCommandId } from "./api.js";
import { button, el } from "./dom.js";
import { addDays, clockTime, dayText, localDate } from "./format.js";
import { lang, locale, otherLanguageUrl, t, translatePage } from "./i18n.js";
import { connectLive } from "./live.js";
import { rt } from "./rooms-text.js";
import { clearSessionBar, showSessionBar, showSignIn } from "./signin.js";

const HOUR_PX = 64;
const RETRY_MS = 5_000;
const TICK_MS = 30_000;
const KINDS = ["member", "client", "event", "privatisation"];

const main = document.getElementById("main");
const sessionBar = document.getElementById("session");
const liveBox = document.getElementById("live");
const liveText = document.getElementById("live-text");
const clockBox = document.getElementById("clock");
const siteName = document.getElementById("site-name");

let session = null;
let signInPanel = null;
let live = null;
let ticker = null;
let retryTimer = null;
// The day shown: {site, date, timeZone, opens, closes, rooms: [{id, name, capacity, bookings: Map}]}.
let day = null;
let wantedDate = new URLSearchParams(window.location.search).get("date");
let selected = null;
let form = null;

const isCoManager = () => session?.role === "coManager" || session?.role === "co-manager";

// ——— time on the page's grid ———

const partsFormats = new Map();
/** The local date and minutes since midnight of an instant in the site's time zone. */
function wallClock(instant, timeZone) {
  if (!partsFormats.has(timeZone)) {
    partsFormats.set(timeZone, new Intl.DateTimeFormat("en-CA", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }));
  }
  const parts = partsFormats.get(timeZone).formatToParts(new Date(instant));
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return { date: localDate(instant, timeZone), minutes: hour * 60 + minute };
}

/** Minutes from the shown day's midnight, clamped to the day (a booking from yesterday starts at 0). */
function minutesInDay(instant) {
  const at = wallClock(instant, day.timeZone);
  if (at.date < day.date) return 0;
  if (at.date > day.date) return 24 * 60;
  return at.minutes;
}

function touchesDay(booking) {
  const lastMoment = new Date(new Date(booking.end).getTime() - 1);
  return localDate(booking.start, day.timeZone) <= day.date && localDate(lastMoment, day.timeZone) >= day.date;
}

/** The hours shown: the site's opening hours that day (08–20 when closed), widened to every booking. */
function hourSpan() {
  let first = day.opens ? Number(day.opens.slice(0, 2)) : 8;
  let last = day.closes ? Math.ceil(Number(day.closes.slice(0, 2)) + Number(day.closes.slice(3, 5)) / 60) : 20;
  for (const room of day.rooms) {
    for (const booking of room.bookings.values()) {
      first = Math.min(first, Math.floor(minutesInDay(booking.start) / 60));
      last = Math.max(last, Math.ceil(minutesInDay(booking.end) / 60));
    }
  }
  return { first: Math.max(0, first), last: Math.min(24, Math.max(last, first + 1)) };
}

function dateTitle(isoDate) {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** "09:30" from the site file as people read it: "9 h 30" in French, "09:30" in English. */
function hourText(hhmm) {
  const [h, m] = hhmm.split(":").map(Number);
  if (lang !== "fr") return hhmm;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, "0")}`;
}

function range(booking) {
  return rt("detail.when", { start: clockTime(booking.start, day.timeZone), end: clockTime(booking.end, day.timeZone) });
}

// ——— rendering ———

function render() {
  const { first, last } = hourSpan();
  const total = day.rooms.reduce((n, r) => n + r.bookings.size, 0);

  const bar = el("div", { className: "day-bar" }, [
    el("div", { className: "day-title" }, [
      el("h2", { text: rt("rooms.day", { date: dateTitle(day.date) }), attrs: { id: "day-title" } }),
      el("p", {
        className: "day-hours",
        text: `${day.opens ? rt("rooms.hours", { opens: hourText(day.opens), closes: hourText(day.closes) }) : rt("rooms.closed")} · ${total === 1 ? rt("rooms.count.one") : rt("rooms.count", { count: total })}`,
      }),
    ]),
    button(`‹ ${rt("rooms.previous")}`, "secondary day-step", () => go(addDays(day.date, -1)), { id: "previous-day" }),
    button(rt("rooms.today"), "secondary day-step", () => go(null), { id: "today" }),
    button(`${rt("rooms.next")} ›`, "secondary day-step", () => go(addDays(day.date, 1)), { id: "next-day" }),
  ]);
  if (isCoManager()) bar.append(button(rt("rooms.book"), "primary book-open", () => openForm(), { id: "book-open" }));

  const grid = el("div", {
    className: "day-grid",
    attrs: { style: `--rooms: ${day.rooms.length}; --hours: ${last - first}; --hour: ${HOUR_PX}px` },
  });
  grid.append(el("div", { className: "corner", attrs: { "aria-hidden": "true" } }));
  for (const room of day.rooms) {
    grid.append(el("div", { className: "room-head", attrs: { id: `head-${room.id}` } }, [
      el("span", { className: "room-name", text: room.name }),
      el("span", { className: "room-capacity", text: rt("rooms.capacity", { count: room.capacity }) }),
    ]));
  }
  const axis = el("div", { className: "hour-axis", attrs: { "aria-hidden": "true" } });
  for (let h = first; h < last; h++) axis.append(el("span", { className: "hour-mark", text: lang === "fr" ? `${h} h` : `${String(h).padStart(2, "0")}:00` }));
  grid.append(axis);
  for (const room of day.rooms) {
    const track = el("ul", { className: "room-track", attrs: { "aria-labelledby": `head-${room.id}`, "data-room": room.id } });
    const bookings = [...room.bookings.values()].sort((a, b) => a.start.localeCompare(b.start));
    for (const booking of bookings) track.append(block(room, booking, first));
    grid.append(track);
  }

  const problem = el("p", { className: "page-problem", attrs: { id: "page-problem", role: "alert" } });
  problem.hidden = true;
  const announcer = el("p", { className: "visually-hidden", attrs: { id: "rooms-announcer", "aria-live": "polite" } });
  main.replaceChildren(problem, bar, el("div", { className: "grid-scroll" }, [grid]), announcer);
  if (form) main.append(form.panel);
  else if (selected) showDetail(selected.room, selected.id);
}

function block(room, booking, first) {
  const top = ((minutesInDay(booking.start) - first * 60) / 60) * HOUR_PX;
  const height = Math.max(((minutesInDay(booking.end) - minutesInDay(booking.start)) / 60) * HOUR_PX, 28);
  // The accessible name is the visible text, with the room and the kind for a screen reader.
  const open = el("button", {
    className: `booking kind-${KINDS.includes(booking.kind) ? booking.kind : "member"}`,
    attrs: { type: "button", "data-booking-id": booking.id },
  }, [
    el("span", { className: "booking-title", text: booking.title }),
    el("span", { className: "booking-time", text: range(booking) }),
    el("span", { className: "booking-holder", text: booking.holder }),
    el("span", { className: "booking-guests", text: rt("rooms.guests", { count: booking.guests }) }),
    el("span", { className: "visually-hidden", text: `, ${room.name}, ${rt(`kind.${booking.kind}`)}` }),
  ]);
  open.addEventListener("click", () => showDetail(room.id, booking.id));
  return el("li", { className: "booking-slot", attrs: { style: `top: ${top}px; height: ${height}px` } }, [open]);
}

function showDetail(roomId, bookingId) {
  form = null;
  const room = day.rooms.find((r) => r.id === roomId);
  const booking = room?.bookings.get(bookingId);
  document.getElementById("booking-detail")?.remove();
  if (!booking) {
    selected = null;
    return;
  }
  selected = { room: roomId, id: bookingId };
  const problem = el("p", { className: "page-problem", attrs: { role: "alert" } });
  problem.hidden = true;
  const actions = el("div", { className: "sheet-actions" });
  if (isCoManager()) {
    const cancel = button(rt(booking.siteWide ? "detail.cancelSite" : "detail.cancel"), "danger", () => {
      cancel.replaceWith(confirm);
      confirm.focus();
    }, { id: "cancel-booking" });
    const confirm = button(rt("detail.confirm"), "danger", () => cancelBooking(room, booking, confirm, problem), { id: "confirm-cancel" });
    actions.append(cancel);
  }
  actions.append(button(rt("detail.close"), "secondary", closeSheets, { id: "close-detail" }));
  const panel = el("section", { className: "sheet panel", attrs: { id: "booking-detail", "aria-labelledby": "detail-title" } }, [
    el("h2", { text: booking.title, attrs: { id: "detail-title" } }),
    el("p", { className: "detail-line", text: `${room.name} · ${range(booking)} · ${rt(`kind.${booking.kind}`)}` }),
    el("p", { className: "detail-line", text: rt("detail.holder", { holder: booking.holder }) }),
    el("p", { className: "detail-line", text: `${rt("detail.guests", { count: booking.guests })}${booking.outsideGuests ? ` · ${rt("detail.outside")}` : ""}` }),
    booking.siteWide ? el("p", { className: "detail-line", text: rt("detail.siteWide") }) : null,
    el("p", { className: "detail-line muted", text: rt("detail.bookedBy", { name: booking.bookedByName }) }),
    problem,
    actions,
  ]);
  main.append(panel);
}

function closeSheets() {
  selected = null;
  form = null;
  document.getElementById("booking-detail")?.remove();
  document.getElementById("booking-form")?.remove();
}

async function cancelBooking(room, booking, confirm, problem) {
  confirm.disabled = true;
  const commandId = confirm.dataset.commandId ?? newCommandId();
  confirm.dataset.commandId = commandId; // kept for a retry after a network failure
  const path = booking.siteWide
    ? `/api/sites/${encodeURIComponent(day.site)}/privatisations/${encodeURIComponent(booking.id)}/cancel`
    : `/api/sites/${encodeURIComponent(day.site)}/rooms/${encodeURIComponent(room.id)}/bookings/${encodeURIComponent(booking.id)}/cancel`;
  try {
    const answer = await api(path, { method: "POST", body: { commandId } });
    if (answer.ok) {
      announce(rt("detail.cancelled"));
      if (booking.siteWide) for (const r of day.rooms) r.bookings.delete(booking.id);
      else room.bookings.delete(booking.id);
      selected = null;
      render();
      return;
    }
    problem.textContent = answer.data?.detail ?? rt("form.failed");
    problem.hidden = false;
  } catch {
    problem.textContent = rt("form.network");
    problem.hidden = false;
  }
  confirm.disabled = false;
}

// ——— the booking form ———

function field(id, labelText, input, errorFor) {
  const error = el("span", { className: "field-error", attrs: { id: `${id}-error` } });
  error.dataset.field = errorFor;
  input.id = id;
  input.setAttribute("aria-describedby", `${id}-error`);
  return el("div", { className: "field" }, [el("label", { text: labelText, attrs: { for: id } }), input, error]);
}

function openForm() {
  selected = null;
  document.getElementById("booking-detail")?.remove();
  document.getElementById("booking-form")?.remove();
  const room = el("select", { attrs: { name: "room" } }, day.rooms.map((r) => el("option", { text: `${r.name} (${rt("rooms.capacity", { count: r.capacity })})`, attrs: { value: r.id } })));
  const start = el("input", { attrs: { type: "time", name: "start", value: "10:00", step: "900", required: "" } });
  const end = el("input", { attrs: { type: "time", name: "end", value: "11:00", step: "900", required: "" } });
  const kind = el("select", { attrs: { name: "kind" } }, KINDS.map((k) => el("option", { text: rt(`kind.${k}`), attrs: { value: k } })));
  const title = el("input", { attrs: { type: "text", name: "title", maxlength: "120", required: "", autocomplete: "off" } });
  const holder = el("input", { attrs: { type: "text", name: "holder", maxlength: "100", required: "", autocomplete: "off" } });
  const guests = el("input", { attrs: { type: "number", name: "guests", min: "1", value: "2", inputmode: "numeric", required: "" } });
  const outside = el("input", { attrs: { type: "checkbox", name: "outsideGuests" } });
  outside.id = "form-outside";
  const problem = el("p", { className: "page-problem", attrs: { role: "alert", id: "form-problem" } });
  problem.hidden = true;
  const submit = el("button", { className: "primary", text: rt("form.submit"), attrs: { type: "submit", id: "book-submit" } });
  const body = el("form", { className: "booking-form", attrs: { novalidate: "" } }, [
    field("form-room", rt("form.room"), room, "room"),
    el("div", { className: "field-pair" }, [field("form-start", rt("form.start"), start, "start"), field("form-end", rt("form.end"), end, "end")]),
    field("form-kind", rt("form.kind"), kind, "kind"),
    field("form-title", rt("form.name"), title, "title"),
    field("form-holder", rt("form.holder"), holder, "holder"),
    field("form-guests", rt("form.guests"), guests, "guests"),
    el("div", { className: "field check" }, [outside, el("label", { text: rt("form.outside"), attrs: { for: "form-outside" } })]),
    problem,
    el("div", { className: "sheet-actions" }, [submit, button(rt("form.close"), "secondary", closeSheets, { id: "close-form" })]),
  ]);
  const panel = el("section", { className: "sheet panel", attrs: { id: "booking-form", "aria-labelledby": "form-title-heading" } }, [
    el("h2", { text: rt("form.title"), attrs: { id: "form-title-heading" } }),
    body,
  ]);
  let commandId = newCommandId();
  let sent = null;
  body.addEventListener("submit", async (event) => {
    event.preventDefault();
    const request = {
      commandId,
      start: `${day.date}T${start.value}`,
      end: `${day.date}T${end.value}`,
      kind: kind.value,
      title: title.value,
      holder: holder.value,
      guests: guests.value === "" ? null : Number(guests.value),
      outsideGuests: outside.checked,
    };
    const roomId = room.value;
    // The same id only for the very same request (a retry); a changed request is a new command.
    const key = JSON.stringify({ ...request, roomId });
    if (sent !== null && sent !== key) request.commandId = commandId = newCommandId();
    sent = key;
    submit.disabled = true;
    for (const error of panel.querySelectorAll(".field-error")) error.textContent = "";
    problem.hidden = true;
    try {
      const answer = await api(`/api/sites/${encodeURIComponent(day.site)}/rooms/${encodeURIComponent(roomId)}/bookings`, { method: "POST", body: request });
      if (answer.ok) {
        upsert(roomId, answer.data);
        form = null;
        render();
        announce(`${answer.data.title} · ${range(answer.data)}`);
        return;
      }
      const errors = answer.data?.errors ?? {};
      for (const [name, messages] of Object.entries(errors)) {
        const target = panel.querySelector(`.field-error[data-field="${CSS.escape(name)}"]`);
        if (target) target.textContent = messages.join(" ");
      }
      problem.textContent = answer.data?.detail ?? rt("form.failed");
      problem.hidden = false;
    } catch {
      problem.textContent = rt("form.network");
      problem.hidden = false;
    } finally {
      submit.disabled = false;
    }
  });
  form = { panel };
  main.append(panel);
  title.focus();
}

function announce(text) {
  const announcer = document.getElementById("rooms-announcer");
  if (announcer) announcer.textContent = text;
}

// ——— state ———

function upsert(roomId, booking) {
  const room = day?.rooms.find((r) => r.id === roomId);
  if (!room) return;
  if (booking.status === "live" && touchesDay(booking)) room.bookings.set(booking.id, booking);
  else room.bookings.delete(booking.id);
}

function onEvent(message) {
  if (message?.type !== "room-changed" || !day || message.site !== day.site) return;
  const before = day.rooms.find((r) => r.id === message.room)?.bookings.get(message.booking.id);
  upsert(message.room, message.booking);
  const after = day.rooms.find((r) => r.id === message.room)?.bookings.get(message.booking.id);
  if (before === undefined && after === undefined) return;
  if (form) {
    // Keep the form the person is typing in: redraw the grid only.
    const panel = form.panel;
    render();
    main.append(panel);
  } else render();
}

async function go(date) {
  wantedDate = date;
  const url = new URL(window.location.href);
  if (date) url.searchParams.set("date", date);
  else url.searchParams.delete("date");
  window.history.replaceState(null, "", url.pathname + url.search + url.hash);
  selected = null;
  form = null;
  await loadDay();
}

async function loadDay() {
  if (!session) return;
  clearTimeout(retryTimer);
  const query = wantedDate ? `?date=${encodeURIComponent(wantedDate)}` : "";
  let answer;
  try {
    answer = await api(`/api/sites/${encodeURIComponent(session.site)}/rooms${query}`);
  } catch {
    answer = null;
  }
  if (answer?.status === 401) {
    signedOut();
    return;
  }
  if (!answer?.ok) {
    if (day) {
      const problem = document.getElementById("page-problem");
      problem.textContent = rt("rooms.error");
      problem.hidden = false;
    } else main.replaceChildren(el("p", { className: "page-problem", text: rt("rooms.error"), attrs: { role: "alert" } }));
    retryTimer = setTimeout(loadDay, RETRY_MS);
    return;
  }
  const data = answer.data;
  day = {
    site: data.site, date: data.date, timeZone: data.timeZone, opens: data.opens, closes: data.closes,
    rooms: data.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, bookings: new Map(r.bookings.map((b) => [b.id, b])) })),
  };
  const keepForm = form?.panel;
  render();
  if (keepForm) main.append(keepForm);
  tick();
}

function setLiveStatus(status) {
  liveBox.hidden = false;
  liveBox.dataset.status = status;
  liveText.textContent = t(`live.${status}`);
}

function tick() {
  if (!day) return;
  const now = new Date();
  clockBox.textContent = `${dayText(now, day.timeZone, { short: true })}, ${clockTime(now, day.timeZone)}`;
}

async function openRooms(signedIn) {
  signInPanel = null;
  session = signedIn;
  showSessionBar(sessionBar, session, { onSignedOut: signedOut });
  api(`/api/sites/${encodeURIComponent(session.site)}`).then((answer) => {
    if (answer.ok) siteName.textContent = `${answer.data.name} · `;
  }).catch(() => {});
  live = connectLive({ onEvent, onConnected: loadDay, onStatus: setLiveStatus, onUnauthorized: signedOut });
  // Connect first, then load: what is pushed from then on is applied to a fresh state.
  await live.firstAttempt;
  await loadDay();
  clearInterval(ticker);
  ticker = setInterval(tick, TICK_MS);
}

function signedOut() {
  session = null;
  day = null;
  selected = null;
  form = null;
  clearInterval(ticker);
  clearTimeout(retryTimer);
  live?.stop();
  live = null;
  liveBox.hidden = true;
  siteName.textContent = "";
  clockBox.textContent = "";
  clearSessionBar(sessionBar);
  signInPanel?.close();
  signInPanel = showSignIn(main, { onSignedIn: openRooms });
}

async function start() {
  translatePage();
  const switcher = document.getElementById("lang-switch");
  switcher.href = otherLanguageUrl();
  switcher.lang = lang === "fr" ? "en" : "fr";
  document.title = `${t("nav.rooms")} · ${t("app.name")}`;
  let current;
  try {
    current = await currentSession();
  } catch {
    main.replaceChildren(el("p", { className: "page-problem", text: rt("rooms.error"), attrs: { role: "alert" } }));
    setTimeout(start, RETRY_MS);
    return;
  }
  if (current?.role === "kiosk") main.replaceChildren(el("p", { className: "panel", text: rt("rooms.kiosk") }));
  else if (current) await openRooms(current);
  else signedOut();
}

start();
