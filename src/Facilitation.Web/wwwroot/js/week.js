// The week as the dashboard holds it: pure functions over the JSON of
// GET /api/sites/{site}/weeks/{week} and the hub's staffEvent messages. No DOM here.
import { addDays, localDate } from "./format.js";

const HELD = new Set(["claimed", "started"]);

const at = (instant) => new Date(instant).getTime();
const byStart = (a, b) => at(a.start) - at(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Who is on shift now: claimed or started shifts with start ≤ now < end. */
export function onShiftNow(week, now) {
  const t = now.getTime();
  return week.shifts.filter((s) => HELD.has(s.status) && at(s.start) <= t && t < at(s.end)).sort(byStart);
}

/** The next held shifts, later today or tomorrow (in the site's time zone), soonest first. */
export function nextShifts(week, now) {
  const t = now.getTime();
  const today = localDate(now, week.timeZone);
  const tomorrow = addDays(today, 1);
  return week.shifts
    .filter((s) => HELD.has(s.status) && at(s.start) > t && [today, tomorrow].includes(localDate(s.start, week.timeZone)))
    .sort(byStart);
}

/** The week's open (published) shifts that are not over yet, soonest first. */
export function openShifts(week, now) {
  const t = now.getTime();
  return week.shifts.filter((s) => s.status === "published" && at(s.end) > t).sort(byStart);
}

/**
 * The week with a shift from a "shift-changed" message put in place (replaced by id, or added).
 * An older version of a shift than the one held is ignored; so is a shift of another week.
 */
export function withShift(week, shift) {
  if (shift.week && shift.week !== week.week) return week;
  const index = week.shifts.findIndex((s) => s.id === shift.id);
  if (index >= 0 && typeof shift.version === "number" && shift.version < week.shifts[index].version) return week;
  const shifts = index >= 0 ? week.shifts.map((s, i) => (i === index ? shift : s)) : [...week.shifts, shift];
  return { ...week, shifts: shifts.sort(byStart) };
}

const TOTALS = ["budgetHours", "publishedHours", "claimedHours", "workedHours", "committedHours", "leftHours"];

/** The week with the totals of a "week-changed" message (ignored for another week). */
export function withTotals(week, message, lang) {
  if (message.week && message.week !== week.week) return week;
  const next = { ...week };
  for (const key of TOTALS) if (typeof message[key] === "number") next[key] = message[key];
  const text = lang === "en" ? message.leftTextEn ?? null : message.leftText;
  next.leftText = text ?? null;
  return next;
}

/** Applies one staffEvent message; returns the week unchanged when it is not about this week. */
export function applyEvent(week, message, lang) {
  if (!message || (message.site && message.site !== week.site)) return week;
  if (message.type === "shift-changed" && message.shift) return withShift(week, message.shift);
  if (message.type === "week-changed") return withTotals(week, message, lang);
  return week;
}

/** Whether the site's current date is past the shown week (its Monday + 7 days). */
export function isPast(week, now) {
  return localDate(now, week.timeZone) >= addDays(week.monday, 7);
}

/**
 * Whether somebody is on shift now as the task board counts it (requests are routed by it): the
 * holder of a started shift, or of a claimed one whose planned time covers now.
 */
export function somebodyOnShift(week, now) {
  const t = now.getTime();
  return week.shifts.some((s) => (s.holder ?? s.holderName)
    && (s.status === "started" || (s.status === "claimed" && at(s.start) <= t && t < at(s.end))));
}
