// The front-desk kiosk (/accueil): its first screen offers three big choices — a member arrives
// (kiosk-presence.js), a visitor arrives, or someone needs something — and a discreet "Je pars".
// A request takes three taps — what, where, send — and the team is told at once. A device becomes the kiosk once a co-manager has signed in on it
// and pressed "Installer la borne d'accueil ici" (POST /api/session/kiosk).
import { api, currentSession, newCommandId } from "./api.js";
import { button, el } from "./dom.js";
import { lang, otherLanguageUrl, t, translatePage } from "./i18n.js";
import { presenceFlows } from "./kiosk-presence.js";
import { kt } from "./kiosk-text.js";
import { showSignIn } from "./signin.js";

const CATEGORIES = ["printer", "supplies", "cleaning", "room-problem", "visitor-arrived", "other"];
/** The confirmation stays this long, then the kiosk is ready for the next member. */
const DONE_MS = 8_000;
/** A request left half-way (the member walked off) is dropped after this long without a touch. */
const IDLE_MS = 90_000;
const RETRY_MS = 5_000;

const main = document.getElementById("main");
const siteName = document.getElementById("site-name");

let kiosk = null; // the kiosk's session: {site, role: "kiosk"}
let places = [];
let staff = []; // the team of the site (public summary): a visitor's host may be one of them
let timeZone = "Europe/Paris";
let away = false; // true from the first tap on the home screen until the kiosk is back there
let generation = 0; // a flow's token: a flow left behind draws nothing more
let draft = null; // {category, place, text, name, commandId}
let idleTimer = null;
let doneTimer = null;
let retryTimer = null;

// ——— icons (static SVG, drawn here: no emoji font is needed on the tablet) ———

const ICONS = {
  printer: ["M14 18V7h20v11", "M10 18h28a3 3 0 0 1 3 3v12H7V21a3 3 0 0 1 3-3z", "M14 28h20v13H14z", "M18 33h12M18 37h8"],
  supplies: ["M8 16l16-8 16 8v18l-16 8-16-8z", "M8 16l16 8 16-8", "M24 24v18"],
  cleaning: ["M30 5L20 25", "M12 25h16l4 17H8z", "M14 42l1-9M20 42v-9M26 42l-1-9"],
  "room-problem": ["M12 42V7h20v35", "M6 42h36", "M27 25h1", "M38 12v14", "M38 32v1"],
  "visitor-arrived": ["M24 22a8 8 0 1 0 0-16 8 8 0 0 0 0 16z", "M9 42c0-9 7-14 15-14s15 5 15 14"],
  arrive: ["M20 22a8 8 0 1 0 0-16 8 8 0 0 0 0 16z", "M5 42c0-9 7-14 15-14 4 0 7 1 9 3", "M29 36l5 5 10-11"],
  leave: ["M20 8H9v32h11", "M18 24h24", "M34 16l8 8-8 8"],
  other: ["M8 10h32v22H22l-9 8v-8H8z", "M17 21h1M24 21h1M31 21h1"],
  done: ["M10 25l9 9 19-20"],
};

function icon(name) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 48 48");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.setAttribute("class", "kiosk-icon");
  for (const d of ICONS[name] ?? []) {
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

// ——— helpers ———

/**
 * A big choice: a main word, and a smaller line under it. Both make its accessible name (what is
 * seen is what a voice or a screen reader names: "Imprimante Papier, bourrage, encre").
 */
function choice(main, sub, className, onClick, attrs = {}, iconName = null) {
  const node = el("button", { className: `kiosk-choice ${className}`, attrs: { type: "button", ...attrs } }, [
    iconName ? icon(iconName) : null,
    el("span", { className: "kiosk-choice-main", text: main }),
    sub ? el("span", { className: "kiosk-choice-sub", text: sub }) : null,
  ]);
  node.addEventListener("click", onClick);
  return node;
}

function screen(step, headingText, leadText, children, extraClass = "", total = 3) {
  const heading = el("h2", { text: headingText, attrs: { id: "kiosk-heading", tabindex: "-1" } });
  const attrs = { "aria-labelledby": "kiosk-heading" };
  if (step) attrs["data-step"] = String(step);
  return el("section", { className: `kiosk ${extraClass}`.trim(), attrs }, [
    step ? el("p", { className: "kiosk-step", text: kt("kiosk.stepOf", { step, total }) }) : null,
    heading,
    leadText ? el("p", { className: "kiosk-lead", text: leadText }) : null,
    ...children,
  ]);
}

function show(section, focus) {
  clearTimeout(doneTimer);
  main.replaceChildren(section);
  (focus ?? section.querySelector("#kiosk-heading"))?.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function categoryName(category) {
  return t(`kiosk.category.${category}`);
}

function placeName(id) {
  return places.find((p) => p.id === id)?.name ?? id;
}

function summary() {
  const item = (label, value) => el("div", { className: "kiosk-summary-item" }, [el("dt", { text: label }), el("dd", { text: value })]);
  return el("dl", { className: "kiosk-summary" }, [
    draft?.category ? item(t("kiosk.summary.category"), categoryName(draft.category)) : null,
    draft?.place ? item(t("kiosk.summary.place"), placeName(draft.place)) : null,
  ]);
}

function nav(back) {
  return el("div", { className: "kiosk-nav" }, [
    back ? button(t("kiosk.back"), "secondary kiosk-back", back) : null,
    button(t("kiosk.restart"), "secondary kiosk-restart", () => askHome()),
  ]);
}

/** Drops a step left half-way (the person walked off): after IDLE_MS without a touch, back to the start. */
function watchIdle() {
  clearTimeout(idleTimer);
  if (draft || away) idleTimer = setTimeout(() => askHome(), IDLE_MS);
}

for (const type of ["pointerdown", "keydown", "input"]) document.addEventListener(type, () => watchIdle(), { passive: true });

// ——— the first screen ———

const flows = presenceFlows({
  site: () => kiosk.site,
  timeZone: () => timeZone,
  staff: () => staff,
  floorName: (floor) => places.find((p) => p.id === `floor-${floor}`)?.name ?? kt("desk.floor", { floor }),
  screen: (step, total, heading, lead, children, className) => screen(step, heading, lead, children, className, total),
  show,
  finish: (section, ms) => {
    show(section);
    away = false;
    clearTimeout(idleTimer);
    doneTimer = setTimeout(() => askHome(), ms);
  },
  choice,
  icon,
  nav,
  begin: () => {
    draft = null;
    away = true;
    watchIdle();
    return ++generation;
  },
  isCurrent: (token) => token === generation && kiosk !== null,
  lost: (detail) => kioskLost(detail),
  home: () => askHome(),
});

/** Who comes, and why: a member arriving, a visitor, a request; and, discreet, "Je pars". */
function askHome() {
  draft = null;
  away = false;
  generation++;
  clearTimeout(idleTimer);
  const grid = el("div", { className: "kiosk-grid kiosk-homes" }, [
    choice(kt("home.arrive"), kt("home.arrive.sub"), "kiosk-home-choice home-arrive", () => flows.checkIn(), { "data-choice": "arrive" }, "arrive"),
    choice(kt("home.visitor"), kt("home.visitor.sub"), "kiosk-home-choice home-visitor", () => flows.visitor(), { "data-choice": "visitor" }, "visitor-arrived"),
    choice(kt("home.request"), kt("home.request.sub"), "kiosk-home-choice home-request", () => {
      away = true;
      watchIdle();
      askCategory();
    }, { "data-choice": "request" }, "other"),
  ]);
  const leave = el("div", { className: "kiosk-leave-row" }, [
    button(kt("home.leave"), "secondary kiosk-leave-button", () => flows.checkOut(), { "data-choice": "leave" }),
  ]);
  leave.querySelector("button").prepend(icon("leave"));
  show(screen(0, kt("home.heading"), kt("home.lead"), [grid, leave], "kiosk-home"));
}

// ——— the three steps of a request ———

/** Step 1: what is needed. Starts a new request, with its own command id. */
function askCategory() {
  draft = null;
  const grid = el("div", { className: "kiosk-grid kiosk-categories" },
    CATEGORIES.map((category) => choice(categoryName(category), t(`kiosk.category.${category}.sub`), `kiosk-category category-${category}`,
      () => {
        draft = { category, place: null, text: "", name: "", commandId: newCommandId() };
        watchIdle();
        askPlace();
      }, { "data-category": category }, category)));
  show(screen(1, t("kiosk.category.heading"), t("kiosk.category.lead"), [grid, nav(null)]));
}

/** Step 2: where. */
function askPlace() {
  const grid = el("div", { className: "kiosk-grid kiosk-places" },
    places.map((place) => choice(place.name, place.floorName ?? null, `kiosk-place place-${place.kind}`, () => {
      draft.place = place.id;
      askDetails();
    }, { "data-place": place.id })));
  show(screen(2, t("kiosk.place.heading"), t("kiosk.place.lead"), [summary(), grid, nav(askCategory)]));
}

/** Step 3: a few words (required for "Autre"), a name (required for a visitor), then "Envoyer". */
function askDetails() {
  const needsText = draft.category === "other";
  const needsName = draft.category === "visitor-arrived";

  const field = (id, labelText, required, control) => {
    control.id = `kiosk-${id}`;
    control.className = "kiosk-input";
    if (required) control.setAttribute("aria-required", "true");
    const error = el("p", { className: "field-error", attrs: { id: `kiosk-${id}-error` } });
    error.hidden = true;
    return el("div", { className: `kiosk-field field-${id}` }, [
      el("label", { text: labelText, attrs: { for: control.id } }),
      control,
      error,
    ]);
  };

  const text = el("textarea", { attrs: { rows: "2", maxlength: "500", autocomplete: "off", spellcheck: "true" } });
  text.value = draft.text;
  text.addEventListener("input", () => { draft.text = text.value; clearFieldError("text"); });
  const name = el("input", { attrs: { type: "text", maxlength: "100", autocomplete: "off", autocapitalize: "words" } });
  name.value = draft.name;
  name.addEventListener("input", () => { draft.name = name.value; clearFieldError("name"); });

  const textField = field("text", needsText ? t("kiosk.text.required") : t("kiosk.text.optional"), needsText, text);
  const nameField = field("name", needsName ? t("kiosk.name.visitor") : t("kiosk.name.optional"), needsName, name);
  const problem = el("p", { className: "kiosk-problem", attrs: { id: "kiosk-problem", role: "alert" } });
  problem.hidden = true;
  const send = el("button", { className: "kiosk-send", text: t("kiosk.send"), attrs: { type: "submit" } });

  // The required field first: for a visitor, the name; otherwise what is needed.
  const form = el("form", { className: "kiosk-form", attrs: { novalidate: "" } }, [
    ...(needsName ? [nameField, textField] : [textField, nameField]),
    problem,
    send,
  ]);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit(send);
  });

  const section = screen(3, t("kiosk.send.heading"), null, [summary(), form, nav(askPlace)]);
  show(section, needsText ? text : needsName ? name : null);
}

function clearFieldError(field) {
  const control = document.getElementById(`kiosk-${field}`);
  const error = document.getElementById(`kiosk-${field}-error`);
  if (!control || !error) return;
  error.hidden = true;
  error.textContent = "";
  control.removeAttribute("aria-invalid");
  control.removeAttribute("aria-describedby");
}

function showFieldErrors(errors) {
  const others = [];
  let first = null;
  for (const [field, messages] of Object.entries(errors ?? {})) {
    const text = (Array.isArray(messages) ? messages : [messages]).join(" ");
    const control = document.getElementById(`kiosk-${field}`);
    const error = document.getElementById(`kiosk-${field}-error`);
    if (control && error) {
      error.textContent = text;
      error.hidden = false;
      control.setAttribute("aria-invalid", "true");
      control.setAttribute("aria-describedby", error.id);
      first ??= control;
    } else {
      others.push(text);
    }
  }
  return { first, others };
}

function showProblem(text) {
  const box = document.getElementById("kiosk-problem");
  if (!box) return;
  box.textContent = text ?? "";
  box.hidden = !text;
}

/**
 * Sends the request. The command id was made when the request began and is sent again as long as
 * the answer is unknown (no network, or a 5xx): the board makes at most one task of it. A clear
 * refusal (4xx) is final for that id, so the next try gets a new one.
 */
async function submit(send) {
  if (!draft || send.disabled) return;
  const sent = draft;
  for (const field of ["text", "name"]) clearFieldError(field);
  showProblem(null);
  send.disabled = true;
  send.textContent = t("kiosk.sending");

  const body = { commandId: sent.commandId, category: sent.category, place: sent.place };
  if (sent.text.trim()) body.text = sent.text.trim();
  if (sent.name.trim()) body.name = sent.name.trim();
  let answer;
  try {
    answer = await api(`/api/sites/${encodeURIComponent(kiosk.site)}/requests`, { method: "POST", body });
  } catch {
    answer = null;
  }
  if (draft !== sent) return; // the member started over meanwhile
  send.disabled = false;
  send.textContent = t("kiosk.send");

  if (answer?.ok) {
    confirmSent(sent);
    return;
  }
  if (answer?.status === 401 || answer?.status === 403) {
    kioskLost(answer?.data?.detail);
    return;
  }
  if (answer && answer.status >= 400 && answer.status < 500) sent.commandId = newCommandId();
  if (answer?.status === 400 && answer.data?.errors) {
    const { first, others } = showFieldErrors(answer.data.errors);
    showProblem([answer.data.detail, ...others].filter(Boolean).join(" ") || t("kiosk.failed"));
    first?.focus();
    return;
  }
  showProblem(answer ? answer.data?.detail ?? t("kiosk.failed") : t("kiosk.network"));
}

function confirmSent(sent) {
  draft = null;
  clearTimeout(idleTimer);
  const section = screen(0, t("kiosk.done.heading"), `${categoryName(sent.category)} · ${placeName(sent.place)}`, [
    button(t("kiosk.done.again"), "kiosk-again", () => askCategory()),
  ], "kiosk-done");
  section.prepend(icon("done"));
  section.setAttribute("role", "status");
  show(section);
  away = false;
  doneTimer = setTimeout(() => askHome(), DONE_MS);
}

// ——— becoming the kiosk ———

/** The kiosk's session is gone (expired, or refused): a co-manager must set it up again. */
function kioskLost(detail) {
  kiosk = null;
  draft = null;
  away = false;
  generation++;
  clearTimeout(idleTimer);
  clearTimeout(doneTimer);
  showSetup(null, detail ? `${t("kiosk.lost")} ${detail}` : t("kiosk.lost"));
}

/**
 * This device is not the kiosk: say that a co-manager must set it up, offer the sign-in panel,
 * then "Installer la borne d'accueil ici" to a co-manager.
 */
function showSetup(session, problemText = null) {
  const problem = el("p", { className: "kiosk-problem", attrs: { id: "setup-problem", role: "alert" } });
  const setProblem = (text) => {
    problem.textContent = text ?? "";
    problem.hidden = !text;
  };
  setProblem(problemText);
  const intro = el("section", { className: "panel kiosk-setup", attrs: { "aria-labelledby": "setup-title", id: "kiosk-setup" } }, [
    el("h2", { text: t("kiosk.setup.heading"), attrs: { id: "setup-title" } }),
    el("p", { className: "kiosk-setup-explain", text: t("kiosk.setup.explain") }),
    problem,
  ]);
  const below = el("div", { className: "kiosk-setup-body" });
  main.replaceChildren(intro, below);

  if (!session) {
    showSignIn(below, {
      onSignedIn: async (signedIn) => {
        if (signedIn.role === "co-manager") {
          showSetup(signedIn);
          return;
        }
        // Nobody else may leave a session open on a device at the entrance.
        await api("/api/session", { method: "DELETE" }).catch(() => null);
        showSetup(null, t("kiosk.setup.coManagerOnly"));
      },
    });
    return;
  }

  if (session.role !== "co-manager") {
    // Someone of the staff is signed in here, but only a co-manager may set the kiosk up.
    const out = button(t("session.signOut"), "secondary kiosk-cancel", async () => {
      out.disabled = true;
      await api("/api/session", { method: "DELETE" }).catch(() => null);
      showSetup(null);
    });
    setProblem(`${t("kiosk.setup.notCoManager", { name: session.name })}`);
    below.replaceChildren(el("div", { className: "panel kiosk-install-panel" }, [el("div", { className: "kiosk-install-actions" }, [out])]));
    return;
  }

  let siteLabel = session.site;
  const as = el("p", { className: "kiosk-setup-as", text: t("kiosk.setup.as", { name: session.name, site: siteLabel }) });
  api(`/api/sites/${encodeURIComponent(session.site)}`).then((answer) => {
    if (!answer.ok) return;
    siteLabel = answer.data.name;
    as.textContent = t("kiosk.setup.as", { name: session.name, site: siteLabel });
  }).catch(() => {});

  const install = button(t("kiosk.setup.install"), "kiosk-install", async () => {
    install.disabled = true;
    setProblem(null);
    let answer;
    try {
      answer = await api("/api/session/kiosk", { method: "POST" });
    } catch {
      answer = null;
    }
    install.disabled = false;
    if (!answer?.ok) {
      setProblem(answer?.data?.detail ?? t("kiosk.setup.failed"));
      return;
    }
    await start();
  });
  const cancel = button(t("kiosk.setup.cancel"), "secondary kiosk-cancel", async () => {
    cancel.disabled = true;
    await api("/api/session", { method: "DELETE" }).catch(() => null);
    showSetup(null);
  });
  below.replaceChildren(el("div", { className: "panel kiosk-install-panel" }, [as, el("div", { className: "kiosk-install-actions" }, [install, cancel])]));
  install.focus();
}

// ——— start ———

async function openKiosk(session) {
  kiosk = session;
  const site = encodeURIComponent(session.site);
  let placesAnswer;
  let siteAnswer;
  try {
    [placesAnswer, siteAnswer] = await Promise.all([api(`/accueil/places/${site}`), api(`/api/sites/${site}`)]);
  } catch {
    placesAnswer = null;
  }
  if (!placesAnswer?.ok || !Array.isArray(placesAnswer.data)) {
    main.replaceChildren(el("p", { className: "page-problem", text: placesAnswer?.data?.detail ?? t("kiosk.places.error"), attrs: { role: "alert" } }));
    retryTimer = setTimeout(() => openKiosk(session), RETRY_MS);
    return;
  }
  places = placesAnswer.data;
  if (siteAnswer?.ok) {
    staff = Array.isArray(siteAnswer.data.staff) ? siteAnswer.data.staff : [];
    timeZone = siteAnswer.data.timeZone ?? timeZone;
    siteName.textContent = `${siteAnswer.data.name} · `;
    document.title = `${siteAnswer.data.name} · ${t("kiosk.title")}`;
  }
  askHome();
}

async function start() {
  clearTimeout(retryTimer);
  let current;
  try {
    current = await currentSession();
  } catch {
    main.replaceChildren(el("p", { className: "page-problem", text: t("kiosk.error"), attrs: { role: "alert" } }));
    retryTimer = setTimeout(start, RETRY_MS);
    return;
  }
  if (current?.role === "kiosk") await openKiosk(current);
  else showSetup(current);
}

translatePage();
document.title = `${t("kiosk.title")} · ${t("app.name")}`;
const switcher = document.getElementById("lang-switch");
switcher.href = otherLanguageUrl();
switcher.lang = lang === "fr" ? "en" : "fr";
start();
