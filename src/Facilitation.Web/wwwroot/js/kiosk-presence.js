// Arrivals and departures at the front-desk kiosk (/accueil): a member checks in (finds their
// name by typing, then a free nomad desk or none), a visitor names their host (a member or someone
// of the team), anyone present checks out. kiosk.js owns the screens and the idle timer; this
// module owns the three flows. Every command gets its id once per attempt and keeps it on
// "Réessayer" while the answer is unknown, so the server applies it once.
import { api, newCommandId } from "./api.js";
import { button, el } from "./dom.js";
import { kt, ktCount } from "./kiosk-text.js";

/** More names than this: the member types a few more letters. */
const MAX_RESULTS = 8;
/** A welcome or a goodbye stays this long, then the kiosk greets the next person. */
const DONE_MS = 8_000;
/** A refusal is read, and maybe discussed with the front desk: it stays longer. */
const REFUSED_MS = 20_000;

/** Folds case and accents: "Hélène" finds "helene", "HEL", "hél". */
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Every typed word starts a word of the name: "je ma" finds Jeanne Martin, "roux" finds Hélène Roux. */
function matches(name, query) {
  const words = fold(name).split(/[\s'’-]+/);
  return fold(query).split(/\s+/).filter(Boolean).every((typed) => words.some((word) => word.startsWith(typed)));
}

function firstName(name) {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** "poste-07" → "Poste 07" (the number painted on the desk); any other id as it is. */
export function deskLabel(id) {
  const match = /^poste-(\w+)$/.exec(id);
  return match ? kt("desk.name", { number: match[1] }) : id;
}

/** Before 13:00 in the site's time zone: a pass may then be used for the morning only. */
function isMorning(timeZone) {
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(new Date()));
  return hour < 13;
}

/**
 * The three flows, drawn with the kiosk's own pieces (ui): site(), timeZone(), staff(),
 * floorName(floor), screen(step, total, heading, lead, children, className), show(section, focus),
 * finish(section, ms), choice(main, sub, className, onClick, attrs, icon), icon(name), nav(back),
 * begin() → a token, isCurrent(token), lost(detail).
 */
export function presenceFlows(ui) {
  const base = () => `/api/sites/${encodeURIComponent(ui.site())}`;

  /** GET, or null when it failed; undefined when the kiosk is not recognised any more (handled). */
  async function load(path) {
    let answer;
    try {
      answer = await api(path);
    } catch {
      return null;
    }
    if (answer.ok) return answer.data;
    if (answer.status === 401 || answer.status === 403) {
      ui.lost(answer.data?.detail);
      return undefined;
    }
    return null;
  }

  function loadFailed(section, text, again) {
    const problem = el("p", { className: "kiosk-problem", text, attrs: { role: "alert" } });
    section.querySelector(".kiosk-finder, .kiosk-desk-area")?.replaceChildren(problem, button(kt("send.retry"), "kiosk-send kiosk-retry", again));
  }

  /**
   * A search box and the names that match as one types, as big buttons. people: {id, name, sub}.
   * Enter picks the name when only one matches.
   */
  function finder(id, label, people, onPick) {
    const input = el("input", {
      className: "kiosk-input kiosk-search",
      attrs: {
        id, type: "search", autocomplete: "off", autocapitalize: "words", spellcheck: "false", enterkeyhint: "search",
        "aria-describedby": `${id}-status`, "aria-controls": `${id}-results`,
      },
    });
    const status = el("p", { className: "kiosk-search-status", text: kt("who.hint"), attrs: { id: `${id}-status`, "aria-live": "polite" } });
    const results = el("div", { className: "kiosk-grid kiosk-people", attrs: { id: `${id}-results` } });
    let found = [];
    const render = () => {
      const query = input.value.trim();
      found = query ? people.filter((p) => matches(p.name, query)) : [];
      results.replaceChildren(...found.slice(0, MAX_RESULTS).map((p) =>
        ui.choice(p.name, p.sub, "kiosk-person", () => onPick(p), { "data-person": p.id })));
      if (!query) status.textContent = kt("who.hint");
      else if (found.length === 0) status.textContent = kt("who.none");
      else status.textContent = [ktCount("who.count", found.length), found.length > MAX_RESULTS ? kt("who.more") : null].filter(Boolean).join(" ");
    };
    input.addEventListener("input", render);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && found.length === 1) {
        event.preventDefault();
        onPick(found[0]);
      }
    });
    const node = el("div", { className: "kiosk-finder" }, [
      el("div", { className: "kiosk-field" }, [el("label", { text: label, attrs: { for: id } }), input]),
      status,
      results,
    ]);
    return { node, input };
  }

  /**
   * Sends a command of the attempt ({path, body, onAccepted, onRefused}); its id was made once. No
   * answer (no network, 5xx): a screen offers "Réessayer", which sends the same id again.
   */
  async function deliver(token, attempt, pressed) {
    if (attempt.sending) return;
    attempt.sending = true;
    const label = pressed?.querySelector(".kiosk-choice-main") ?? pressed;
    const before = label?.textContent;
    if (pressed) pressed.disabled = true;
    if (label && pressed.classList.contains("kiosk-retry")) label.textContent = kt("send.checking");
    let answer;
    try {
      answer = await api(attempt.path, { method: "POST", body: attempt.body });
    } catch {
      answer = null;
    }
    attempt.sending = false;
    if (!ui.isCurrent(token)) return;
    if (pressed) pressed.disabled = false;
    if (label && before !== undefined) label.textContent = before;
    if (answer?.ok) {
      attempt.onAccepted(answer.data);
      return;
    }
    if (answer?.status === 401 || answer?.status === 403) {
      ui.lost(answer.data?.detail);
      return;
    }
    if (answer && answer.status >= 400 && answer.status < 500) {
      attempt.onRefused(answer.data?.detail);
      return;
    }
    offline(token, attempt);
  }

  function offline(token, attempt) {
    const retry = button(kt("send.retry"), "kiosk-send kiosk-retry", () => deliver(token, attempt, retry));
    const cancel = button(kt("send.cancel"), "secondary kiosk-cancel-send", () => ui.home());
    const section = ui.screen(null, null, attempt.heading, null, [
      el("p", { className: "kiosk-problem", text: kt("send.network"), attrs: { id: "kiosk-problem", role: "alert" } }),
      el("div", { className: "kiosk-retry-actions" }, [retry, cancel]),
    ], "kiosk-offline");
    attempt.tries = (attempt.tries ?? 0) + 1;
    section.dataset.tries = String(attempt.tries);
    ui.show(section, retry);
  }

  function done(heading, lines, ms, className, role) {
    const section = ui.screen(null, null, heading, null, [
      ...lines.filter(Boolean).map((line) => el("p", { className: "kiosk-lead", text: line })),
      button(kt("done.home"), "kiosk-again kiosk-home-again", () => ui.home()),
    ], `kiosk-done ${className}`);
    if (role === "status") section.prepend(ui.icon("done"));
    section.setAttribute("role", role);
    ui.finish(section, ms);
  }

  function refused(name, detail) {
    done(kt("refused.heading", { name: firstName(name) }), [detail ?? kt("refused.generic")], REFUSED_MS, "kiosk-refused", "alert");
  }

  // ——— a member arrives ———

  async function checkIn() {
    const token = ui.begin();
    const holder = el("div", { className: "kiosk-finder" }, [el("p", { className: "kiosk-search-status", text: kt("who.loading") })]);
    const section = ui.screen(1, 2, kt("who.heading"), kt("who.lead"), [holder, ui.nav(null)], "kiosk-who kiosk-checkin");
    ui.show(section);
    const members = await load(`${base()}/members`);
    if (!ui.isCurrent(token) || members === undefined) return;
    if (!Array.isArray(members)) {
      loadFailed(section, kt("who.error"), checkIn);
      return;
    }
    const people = members.map((m) => ({ id: m.id, name: m.name, sub: kt(`plan.${m.plan}`), member: m }));
    const { node, input } = finder("kiosk-who", kt("who.label"), people, (p) => chooseDesk(token, p.member));
    holder.replaceWith(node);
    input.focus();
  }

  async function chooseDesk(token, member) {
    const holder = el("div", { className: "kiosk-desk-area" }, [el("p", { className: "kiosk-search-status", text: kt("who.loading") })]);
    const heading = kt("desk.heading", { name: firstName(member.name) });
    const section = ui.screen(2, 2, heading, kt("desk.lead"), [holder, ui.nav(checkIn)], "kiosk-desks kiosk-checkin");
    ui.show(section);
    const board = await load(`${base()}/desks`);
    if (!ui.isCurrent(token) || board === undefined) return;
    if (!board?.desks) {
      loadFailed(section, kt("desk.error"), () => chooseDesk(token, member));
      return;
    }
    const send = (desk, morningOnly, pressed) => {
      const body = { commandId: newCommandId(), member: member.id };
      if (desk) body.desk = desk;
      if (morningOnly) body.morningOnly = true;
      deliver(token, {
        path: `${base()}/checkins`, body, heading,
        onAccepted: (answer) => welcome(member, answer),
        onRefused: (detail) => refused(member.name, detail),
      }, pressed);
    };

    // A resident sits at their own desk: nothing to choose.
    if (member.plan === "resident") {
      send(board.desks.find((d) => d.assignee === member.id)?.id ?? null, false, null);
      return;
    }

    let morningOnly = false;
    const top = [];
    if (member.plan === "pass" && isMorning(ui.timeZone())) {
      const morning = ui.choice(kt("desk.morning"), kt("desk.morning.sub"), "kiosk-morning", () => {
        morningOnly = !morningOnly;
        morning.setAttribute("aria-pressed", String(morningOnly));
      }, { "aria-pressed": "false" });
      top.push(morning);
    }
    const none = ui.choice(kt("desk.none"), kt("desk.none.sub"), "kiosk-no-desk", () => send(null, morningOnly, none), { "data-desk": "" });
    top.push(none);

    const free = board.desks.filter((d) => d.kind === "nomad" && !d.occupant);
    const floors = [...new Set(free.map((d) => d.floor))].sort((a, b) => a - b).map((floor) => {
      const desks = free.filter((d) => d.floor === floor);
      const titleId = `kiosk-floor-${floor}`;
      return el("section", { className: "kiosk-floor", attrs: { "aria-labelledby": titleId, "data-floor": String(floor) } }, [
        el("h3", { attrs: { id: titleId } }, [
          el("span", { text: ui.floorName(floor) }),
          el("span", { className: "kiosk-floor-free", text: ktCount("desk.free", desks.length) }),
        ]),
        el("div", { className: "kiosk-grid kiosk-desk-grid" }, desks.map((d) => {
          const pick = ui.choice(deskLabel(d.id), null, "kiosk-desk", () => send(d.id, morningOnly, pick), { "data-desk": d.id });
          return pick;
        })),
      ]);
    });
    holder.replaceChildren(
      el("div", { className: "kiosk-grid kiosk-desk-top" }, top),
      ...(floors.length ? floors : [el("p", { className: "kiosk-search-status", text: kt("desk.nothingFree") })]));
  }

  function welcome(member, answer) {
    const lines = [answer?.desk ? `${deskLabel(answer.desk)}.` : kt("welcome.noDesk")];
    if (member.plan === "pass" && typeof answer?.unitsLeft === "number") {
      const days = Math.floor(answer.unitsLeft / 3);
      const halfDays = Math.floor(answer.unitsLeft / 2);
      lines.push(days > 0 ? ktCount("welcome.days", days) : halfDays > 0 ? kt("welcome.halfDay") : kt("welcome.passDone"));
    }
    done(kt("welcome.heading", { name: firstName(member.name) }), lines, DONE_MS, "kiosk-welcome", "status");
  }

  // ——— a visitor arrives ———

  function visitor(name = "") {
    const token = ui.begin();
    const input = el("input", { className: "kiosk-input", attrs: { id: "kiosk-visitor-name", type: "text", maxlength: "80", autocomplete: "off", autocapitalize: "words", "aria-required": "true" } });
    input.value = name;
    const error = el("p", { className: "field-error", attrs: { id: "kiosk-visitor-name-error" } });
    error.hidden = true;
    input.addEventListener("input", () => {
      error.hidden = true;
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    });
    const next = el("button", { className: "kiosk-send", text: kt("visitor.next"), attrs: { type: "submit" } });
    const form = el("form", { className: "kiosk-form", attrs: { novalidate: "" } }, [
      el("div", { className: "kiosk-field" }, [el("label", { text: kt("visitor.name"), attrs: { for: input.id } }), input, error]),
      next,
    ]);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const typed = input.value.trim();
      if (!typed) {
        error.textContent = kt("visitor.name.required");
        error.hidden = false;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", error.id);
        input.focus();
        return;
      }
      chooseHost(token, typed);
    });
    ui.show(ui.screen(1, 2, kt("visitor.heading"), kt("visitor.lead"), [form, ui.nav(null)], "kiosk-visitor"), input);
  }

  async function chooseHost(token, visitorName) {
    const holder = el("div", { className: "kiosk-finder" }, [el("p", { className: "kiosk-search-status", text: kt("who.loading") })]);
    const heading = kt("host.heading", { name: firstName(visitorName) });
    const section = ui.screen(2, 2, heading, kt("host.lead"), [holder, ui.nav(() => visitor(visitorName))], "kiosk-host kiosk-visitor");
    ui.show(section);
    const members = await load(`${base()}/members`);
    if (!ui.isCurrent(token) || members === undefined) return;
    if (!Array.isArray(members)) {
      loadFailed(section, kt("who.error"), () => chooseHost(token, visitorName));
      return;
    }
    // The team first, from the site's public summary (names and ids only), then the members.
    const people = [
      ...ui.staff().map((s) => ({ id: s.person, name: s.name, sub: kt("host.staff") })),
      ...members.map((m) => ({ id: m.id, name: m.name, sub: kt("host.member") })),
    ];
    const { node, input } = finder("kiosk-host", kt("host.label"), people, (host) => {
      const pressed = document.querySelector(`.kiosk-person[data-person="${CSS.escape(host.id)}"]`);
      deliver(token, {
        path: `${base()}/visitors`, body: { commandId: newCommandId(), name: visitorName, host: host.id }, heading,
        onAccepted: () => done(kt("visitor.done.heading"), [kt("visitor.done.lead", { host: host.name })], DONE_MS, "kiosk-visitor-done", "status"),
        onRefused: (detail) => refused(visitorName, detail),
      }, pressed);
    });
    holder.replaceWith(node);
    input.focus();
  }

  // ——— someone leaves ———

  async function checkOut() {
    const token = ui.begin();
    const holder = el("div", { className: "kiosk-finder" }, [el("p", { className: "kiosk-search-status", text: kt("who.loading") })]);
    const heading = kt("leave.heading");
    const section = ui.screen(null, null, heading, kt("leave.lead"), [holder, ui.nav(null)], "kiosk-leave");
    ui.show(section);
    const today = await load(`${base()}/presence`);
    if (!ui.isCurrent(token) || today === undefined) return;
    if (!today?.members) {
      loadFailed(section, kt("who.error"), checkOut);
      return;
    }
    const people = [
      ...today.members.map((m) => ({ id: m.member, name: m.name, sub: m.desk ? deskLabel(m.desk) : kt("plan.none"), member: m.member })),
      ...today.visitors.map((v) => ({ id: `visitor-${v.id}`, name: v.name, sub: kt("leave.visitor", { host: v.hostName }), visitor: v.id })),
    ];
    const { node, input } = finder("kiosk-leaver", kt("who.label"), people, (p) => {
      const pressed = document.querySelector(`.kiosk-person[data-person="${CSS.escape(p.id)}"]`);
      deliver(token, {
        path: p.member ? `${base()}/checkouts` : `${base()}/visitors/${encodeURIComponent(p.visitor)}/checkout`,
        body: p.member ? { commandId: newCommandId(), member: p.member } : { commandId: newCommandId() },
        heading,
        onAccepted: () => done(kt("leave.done.heading", { name: firstName(p.name) }), [kt("leave.done.lead")], DONE_MS, "kiosk-bye", "status"),
        onRefused: (detail) => refused(p.name, detail),
      }, pressed);
    });
    holder.replaceWith(node);
    if (people.length === 0) node.querySelector(".kiosk-search-status").textContent = kt("leave.nobody");
    input.focus();
  }

  return { checkIn, visitor, checkOut };
}
