// What one person sees of a week on the tablet: pure functions over the JSON of
// GET /api/sites/{site}/weeks/{week} (see week.js for the events). No DOM here.
import { addDays } from "./format.js";

const at = (instant) => new Date(instant).getTime();
const byStart = (a, b) => at(a.start) - at(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A start may be recorded from 30 minutes before the shift (the ledger's rule). */
export const START_EARLY_MS = 30 * 60_000;

/** The ISO week ("2026-W50") of a plain date ("2026-12-07"). */
export function isoWeekOf(isoDate) {
  const [y, m, d] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000);
  return `${year}-W${String(1 + Math.floor(dayOfYear / 7)).padStart(2, "0")}`;
}

/** The week after the one whose Monday is given. */
export function nextWeekOf(monday) {
  return isoWeekOf(addDays(monday, 7));
}

/** Open (published) shifts not started yet, soonest first: the ones a person may claim. */
export function claimable(week, now) {
  const t = now.getTime();
  return week.shifts.filter((s) => s.status === "published" && at(s.start) > t).sort(byStart);
}

/** The person's claimed or started shifts that are not over, soonest first. */
export function heldBy(week, person, now) {
  const t = now.getTime();
  return week.shifts
    .filter((s) => s.holder === person && (s.status === "started" || (s.status === "claimed" && at(s.end) > t)))
    .sort(byStart);
}

/** The shifts a colleague offered to the person, waiting for a yes or a no. */
export function offeredTo(week, person) {
  return week.shifts.filter((s) => s.offeredTo === person && (s.status === "claimed")).sort(byStart);
}

/** Whether "Commencer" makes sense now: from 30 minutes before the start until the end. */
export function canStart(shift, now) {
  const t = now.getTime();
  return shift.status === "claimed" && t >= at(shift.start) - START_EARLY_MS && t < at(shift.end);
}
