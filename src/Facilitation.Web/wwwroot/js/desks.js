// Desk occupancy on the dashboard: per floor, the nomad desks taken and free (and the residents
// in), and the building's count against its capacity. Loaded from GET /api/sites/{site}/desks,
// then updated by the hub's "presence-changed" messages; reloaded after a reconnection.
import { api } from "./api.js";
import { el } from "./dom.js";
import { lang, t } from "./i18n.js";

const RETRY_MS = 5_000;
// Desks free themselves at closing time with no message: read them again now and then.
const REFRESH_MS = 5 * 60_000;

let site = null;
let retryTimer = null;
let refreshTimer = null;
let state = null; // { count, capacity, floors: [{ floor, nomadDesks, nomadTaken, residentDesks, residentTaken }] }
let loading = false;
let heardWhileLoading = false;

const number = (n) => new Intl.NumberFormat(lang).format(n);

/** The panel, empty until loadDesks() fills it. */
export function desksPanel() {
  const heading = el("h2", { text: t("desks.heading"), attrs: { id: "desks-title" } });
  const problem = el("p", { className: "page-problem", attrs: { id: "desks-problem", role: "alert" } });
  problem.hidden = true;
  return el("section", { className: "panel desks", attrs: { id: "desks", "aria-labelledby": "desks-title" } }, [
    heading,
    problem,
    el("div", { className: "building", attrs: { id: "building" } }),
    el("ul", { className: "floor-list", attrs: { id: "floor-list" } }, [el("li", { className: "empty", text: t("desks.loading") })]),
  ]);
}

function floorName(floor) {
  if (floor === 0) return t("desks.ground");
  return lang === "fr" ? `${floor}${floor === 1 ? "er" : "e"} étage` : t("desks.floor", { floor });
}

function meter(taken, total, label, className) {
  const share = total > 0 ? Math.min(100, (taken / total) * 100) : 0;
  return el("div", { className: `meter ${className}`, attrs: { role: "img", "aria-label": label } }, [
    el("span", { className: "meter-fill", attrs: { style: `width: ${share}%` } }),
  ]);
}

function render() {
  const building = document.getElementById("building");
  const list = document.getElementById("floor-list");
  if (!building || !list || !state) return;

  const full = state.count >= state.capacity;
  const countText = t("desks.count", { count: number(state.count), capacity: number(state.capacity) });
  building.replaceChildren(
    el("p", { className: `building-count${full ? " full" : ""}`, attrs: { id: "building-count", "data-count": String(state.count) } }, [
      el("strong", { text: number(state.count) }),
      document.createTextNode(` / ${number(state.capacity)} `),
      el("span", { text: t("desks.people") }),
    ]),
    meter(state.count, state.capacity, countText, full ? "full" : ""),
  );

  const floors = state.floors.filter((f) => f.nomadDesks + f.residentDesks > 0);
  if (floors.length === 0) {
    list.replaceChildren(el("li", { className: "empty", text: t("desks.none") }));
    return;
  }
  list.replaceChildren(...floors.map((f) => {
    const free = f.nomadDesks - f.nomadTaken;
    const nomadText = t("desks.nomadFree", { free: number(free), total: number(f.nomadDesks) });
    return el("li", { className: "floor", attrs: { "data-floor": String(f.floor), "data-nomad-taken": String(f.nomadTaken) } }, [
      el("span", { className: "floor-name", text: floorName(f.floor) }),
      f.nomadDesks > 0
        ? el("span", { className: "floor-nomad" }, [
          el("strong", { className: "floor-free", text: nomadText }),
          meter(f.nomadTaken, f.nomadDesks, t("desks.nomadTaken", { taken: number(f.nomadTaken), total: number(f.nomadDesks) }), ""),
        ])
        : el("span", { className: "floor-nomad muted", text: t("desks.noNomad") }),
      f.residentDesks > 0
        ? el("span", { className: "floor-resident", text: t("desks.residentsIn", { taken: number(f.residentTaken), total: number(f.residentDesks) }) })
        : null,
    ]);
  }));
}

function showProblem(text) {
  const box = document.getElementById("desks-problem");
  if (!box) return;
  box.textContent = text ?? "";
  box.hidden = !text;
}

/** Loads the desks of a site (again): at the start, and after every reconnection. */
export async function loadDesks(siteId) {
  site = siteId;
  clearInterval(refreshTimer);
  refreshTimer = setInterval(() => { if (site === siteId) loadDesks(siteId); }, REFRESH_MS);
  if (loading) {
    heardWhileLoading = true;
    return;
  }
  loading = true;
  try {
    for (let pass = 0; pass < 3; pass += 1) {
      heardWhileLoading = false;
      let answer = null;
      try {
        answer = await api(`/api/sites/${encodeURIComponent(siteId)}/desks`);
      } catch {
        answer = null;
      }
      if (site !== siteId) return;
      if (!answer?.ok) {
        showProblem(answer?.data?.detail ?? t("desks.error"));
        clearTimeout(retryTimer);
        if (answer?.status !== 401) retryTimer = setTimeout(() => { if (site === siteId) loadDesks(siteId); }, RETRY_MS);
        return;
      }
      state = { count: answer.data.count, capacity: answer.data.capacity, floors: answer.data.floors };
      showProblem(null);
      render();
      // A push heard while loading may or may not be in the answer: load again.
      if (!heardWhileLoading) break;
    }
  } finally {
    loading = false;
  }
}

/** A "presence-changed" message from the hub: it carries the counts as they now are. */
export function applyPresence(message) {
  if (message?.type !== "presence-changed" || message.site !== site) return false;
  if (loading) {
    heardWhileLoading = true;
    return true;
  }
  state = { count: message.count, capacity: message.capacity, floors: message.floors };
  render();
  return true;
}

export function clearDesks() {
  clearTimeout(retryTimer);
  clearInterval(refreshTimer);
  site = null;
  state = null;
}
