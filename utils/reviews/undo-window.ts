/** How long a deleted review can be put back. */
export const UNDO_MS = 8000;

export interface UndoWindow {
  /** Stops the clock, e.g. while the member is on the undo button or pointing at it. */
  pause(): void;
  /** Runs the clock again with the time that was left. */
  resume(): void;
  /** Ends the window without expiring (undone, or gone from the page). */
  cancel(): void;
}

/**
 * A countdown that can be paused (WCAG 2.2.1: a member who reached the undo control is not
 * timed out while on it). No DOM; `onExpire` runs once, unless cancelled first.
 */
export function createUndoWindow(onExpire: () => void, ms = UNDO_MS, now = Date.now): UndoWindow {
  let left = ms;
  let startedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let over = false;
  const run = () => {
    if (over || timer !== undefined) return;
    startedAt = now();
    timer = setTimeout(() => {
      over = true;
      timer = undefined;
      onExpire();
    }, left);
  };
  const stop = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    left = Math.max(0, left - (now() - startedAt));
  };
  run();
  return {
    pause: stop,
    resume: run,
    cancel() {
      stop();
      over = true;
    },
  };
}
