// Where a task is, in the page's language: the hub speaks French; the room names are the site's.
import { lang, t } from "./i18n.js";

/** The place's name in the page's language (the hub speaks French; the room names are the site's). */
export function placeName(task) {
  if (lang === "fr") return task.placeName ?? task.place;
  const place = String(task.place ?? "");
  if (place === "entrance") return t("place.entrance");
  const floor = /^floor-(\d+)$/.exec(place);
  if (floor) return floor[1] === "0" ? t("place.ground") : t("place.floor", { floor: floor[1] });
  const desk = /^poste-(\w+)$/.exec(place);
  if (desk) return t("place.desk", { desk: desk[1] });
  return task.placeName ?? place;
}
