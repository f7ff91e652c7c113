// The shared sign-in panel: the site, then your name in a grid of big buttons, then a 4-digit PIN
// on an on-screen keypad. And the session bar: who is signed in, and "Se déconnecter".
import { api } from "./api.js";
import { button, el as element } from "./dom.js";
import { t } from "./i18n.js";

const SITE_KEY = "facilitation.site";
const PIN_LENGTH = 4;

function rememberedSite() {
  try {
    return window.localStorage.getItem(SITE_KEY);
  } catch {
    return null;
  }
}

function rememberSite(site) {
  try {
    window.localStorage.setItem(SITE_KEY, site);
  } catch {
    // Nothing to keep it in: the site is asked again next time.
  }
}

/**
 * Shows the sign-in panel in container (replacing its content). Calls onSignedIn(session) once
 * POST /api/session accepted the PIN; session is {site, person, name, role}.
 */
export function showSignIn(container, { onSignedIn }) {
  const title = element("h2", { text: t("signin.title"), attrs: { id: "signin-title" } });
  const step = element("p", { className: "signin-step", attrs: { id: "signin-step" } });
  const body = element("div", { className: "signin-body" });
  const problem = element("p", { className: "signin-problem", attrs: { role: "alert", id: "signin-problem" } });
  const panel = element("section", { className: "signin panel", attrs: { "aria-labelledby": "signin-title", id: "signin" } }, [title, step, problem, body]);
  container.replaceChildren(panel);

  let sites = [];
  let keyHandler = null;

  const setProblem = (text) => {
    problem.textContent = text ?? "";
    problem.hidden = !text;
  };

  const stopKeys = () => {
    if (keyHandler) document.removeEventListener("keydown", keyHandler);
    keyHandler = null;
  };

  function chooseSite() {
    stopKeys();
    step.textContent = t("signin.site");
    const grid = element("div", { className: "choice-grid" });
    for (const site of sites) grid.append(button(site.name, "choice", () => { rememberSite(site.id); choosePerson(site); }));
    body.replaceChildren(grid);
  }

  function choosePerson(site) {
    stopKeys();
    step.textContent = t("signin.person");
    const grid = element("div", { className: "choice-grid names" });
    for (const member of site.staff) {
      const choice = element("button", { className: "choice name", attrs: { type: "button" } }, [
        element("span", { className: "choice-main", text: member.name }),
        element("span", { className: "choice-sub", text: t(`staff.${member.role}`) }),
      ]);
      choice.addEventListener("click", () => typePin(site, member));
      grid.append(choice);
    }
    const actions = element("div", { className: "signin-actions" });
    if (sites.length > 1) actions.append(button(`${t("signin.changeSite")} (${site.name})`, "secondary", () => { setProblem(""); chooseSite(); }));
    body.replaceChildren(grid, actions);
  }

  function typePin(site, member) {
    setProblem("");
    step.textContent = t("signin.pin");
    let pin = "";
    let sending = false;

    const who = element("p", { className: "pin-for", text: t("signin.pinFor", { name: member.name }), attrs: { id: "pin-for" } });
    const dots = element("div", { className: "pin-dots", attrs: { "aria-hidden": "true" } });
    const progress = element("p", { className: "visually-hidden", attrs: { "aria-live": "polite", id: "pin-progress" } });
    const keypad = element("div", { className: "keypad", attrs: { role: "group", "aria-label": t("signin.keypad") } });

    const draw = () => {
      dots.replaceChildren(...Array.from({ length: PIN_LENGTH }, (_, i) => element("span", { className: i < pin.length ? "dot filled" : "dot" })));
      progress.textContent = t("signin.pinProgress", { count: pin.length });
      for (const key of keypad.querySelectorAll("button")) key.disabled = sending;
    };

    const submit = async () => {
      sending = true;
      step.textContent = t("signin.sending");
      draw();
      let answer;
      try {
        answer = await api("/api/session", { method: "POST", body: { site: site.id, person: member.person, pin } });
      } catch {
        answer = null;
      }
      if (answer?.ok) {
        stopKeys();
        onSignedIn(answer.data);
        return;
      }
      sending = false;
      pin = "";
      step.textContent = t("signin.pin");
      setProblem(answer?.data?.detail ?? t("signin.failed"));
      draw();
      keypad.querySelector("button")?.focus();
    };

    const press = (digit) => {
      if (sending || pin.length >= PIN_LENGTH) return;
      setProblem("");
      pin += digit;
      draw();
      if (pin.length === PIN_LENGTH) submit();
    };
    const erase = () => {
      if (sending) return;
      pin = pin.slice(0, -1);
      draw();
    };

    for (const digit of ["1", "2", "3", "4", "5", "6", "7", "8", "9"]) keypad.append(button(digit, "key", () => press(digit)));
    keypad.append(button(t("signin.back"), "key key-word", () => { setProblem(""); choosePerson(site); }));
    keypad.append(button("0", "key", () => press("0")));
    keypad.append(button(t("signin.erase"), "key key-word", erase));

    stopKeys();
    keyHandler = (event) => {
      if (/^[0-9]$/.test(event.key)) press(event.key);
      else if (event.key === "Backspace") erase();
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", keyHandler);

    body.replaceChildren(who, dots, progress, keypad);
    draw();
  }

  (async () => {
    setProblem("");
    step.textContent = t("dashboard.loading");
    let answer;
    try {
      answer = await api("/api/sites");
    } catch {
      answer = null;
    }
    if (!answer?.ok) {
      step.textContent = "";
      setProblem(answer?.data?.detail ?? t("signin.failed"));
      return;
    }
    sites = answer.data;
    if (sites.length === 0) {
      step.textContent = t("signin.noSites");
      return;
    }
    const remembered = sites.find((s) => s.id === rememberedSite());
    if (remembered) choosePerson(remembered);
    else if (sites.length === 1) choosePerson(sites[0]);
    else chooseSite();
  })();

  return { close: stopKeys };
}

/**
 * Shows who is signed in and a "Se déconnecter" button in container; onSignedOut runs once the
 * session is closed (DELETE /api/session).
 */
export function showSessionBar(container, session, { onSignedOut }) {
  const who = element("span", { className: "session-name", text: t("session.signedIn", { name: session.name }) });
  const out = button(t("session.signOut"), "secondary sign-out", async () => {
    out.disabled = true;
    try {
      await api("/api/session", { method: "DELETE" });
    } finally {
      out.disabled = false;
    }
    onSignedOut();
  });
  container.replaceChildren(who, out);
}

/** Empties the session bar (nobody signed in). */
export function clearSessionBar(container) {
  container.replaceChildren();
}
