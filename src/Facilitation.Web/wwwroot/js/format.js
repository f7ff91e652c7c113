// Times and durations as people say them, with Intl: "12 h 30", "9 h 30", "dans 20 minutes".
import { lang, locale } from "./i18n.js";

const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

/** Decimal hours (85.5) as written on a timesheet, as the API writes them: "85 h 30", "10 h", "45 min". */
export function hoursText(decimalHours) {
  const negative = decimalHours < 0;
  const totalMinutes = Math.round(Math.abs(decimalHours) * 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  let text;
  if (hours === 0 && minutes > 0) text = `${whole.format(minutes)} min`;
  else if (minutes === 0) text = `${whole.format(hours)} h`;
  else text = `${whole.format(hours)} h ${String(minutes).padStart(2, "0")}`;
  return negative ? `−${text}` : text;
}

const clockFormats = new Map();
function clockFormat(timeZone) {
  if (!clockFormats.has(timeZone)) {
    clockFormats.set(timeZone, new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", hourCycle: "h23", timeZone }));
  }
  return clockFormats.get(timeZone);
}

/** A time of day in the site's time zone: "9 h 30", "14 h" in French; "09:30" in English. */
export function clockTime(instant, timeZone) {
  const parts = clockFormat(timeZone).formatToParts(new Date(instant));
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  if (lang === "fr") return minute === "00" ? `${hour} h` : `${hour} h ${minute}`;
  return `${String(hour).padStart(2, "0")}:${minute}`;
}

const dayFormats = new Map();
/**
 * "mercredi 2 décembre" / "Wednesday 2 December" in the site's time zone; short: "mer. 2 déc." /
 * "Wed 2 Dec".
 */
export function dayText(instant, timeZone, { short = false } = {}) {
  const key = `${timeZone}|${short}`;
  if (!dayFormats.has(key)) {
    const width = short ? "short" : "long";
    dayFormats.set(key, new Intl.DateTimeFormat(locale, { weekday: width, day: "numeric", month: width, timeZone }));
  }
  return dayFormats.get(key).format(new Date(instant));
}

/** "2 décembre" / "2 December" for a plain date such as the week's Monday ("2026-11-30"). */
export function dateText(isoDate) {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d)));
}

const isoDateFormats = new Map();
/** The calendar date of an instant in a time zone, as "YYYY-MM-DD" (comparable as text). */
export function localDate(instant, timeZone) {
  if (!isoDateFormats.has(timeZone)) {
    isoDateFormats.set(timeZone, new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }));
  }
  return isoDateFormats.get(timeZone).format(new Date(instant));
}

/** "YYYY-MM-DD" plus a number of days. */
export function addDays(isoDate, days) {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });

/** Whole calendar days from one instant to another in a time zone (0 = the same day). */
export function calendarDaysBetween(from, to, timeZone) {
  return Math.round((Date.parse(`${localDate(to, timeZone)}T00:00:00Z`) - Date.parse(`${localDate(from, timeZone)}T00:00:00Z`)) / 86400000);
}

/** "aujourd'hui", "demain", "hier" / "today", "tomorrow" (Intl.RelativeTimeFormat). */
export function dayWord(days) {
  return relative.format(days, "day");
}

const weekdayFormats = new Map();
/** "vendredi 4" / "Friday 4" in the site's time zone. */
export function weekdayAndDay(instant, timeZone) {
  if (!weekdayFormats.has(timeZone)) {
    weekdayFormats.set(timeZone, new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", timeZone }));
  }
  return weekdayFormats.get(timeZone).format(new Date(instant));
}

/** "dans 20 minutes", "il y a 2 heures", "demain" — from now to an instant. */
export function relativeTime(instant, now, timeZone) {
  const minutes = Math.round((new Date(instant).getTime() - now.getTime()) / 60000);
  const size = Math.abs(minutes);
  // "dans 20 minutes", "dans 1 heure", "dans 90 minutes", "dans 3 heures", "demain".
  if (size < 60 || (size < 120 && size % 60 !== 0)) return relative.format(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 20) return relative.format(hours, "hour");
  return relative.format(calendarDaysBetween(now, instant, timeZone), "day");
}

const ago = new Intl.RelativeTimeFormat(locale, { numeric: "always" });

/**
 * How long ago an instant was, with Intl.RelativeTimeFormat: "il y a 12 minutes", "il y a
 * 2 heures", "il y a 3 jours"; under a minute (or a clock a little behind the server's), justNow.
 */
export function ageText(instant, now, justNow) {
  const minutes = Math.floor((now.getTime() - new Date(instant).getTime()) / 60000);
  if (!(minutes >= 1)) return justNow;
  if (minutes < 60) return ago.format(-minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return ago.format(-hours, "hour");
  return ago.format(-Math.floor(hours / 24), "day");
}
