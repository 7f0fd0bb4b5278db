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

/** An Event Timing entry: when its event started and its main-thread processing time. */
export interface TimedEvent {
  start: number;
  processing: number;
}

/**
 * Main-thread processing of each keystroke: the sum over the events (keydown, beforeinput,
 * input, keyup…) that started between its keydown and the next one. Only events of 16 ms or
 * more have entries, so a keystroke whose events all stayed shorter counts 0.
 */
export function keystrokeCosts(
  keydowns: readonly number[],
  events: readonly TimedEvent[],
): number[] {
  return keydowns.map((start, i) => {
    const end = keydowns[i + 1] ?? Number.POSITIVE_INFINITY;
    return events
      .filter((entry) => entry.start >= start && entry.start < end)
      .reduce((sum, entry) => sum + entry.processing, 0);
  });
}
