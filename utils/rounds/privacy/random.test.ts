import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBelow, shuffle } from './random';

afterEach(() => vi.restoreAllMocks());

describe('randomBelow', () => {
  it('is uniform over 0..n−1 (chi-square, 5 degrees of freedom)', () => {
    const n = 6;
    const draws = 60_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) {
      const value = randomBelow(n);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    const expected = draws / n;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // P(χ²₅ > 25.7) = 0.0001: a correct generator fails this once in 10 000 runs.
    expect(chiSquare).toBeLessThan(25.7);
    expect(counts.every((c) => c > 0)).toBe(true);
  });

  it('rejects words of the incomplete last block instead of taking them modulo n', () => {
    const spy = vi.spyOn(crypto, 'getRandomValues');
    const queue = [2 ** 32 - 1, 7];
    spy.mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      (array as unknown as Uint32Array)[0] = queue.shift() ?? 0;
      return array;
    });
    // 2^32 − 1 is at or above the largest multiple of 3 below 2^32, so it is drawn again.
    expect(randomBelow(3)).toBe(1);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('refuses bounds that are not positive integers', () => {
    expect(() => randomBelow(0)).toThrow(RangeError);
    expect(() => randomBelow(2.5)).toThrow(RangeError);
  });

  it('never uses Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    for (let i = 0; i < 100; i++) randomBelow(5);
    shuffle([1, 2, 3, 4, 5]);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('shuffle', () => {
  it('returns a permutation of a copy', () => {
    const input = Array.from({ length: 30 }, (_, i) => i);
    const output = shuffle(input);
    expect(input).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect([...output].sort((a, b) => a - b)).toEqual(input);
  });

  it('puts the first item anywhere with equal chance', () => {
    const positions = [0, 0, 0, 0];
    for (let i = 0; i < 8000; i++) {
      const at = shuffle(['a', 'b', 'c', 'd']).indexOf('a');
      positions[at] = (positions[at] ?? 0) + 1;
    }
    for (const count of positions) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});
