// The task board as the dashboard holds it: pure functions over the JSON of
// GET /api/sites/{site}/tasks and the hub's "task-changed" / "task-notice" messages. No DOM here.

/** The statuses of a task still waiting for someone: open, escalated (late), claimed. */
const WAITING = new Set(["open", "escalated", "claimed"]);
const CLOSED = new Set(["done", "cancelled"]);

const at = (instant) => new Date(instant).getTime();
const version = (task) => (typeof task.version === "number" ? task.version : -1);

/** Pages read at most in one load: 50 pages of the API's 20 tasks. */
const MAX_PAGES = 50;

/**
 * Every waiting task: GET /api/sites/{site}/tasks answers a page of them, the most pressing
 * first, with the cursor of the next page ("next"); the pages are read in turn and given back as
 * one answer {ok, status, data: {nobodyOnShift, onShift, tasks, total}}, or the first failed one.
 * call is the page's api function.
 */
export async function readWaitingTasks(call, path) {
  const first = await call(path);
  if (!first?.ok) return first;
  const data = { ...first.data, tasks: [...(first.data?.tasks ?? [])] };
  for (let page = 1; data.next && page < MAX_PAGES; page += 1) {
    const more = await call(`${path}?after=${encodeURIComponent(data.next)}`);
    if (!more?.ok) return more;
    data.tasks.push(...(more.data?.tasks ?? []));
    data.next = more.data?.next ?? null;
  }
  return { ...first, data };
}

/**
 * A board from the API's answer {nobodyOnShift, onShift, tasks}; closed keeps the versions of the
 * tasks known to be done or cancelled, so that an older push arriving late does not bring one back.
 */
export function boardFrom(data, closed = new Map()) {
  const tasks = new Map();
  for (const task of data?.tasks ?? []) if (WAITING.has(task.status) && !isStale(closed, task)) tasks.set(task.id, task);
  return { nobodyOnShift: Boolean(data?.nobodyOnShift), onShift: data?.onShift ?? [], tasks, closed };
}

function isStale(closed, task) {
  return closed.has(task.id) && version(task) <= closed.get(task.id);
}

/**
 * The board with one task put in place: added or replaced by id, dropped once done or cancelled.
 * An older version than the one held (or than the one that closed it) changes nothing.
 * Returns { board, changed }.
 */
export function withTask(board, task) {
  if (!task?.id) return { board, changed: false };
  const held = board.tasks.get(task.id);
  if (held && version(task) < version(held)) return { board, changed: false };
  if (isStale(board.closed, task)) return { board, changed: false };
  const tasks = new Map(board.tasks);
  const closed = board.closed;
  if (CLOSED.has(task.status) || !WAITING.has(task.status)) {
    closed.set(task.id, Math.max(version(task), closed.get(task.id) ?? -1));
    if (!tasks.delete(task.id)) return { board, changed: false };
  } else {
    tasks.set(task.id, task);
  }
  return { board: { ...board, tasks }, changed: true };
}

/** Applies one staffEvent message about tasks (another site's, or another type, changes nothing). */
export function applyTaskEvent(board, message, site) {
  if (!message || (message.site && message.site !== site)) return { board, changed: false };
  if ((message.type === "task-changed" || message.type === "task-notice") && message.task) return withTask(board, message.task);
  return { board, changed: false };
}

/** Nobody is on it yet: open or escalated. */
export function isWaiting(task) {
  return task.status === "open" || task.status === "escalated";
}

/** Late: still waiting and escalated, or past the time it had to be taken on by. */
export function isLate(task, now) {
  return isWaiting(task) && (task.status === "escalated" || task.late === true || at(task.dueAt) <= now.getTime());
}

/** The waiting tasks, the first due first (then the oldest, then by id: a stable order). */
export function sortedTasks(board) {
  return [...board.tasks.values()].sort((a, b) =>
    at(a.dueAt) - at(b.dueAt) || at(a.raisedAt) - at(b.raisedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
