import { describe, expect, it } from 'vitest';
import { keystrokeCosts, pageOrder } from './interaction';

describe('answer → committed helpers', () => {
  it('visits pages back and forth, one page turn apart', () => {
    expect(pageOrder(7, 3)).toEqual([0, 1, 2, 1, 0, 1, 2]);
    expect(pageOrder(3, 1)).toEqual([0, 0, 0]);
  });

  it('adds up the processing of the events between one keydown and the next', () => {
    const events = [
      { start: 100, processing: 3 },
      { start: 101, processing: 14 },
      { start: 250, processing: 20 },
      { start: 99, processing: 50 },
    ];
    expect(keystrokeCosts([100, 200, 300], events)).toEqual([17, 20, 0]);
  });
});
