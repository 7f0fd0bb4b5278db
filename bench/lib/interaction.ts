/** Pure parts of the answer → committed measurement: which page to click, keystroke costs. */

/** Pages visited back and forth (0, 1, 2, 1, 0, 1…): one page turn between visits. */
export function pageOrder(visits: number, pages: number): number[] {
  const order: number[] = [];
  if (pages < 2) return Array.from({ length: visits }, () => 0);
  const cycle = 2 * (pages - 1);
  for (let visit = 0; visit < visits; visit++) {
    const step = visit % cycle;
    order.push(step < pages ? step : cycle - step);
  }
  return order;
}

/** An Event Timing entry: when its event started, and when its handlers ran on the main thread. */
export interface TimedEvent {
  start: number;
  processingStart: number;
  processingEnd: number;
}

/**
 * Main-thread processing of each keystroke: the time covered by the handlers of the events
 * (keydown, keypress, beforeinput, input, keyup…) that started between its keydown and the next
 * one. Covered, not added up: Chromium dispatches `input` inside `keypress`, and both entries
 * report that time. Only events of 16 ms or more have entries, so a keystroke whose events all
 * stayed shorter counts 0.
 */
export function keystrokeCosts(
  keydowns: readonly number[],
  events: readonly TimedEvent[],
): number[] {
  return keydowns.map((start, i) => {
    const end = keydowns[i + 1] ?? Number.POSITIVE_INFINITY;
    const spans = events
      .filter((entry) => entry.start >= start && entry.start < end)
      .map((entry) => [entry.processingStart, entry.processingEnd] as const)
      .sort((a, b) => a[0] - b[0]);
    let covered = 0;
    let reached = Number.NEGATIVE_INFINITY;
    for (const [from, to] of spans) {
      covered += Math.max(0, to - Math.max(from, reached));
      reached = Math.max(reached, to);
    }
    return covered;
  });
}
