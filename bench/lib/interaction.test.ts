import { describe, expect, it } from 'vitest';
import { keystrokeCosts, pageOrder } from './interaction';

describe('answer → committed helpers', () => {
  it('visits pages back and forth, one page turn apart', () => {
    expect(pageOrder(7, 3)).toEqual([0, 1, 2, 1, 0, 1, 2]);
    expect(pageOrder(3, 1)).toEqual([0, 0, 0]);
  });

  it('counts the time the handlers of the events between one keydown and the next covered', () => {
    const events = [
      // keydown, then keypress with the input dispatched inside it: 2 + 36 ms, not 2 + 36 + 28.
      { start: 100, processingStart: 104, processingEnd: 106 },
      { start: 100, processingStart: 106, processingEnd: 142 },
      { start: 110, processingStart: 111, processingEnd: 139 },
      // Apart: added.
      { start: 250, processingStart: 251, processingEnd: 261 },
      { start: 252, processingStart: 270, processingEnd: 275 },
      // Before the first keydown: no keystroke's.
      { start: 99, processingStart: 99, processingEnd: 149 },
    ];
    expect(keystrokeCosts([100, 200, 300], events)).toEqual([38, 15, 0]);
  });
});
