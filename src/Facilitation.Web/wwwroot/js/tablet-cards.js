// The cards of the tablet: a shift to claim, one of mine, one offered to me, a task. Built from
// the data and a context (what is waiting to be sent, what fits me, who my colleagues are, and
// what a tap does); text from the API goes through textContent (dom.js).
import { button, el } from "./dom.js";
import { clockTime, dayText, hoursText, relativeTime } from "./format.js";
import { roleName, t } from "./i18n.js";
import { canStart } from "./my-shifts.js";
import { placeName } from "./task-place.js";
import { isLate, isWaiting } from "./tasks.js";

/** A start within this time reads "dans 20 minutes", "dans 3 heures". */
const SOON_MS = 20 * 3_600_000;

const safeId = (id) => String(id).replace(/[^A-Za-z0-9_-]/g, "_");

/** "mardi 9 mars, 9 h – 13 h" in the site's time zone. */
export function when(shift, timeZone) {
  return `${dayText(shift.start, timeZone)}, ${t("shift.range", { start: clockTime(shift.start, timeZone), end: clockTime(shift.end, timeZone) })}`;
}

function roleBadge(role) {
  return el("span", { className: `role role-${/^[a-z-]+$/.test(role) ? role : "other"}`, text: roleName(role) });
}

/**
 * The card builders over a context: zone(), pendingFor(kind, id), fitOf(shiftId), isFirst(shiftId),
 * picking() (the shift whose colleague picker is open), colleagues(), and the taps: onShift(shift,
 * action, labelKey, body, vars), onTask(task, action, labelKey), onPick(shiftId | null, pickerId).
 */
export function tabletCards(ctx) {
  function actionButton(text, className, onClick, describedBy, pending) {
    const node = button(pending ? t("tablet.pending") : text, `act ${className}`, onClick, describedBy ? { "aria-describedby": describedBy } : undefined);
    node.disabled = Boolean(pending);
    return node;
  }

  function card(shift, { id, lines, actions, extraClass = "", below = null }) {
    const pending = ctx.pendingFor("shift", shift.id);
    return el("li", {
      className: `card ${extraClass}`.trim(),
      attrs: { id, "data-shift-id": shift.id, "data-status": shift.status, "data-pending": pending ? "true" : "false" },
    }, [
      el("div", { className: "card-body" }, [
        el("p", { className: "card-when", text: when(shift, ctx.zone()), attrs: { id: `${id}-when` } }),
        el("p", { className: "card-meta" }, [
          roleBadge(shift.role),
          el("span", { className: "card-hours", text: hoursText(shift.hours) }),
          ...lines.meta ?? [],
        ]),
        ...lines.more ?? [],
      ]),
      el("div", { className: "card-actions" }, actions),
      below,
    ]);
  }

  function soonText(shift, now) {
    const start = new Date(shift.start).getTime();
    return start - now.getTime() < SOON_MS && start > now.getTime() ? relativeTime(shift.start, now, ctx.zone()) : null;
  }

  function openCard(shift, now) {
    const id = `open-${safeId(shift.id)}`;
    const fit = ctx.fitOf(shift.id);
    const pending = ctx.pendingFor("shift", shift.id);
    const meta = [];
    const soon = soonText(shift, now);
    if (soon) meta.push(el("span", { className: "card-soon", text: soon }));
    if (ctx.isFirst(shift.id)) meta.push(el("span", { className: "priority", text: t("tablet.priority") }));
    const more = [];
    if (fit && !fit.fits) more.push(el("p", { className: "fit-no", text: fit.reason ?? t("tablet.fit.no"), attrs: { id: `${id}-fit` } }));
    else if (fit) more.push(el("p", { className: "fit-ok", text: t("tablet.fit.ok", { after: hoursText(fit.personHoursAfter), contract: hoursText(fit.contractHours) }), attrs: { id: `${id}-fit` } }));
    const claim = actionButton(t("tablet.open.claim"), "act-claim", () => ctx.onShift(shift, "claim", "tablet.do.claim"), `${id}-when${fit ? ` ${id}-fit` : ""}`, pending);
    if (fit && !fit.fits) claim.disabled = true;
    return card(shift, {
      id,
      lines: { meta, more },
      actions: [claim],
      extraClass: fit ? (fit.fits ? "fits" : "does-not-fit") : "",
    });
  }

  function myCard(shift, now) {
    const id = `mine-${safeId(shift.id)}`;
    const pending = ctx.pendingFor("shift", shift.id);
    const meta = [];
    const more = [];
    const actions = [];
    const soon = soonText(shift, now);
    if (soon) meta.push(el("span", { className: "card-soon", text: soon }));
    if (shift.status === "started") {
      more.push(el("p", { className: "card-state", text: t("tablet.mine.started", { time: clockTime(shift.startedAt ?? shift.start, ctx.zone()) }) }));
      actions.push(actionButton(t("tablet.mine.end"), "act-end", () => ctx.onShift(shift, "end", "tablet.do.end"), `${id}-when`, pending));
    } else if (shift.offeredTo) {
      more.push(el("p", { className: "card-state", text: t("tablet.mine.offeredTo", { name: shift.offeredToName ?? shift.offeredTo }) }));
      actions.push(actionButton(t("tablet.mine.takeBack"), "act-secondary", () => ctx.onShift(shift, "handover/decline", "tablet.do.takeBack"), `${id}-when`, pending));
    } else {
      if (new Date(shift.start) <= now) more.push(el("p", { className: "card-state", text: t("tablet.mine.now", { time: clockTime(shift.end, ctx.zone()) }) }));
      if (canStart(shift, now)) actions.push(actionButton(t("tablet.mine.start"), "act-start", () => ctx.onShift(shift, "start", "tablet.do.start"), `${id}-when`, pending));
      if (!pending) {
        const open = ctx.picking() === shift.id;
        actions.push(button(t("tablet.mine.handover"), "act act-secondary", () => ctx.onPick(open ? null : shift.id, `${id}-picker`), {
          "aria-describedby": `${id}-when`, "aria-expanded": String(open), "aria-controls": `${id}-picker`,
        }));
        actions.push(actionButton(t("tablet.mine.release"), "act-secondary act-release", () => ctx.onShift(shift, "release", "tablet.do.release"), `${id}-when`, pending));
      } else {
        actions.push(actionButton("", "", () => {}, null, pending));
      }
    }
    const below = ctx.picking() === shift.id && !pending && shift.status === "claimed" && !shift.offeredTo ? colleaguePicker(shift, `${id}-picker`) : null;
    return card(shift, { id, lines: { meta, more }, actions, below, extraClass: shift.status === "started" ? "started" : "" });
  }

  function colleaguePicker(shift, id) {
    const names = ctx.colleagues().map((member) =>
      button(member.name, "colleague", () => {
        ctx.onPick(null);
        ctx.onShift(shift, "handover", "tablet.do.handover", { person: member.person }, { name: member.name });
      }));
    return el("div", { className: "picker", attrs: { id, role: "group", "aria-label": t("tablet.handover.choose") } }, [
      el("p", { className: "picker-title", text: t("tablet.handover.choose") }),
      el("div", { className: "picker-names" }, names),
      button(t("tablet.handover.cancel"), "act act-secondary", () => ctx.onPick(null)),
    ]);
  }

  function offerCard(shift, now) {
    const id = `offer-${safeId(shift.id)}`;
    const pending = ctx.pendingFor("shift", shift.id);
    const more = [el("p", { className: "card-state", text: t("tablet.offers.from", { name: shift.holderName ?? shift.holder ?? "" }) })];
    return card(shift, {
      id,
      lines: { meta: [], more },
      actions: pending
        ? [actionButton("", "", () => {}, null, pending)]
        : [
          actionButton(t("tablet.offers.accept"), "act-accept", () => ctx.onShift(shift, "handover/accept", "tablet.do.accept"), `${id}-when`),
          actionButton(t("tablet.offers.decline"), "act-secondary", () => ctx.onShift(shift, "handover/decline", "tablet.do.decline"), `${id}-when`),
        ],
      extraClass: "offer",
    });
  }

  function taskItem(task, now) {
    const id = `task-${safeId(task.id)}`;
    const late = isLate(task, now);
    const pending = ctx.pendingFor("task", task.id);
    const waiting = isWaiting(task);
    const action = waiting
      ? actionButton(t("tasks.claim"), "task-action task-claim", () => ctx.onTask(task, "claim", "tablet.do.taskClaim"), `${id}-title`, pending)
      : actionButton(t("tasks.complete"), "task-action task-complete", () => ctx.onTask(task, "complete", "tablet.do.taskComplete"), `${id}-title`, pending);
    return el("li", {
      className: `task${late ? " late" : ""}`,
      attrs: { id, "data-task-id": task.id, "data-status": task.status, "data-pending": pending ? "true" : "false", "aria-labelledby": `${id}-title` },
    }, [
      el("div", { className: "task-body" }, [
        el("div", { className: "task-head" }, [
          el("span", { className: `role role-${["welcome", "logistics", "cleaning"].includes(task.kind) ? task.kind : "other"} task-kind`, text: t(`kind.${task.kind}`) }),
          late ? el("strong", { className: "late-mark", text: t("tasks.late") }) : null,
        ]),
        el("p", { className: "task-title", text: task.title, attrs: { id: `${id}-title` } }),
        el("p", { className: "task-meta" }, [el("span", { className: "task-place", text: placeName(task) })]),
      ]),
      action,
    ]);
  }

  return { openCard, myCard, offerCard, taskItem };
}
