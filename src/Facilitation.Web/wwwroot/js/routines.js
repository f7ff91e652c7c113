// The routines page (/routines), for co-managers: each routine of the site with its rule, its
// lead time and whether it is on, and the site's closures. Loads GET /api/sites/{site}/routines;
// saving sends PUT …/routines/{id}, which reschedules at once on the server.
import { api, currentSession } from "./api.js";
import { button, el } from "./dom.js";
import { dateText } from "./format.js";
import { lang, locale, otherLanguageUrl, t, translatePage } from "./i18n.js";
import { rt } from "./routines-text.js";
import { clearSessionBar, showSessionBar, showSignIn } from "./signin.js";

const RETRY_MS = 5_000;
const main = document.getElementById("main");
const sessionBar = document.getElementById("session");
const siteName = document.getElementById("site-name");
let session = null;
let signInPanel = null;
let timeZone = "Europe/Paris";

const when = (instant) => new Intl.DateTimeFormat(locale, {
  weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone,
}).format(new Date(instant));

/** The problem's field messages, or its detail. */
function problemText(answer) {
  const errors = answer?.data?.errors;
  if (errors) return Object.entries(errors).map(([field, messages]) => `${field} : ${messages.join(" ")}`).join(" ");
  return answer?.data?.detail ?? rt("routines.failed");
}

function routineCard(routine) {
  const id = `r-${routine.id}`;
  const rule = el("input", { attrs: { type: "text", id: `${id}-rule`, value: routine.rule, autocomplete: "off", spellcheck: "false", "aria-describedby": "rule-help" } });
  const lead = el("input", { attrs: { type: "number", id: `${id}-lead`, value: String(routine.leadHours), min: "0", step: "0.25", inputmode: "decimal" } });
  const enabled = el("input", { attrs: { type: "checkbox", id: `${id}-on` } });
  enabled.checked = routine.enabled;
  const outcome = el("p", { className: "outcome", attrs: { role: "status" } });
  const next = el("p", { className: "next", text: routine.next ? rt("routines.next", { when: when(routine.next.start) }) : rt("routines.none") });

  async function save(event) {
    event.preventDefault();
    const body = { ...routine, rule: rule.value.trim(), leadHours: Number(lead.value), enabled: enabled.checked };
    delete body.whenMissed; delete body.next; delete body.nextFire;
    outcome.classList.remove("bad");
    const answer = await api(`/api/sites/${encodeURIComponent(session.site)}/routines/${encodeURIComponent(routine.id)}`, { method: "PUT", body }).catch(() => null);
    if (!answer) { outcome.classList.add("bad"); outcome.textContent = rt("routines.network"); return; }
    if (!answer.ok) { outcome.classList.add("bad"); outcome.textContent = problemText(answer); return; }
    Object.assign(routine, answer.data);
    next.textContent = routine.next ? rt("routines.next", { when: when(routine.next.start) }) : rt("routines.none");
    outcome.textContent = rt("routines.saved", { when: routine.nextFire ? when(routine.nextFire) : rt("routines.none") });
  }

  return el("li", { className: "panel routine" }, [
    el("h3", { text: routine.title }),
    rt(`kind.${routine.kind}`) === routine.title ? null : el("p", { className: "kind", text: rt(`kind.${routine.kind}`) }),
    next,
    el("form", { attrs: { novalidate: "" } }, [
      el("label", { attrs: { for: `${id}-rule` } }, [rt("routines.rule"), rule]),
      el("label", { attrs: { for: `${id}-lead` } }, [rt("routines.lead.hours"), lead]),
      el("label", { className: "check", attrs: { for: `${id}-on` } }, [enabled, rt("routines.enabled")]),
      button(rt("routines.save"), "primary", save, { type: "submit" }),
      outcome,
    ]),
    el("p", { className: "missed", text: rt(`routines.missed.${routine.whenMissed}`) }),
  ]);
}

function closuresPanel(data, reload) {
  const day = el("input", { attrs: { type: "date", id: "closure-day", required: "" } });
  const outcome = el("p", { className: "outcome", attrs: { role: "status" } });
  async function send(method, path, body) {
    const answer = await api(path, { method, body }).catch(() => null);
    if (answer?.ok) { await reload(); return; }
    outcome.classList.add("bad");
    outcome.textContent = answer ? problemText(answer) : rt("routines.network");
  }
  const site = encodeURIComponent(session.site);
  const list = data.closures.length === 0
    ? el("p", { text: rt("routines.noClosure") })
    : el("ul", {}, data.closures.map((d) => el("li", {}, [
      el("span", { text: dateText(d) }),
      button("×", "secondary", () => send("DELETE", `/api/sites/${site}/closures?day=${d}`), { "aria-label": rt("routines.removeClosure", { day: dateText(d) }) }),
    ])));
  return el("section", { className: "panel closures", attrs: { "aria-labelledby": "closures-title" } }, [
    el("h2", { text: rt("routines.closures"), attrs: { id: "closures-title" } }),
    el("p", { className: "lead", text: rt("routines.closuresLead", { source: data.holidays }) }),
    list,
    el("form", {}, [
      el("label", { attrs: { for: "closure-day" } }, [rt("routines.closureDay"), day]),
      button(rt("routines.addClosure"), "primary", (event) => { event.preventDefault(); if (day.value) send("POST", `/api/sites/${site}/closures`, { day: day.value }); }, { type: "submit" }),
    ]),
    outcome,
  ]);
}

async function load() {
  const answer = await api(`/api/sites/${encodeURIComponent(session.site)}/routines`).catch(() => null);
  if (answer?.status === 401) { signedOut(); return; }
  if (answer?.status === 403) { main.replaceChildren(el("p", { className: "panel", text: rt("routines.coManagersOnly") })); return; }
  if (!answer?.ok) {
    main.replaceChildren(el("p", { className: "page-problem", text: rt("routines.error"), attrs: { role: "alert" } }));
    setTimeout(load, RETRY_MS);
    return;
  }
  main.replaceChildren(
    el("p", { className: "lead", text: rt("routines.lead") }),
    el("p", { className: "lead", text: `${rt("routines.rule")} : ${rt("routines.ruleHelp")}`, attrs: { id: "rule-help" } }),
    el("ul", { className: "routine-list", attrs: { "aria-label": rt("routines.title") } }, answer.data.routines.map(routineCard)),
    closuresPanel(answer.data, load),
  );
}

async function open(signedIn) {
  signInPanel = null;
  session = signedIn;
  showSessionBar(sessionBar, session, { onSignedOut: signedOut });
  const summary = await api(`/api/sites/${encodeURIComponent(session.site)}`).catch(() => null);
  if (summary?.ok) {
    siteName.textContent = `${summary.data.name} · `;
    timeZone = summary.data.timeZone;
  }
  await load();
}

function signedOut() {
  session = null;
  siteName.textContent = "";
  clearSessionBar(sessionBar);
  signInPanel?.close();
  signInPanel = showSignIn(main, { onSignedIn: open });
}

async function start() {
  translatePage();
  const switcher = document.getElementById("lang-switch");
  switcher.href = otherLanguageUrl();
  switcher.lang = lang === "fr" ? "en" : "fr";
  document.getElementById("page-title").textContent = rt("routines.title");
  document.title = `${rt("routines.title")} · ${t("app.name")}`;
  let current;
  try {
    current = await currentSession();
  } catch {
    main.replaceChildren(el("p", { className: "page-problem", text: rt("routines.error"), attrs: { role: "alert" } }));
    setTimeout(start, RETRY_MS);
    return;
  }
  if (current) await open(current);
  else signedOut();
}

start();
