// "visitor-arrived": the hub tells the host (this device's person) that their visitor is at the
// front desk. Shown as a notice at the top of the page until dismissed, and said to a screen reader.
import { button, el } from "./dom.js";
import { clockTime } from "./format.js";
import { t } from "./i18n.js";

const SHOWN_MS = 5 * 60_000;

let timer = null;

/** Shows the notice for a "visitor-arrived" message; false for any other message. */
export function showVisitor(message, container, timeZone) {
  if (message?.type !== "visitor-arrived" || !message.visitor) return false;
  let notice = document.getElementById("visitor-notice");
  if (!notice) {
    notice = el("div", { className: "visitor-notice", attrs: { id: "visitor-notice", role: "status" } });
    container.prepend(notice);
  }
  const text = t("visitor.arrived", { name: message.visitor.name, time: clockTime(message.visitor.at, timeZone) });
  notice.replaceChildren(
    el("p", { className: "visitor-text", text }),
    button(t("visitor.dismiss"), "visitor-dismiss", () => clearVisitor()),
  );
  notice.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(clearVisitor, SHOWN_MS);
  return true;
}

export function clearVisitor() {
  clearTimeout(timer);
  document.getElementById("visitor-notice")?.remove();
}
