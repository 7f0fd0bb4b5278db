/** How long to wait for a frame at most: a tab hidden meanwhile draws none, and must go on. */
const FRAME_WAIT_MS = 500;

/**
 * Runs `work` in a task after the next frame has been drawn, so that what was just rendered
 * reaches the screen before `work` (loading and evaluating the app) can hold it back.
 */
export function afterNextPaint(work: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  if (document.visibilityState === 'hidden') {
    run();
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, FRAME_WAIT_MS);
}
