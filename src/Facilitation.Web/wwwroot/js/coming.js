// The dashboard's line of what is coming ("Journée des membres dans 5 jours"), from
// GET /api/sites/{site}/routines/upcoming; the times read with Intl in the page's language.
import { api } from "./api.js";
import { relativeTime } from "./format.js";
import { lang } from "./i18n.js";
import { rt } from "./routines-text.js";

const REFRESH_MS = 10 * 60_000;
let timer = null;

/** Fills the #coming line for the site (hidden when nothing is coming or the call fails). */
export async function loadComing(site) {
  const box = document.getElementById("coming");
  if (!box) return;
  clearTimeout(timer);
  timer = setTimeout(() => loadComing(site), REFRESH_MS);
  const answer = await api(`/api/sites/${encodeURIComponent(site)}/routines/upcoming`).catch(() => null);
  const coming = answer?.ok ? answer.data : [];
  const now = new Date();
  const items = coming.slice(0, 3).map((round) => rt("coming.item", { title: round.title, when: relativeTime(round.start, now, undefined) }));
  box.hidden = items.length === 0;
  box.replaceChildren();
  if (items.length === 0) return;
  const label = document.createElement("strong");
  label.textContent = lang === "fr" ? `${rt("coming.label")} : ` : `${rt("coming.label")}: `;
  box.append(label, items.join(" · "));
}

export function clearComing() {
  clearTimeout(timer);
  const box = document.getElementById("coming");
  if (box) box.hidden = true;
}
