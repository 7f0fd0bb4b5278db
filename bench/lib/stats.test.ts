import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from './stats';

describe('order statistics', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates percentiles between closest ranks', () => {
    const values = [10, 20, 30, 40, 50];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 100)).toBe(50);
    expect(percentile(values, 95)).toBeCloseTo(48);
    expect(percentile(values, 25)).toBe(20);
    expect(percentile([1, 2], 95)).toBeCloseTo(1.95);
  });

  it('does not reorder the caller’s values', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('summarises count, median, min and max', () => {
    expect(summarise([7, 3, 9, 1])).toEqual({ n: 4, median: 5, min: 1, max: 9 });
  });

  it('refuses empty input and percentiles outside 0–100', () => {
    expect(() => median([])).toThrow();
    expect(() => percentile([1], 101)).toThrow();
  });
});
