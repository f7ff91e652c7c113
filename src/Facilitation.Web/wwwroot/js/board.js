// The co-managers' hours board as data: pure functions over the week
// (GET /api/sites/{site}/weeks/{week}) and its fairness (GET …/fairness). No DOM here.
import { addDays, localDate } from "./format.js";

export const ROLES = ["welcome", "community", "logistics", "cleaning"];

const LIVE = new Set(["published", "claimed", "started", "ended"]);

/** The seven days of the week as "YYYY-MM-DD", Monday first. */
export function daysOf(week) {
  return Array.from({ length: 7 }, (_, i) => addDays(week.monday, i));
}

/** The week's shifts by role and day ({role: {day: [shift]}}), cancelled and no-show ones left out, soonest first. */
export function grid(week) {
  const cells = Object.fromEntries(ROLES.map((role) => [role, Object.fromEntries(daysOf(week).map((d) => [d, []]))]));
  for (const shift of week.shifts) {
    if (!LIVE.has(shift.status) || !cells[shift.role]) continue;
    const day = localDate(shift.start, week.timeZone);
    cells[shift.role][day]?.push(shift);
  }
  for (const role of ROLES) for (const day of Object.keys(cells[role])) cells[role][day].sort((a, b) => new Date(a.start) - new Date(b.start));
  return cells;
}

/** The people to offer an open shift to first (ids), from the fairness answer. */
export function offerOrder(fairness, shiftId) {
  return fairness?.offers?.find((o) => o.shift === shiftId)?.order ?? [];
}

/** The ISO week ("2026-W49") of a date written "YYYY-MM-DD". */
export function isoWeekOf(isoDate) {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - day + 3); // the Thursday of that week
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((date - firstThursday) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The ISO week <weeks> weeks after (or, negative, before) the shown week. */
export function shiftedWeek(week, weeks) {
  return isoWeekOf(addDays(week.monday, 7 * weeks));
}

/** "2026-11" for the month of the week's Thursday (the month the week mostly belongs to). */
export function monthOf(week) {
  return addDays(week.monday, 3).slice(0, 7);
}

/** A local wall-clock time for the API ("2026-12-01T09:00") from a day and "09:00". */
export function localMoment(day, time) {
  return `${day}T${time}`;
}
