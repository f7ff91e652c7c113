// Signing out a shared tablet after a while without a touch. The deadline is read from Date.now()
// on every tick, so a tablet that slept (or a test that moves the browser's clock) signs out as
// soon as it wakes up, not two minutes later.

const TICK_MS = 1000;
const TOUCHES = ["pointerdown", "keydown", "wheel", "touchstart"];

/**
 * Watches for touches on the document. onTick(secondsLeft) is called each second with the seconds
 * left once they are at most warnSeconds (null before that); onExpired() once when the time is up.
 * Returns { touch, stop, lastTouch }: touch() counts as a touch ("Rester connecté·e").
 */
export function watchInactivity({ idleMs, warnSeconds, onTick, onExpired, onTouch }) {
  let last = Date.now();
  let stopped = false;
  let warned = null;

  const touch = () => {
    if (stopped) return;
    last = Date.now();
    onTouch?.(last);
    if (warned !== null) {
      warned = null;
      onTick(null);
    }
  };

  const tick = () => {
    if (stopped) return;
    const left = Math.ceil((last + idleMs - Date.now()) / 1000);
    if (left <= 0) {
      stop();
      onExpired();
      return;
    }
    const shown = left <= warnSeconds ? left : null;
    if (shown !== warned) {
      warned = shown;
      onTick(shown);
    }
  };

  for (const name of TOUCHES) document.addEventListener(name, touch, { capture: true, passive: true });
  // A tablet that comes back from sleep checks at once.
  document.addEventListener("visibilitychange", tick);
  const timer = setInterval(tick, TICK_MS);

  function stop() {
    stopped = true;
    clearInterval(timer);
    for (const name of TOUCHES) document.removeEventListener(name, touch, { capture: true });
    document.removeEventListener("visibilitychange", tick);
  }

  return { touch, stop, lastTouch: () => last };
}
