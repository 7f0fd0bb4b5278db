import { describe, expect, it } from 'vitest';
import type { ReportNumber } from '../report/types';
import { publishCount, publishItemRow, publishRow } from './banding';
import { feasibleRanges, type Range, rangeOf } from './feasible';
import { seededBelow } from './test-random';

const exact = (value: number): ReportNumber => ({ kind: 'exact', value });
const band = (low: number, high: number): ReportNumber => ({ kind: 'band', low, high });
const hidden: ReportNumber = { kind: 'hidden' };

describe('publishCount', () => {
  it('prints 0 and k..n−k, bands both ends (n = 20, k = 5)', () => {
    const published = Array.from({ length: 21 }, (_, c) => publishCount(c, 20, 5));
    expect(published[0]).toEqual(exact(0));
    for (const c of [1, 2, 3, 4]) expect(published[c]).toEqual(band(1, 4));
    for (let c = 5; c <= 15; c++) expect(published[c]).toEqual(exact(c));
    for (const c of [16, 17, 18, 19, 20]) expect(published[c]).toEqual(band(16, 20));
  });

  it('bands every non-zero count as 1..n when the bands overlap (n ≤ 2k − 2)', () => {
    expect(publishCount(0, 8, 5)).toEqual(exact(0));
    for (const c of [1, 4, 5, 8]) expect(publishCount(c, 8, 5)).toEqual(band(1, 8));
    expect(publishCount(3, 4, 3)).toEqual(band(1, 4));
  });

  it('has no printable count at n = 2k − 1, the two bands just touching', () => {
    expect(publishCount(4, 9, 5)).toEqual(band(1, 4));
    expect(publishCount(5, 9, 5)).toEqual(band(5, 9));
  });

  it('refuses a count outside 0..n', () => {
    expect(() => publishCount(21, 20, 5)).toThrow(RangeError);
  });
});

describe('publishRow', () => {
  it('keeps a row whose small cells cannot be solved', () => {
    expect(publishRow([3, 17], 20, 5)).toEqual([band(1, 4), band(16, 20)]);
    // 3 + 2 = 5 is known, but each could be anything from 1 to 4.
    expect(publishRow([3, 2, 15], 20, 5)).toEqual([band(1, 4), band(1, 4), exact(15)]);
    expect(publishRow([0, 10, 10], 20, 5)).toEqual([exact(0), exact(10), exact(10)]);
    // Two small answers make the big one ≤ 18: that only repeats "both are non-zero".
    expect(publishRow([17, 2, 1], 20, 5)).toEqual([band(16, 20), band(1, 4), band(1, 4)]);
  });

  it('hides a row whose small bands alone pin a cell down (n = 10: 4 + 4 + 2)', () => {
    // Each band is 1–4 but together they must reach 10, so each is at least 2.
    expect(publishRow([4, 4, 2], 10, 5)).toEqual([hidden, hidden, hidden]);
  });

  it('hides a row whose small cell could be solved by subtraction (zeros stay 0)', () => {
    // 20 − 10 − 7 = 3: the band would be a lie.
    expect(publishRow([3, 10, 7, 0], 20, 5)).toEqual([hidden, hidden, hidden, exact(0)]);
  });

  it('hides the zeros too when they would leave a single hidden count (= n)', () => {
    expect(publishRow([0, 0, 20], 20, 5)).toEqual([hidden, hidden, hidden]);
  });

  it('refuses counts that do not sum to n', () => {
    expect(() => publishRow([3, 4], 20, 5)).toThrow(RangeError);
  });
});

describe('publishItemRow with the flagged number', () => {
  it('publishes the flagged sum with the row when nothing can be solved', () => {
    // b + c = 5 is known from the values already; the flagged number adds nothing.
    expect(publishItemRow([10, 3, 2, 5], 20, 5, [1, 2])).toEqual({
      values: [exact(10), band(1, 4), band(1, 4), exact(5)],
      flagged: exact(5),
    });
  });

  it('hides the row when the flagged sum solves a small cell the values alone do not', () => {
    // Alone: a + b = 5, each 1..4. With flagged a + c = 13 and c = 10 exact: a = 3.
    expect(publishRow([3, 2, 10, 5], 20, 5)).toEqual([band(1, 4), band(1, 4), exact(10), exact(5)]);
    expect(publishItemRow([3, 2, 10, 5], 20, 5, [0, 2])).toEqual({
      values: [hidden, hidden, hidden, hidden],
      flagged: hidden,
    });
  });

  it('prints "nobody" for a row where everyone gave the same unflagged answer', () => {
    expect(publishItemRow([20, 0, 0, 0], 20, 5, [1, 2])).toEqual({
      values: [hidden, exact(0), exact(0), exact(0)],
      flagged: exact(0),
    });
    // Everyone on a flagged value: nothing is printed, not even the zeros.
    expect(publishItemRow([0, 0, 20, 0], 20, 5, [1, 2])).toEqual({
      values: [hidden, hidden, hidden, hidden],
      flagged: hidden,
    });
  });

  it('keeps the usual healthy row: most "no", a few flagged', () => {
    expect(publishItemRow([19, 1, 0, 0], 20, 5, [1, 2])).toEqual({
      values: [band(16, 20), band(1, 4), exact(0), exact(0)],
      flagged: band(1, 4),
    });
  });

  it('hides the row when the flagged number itself is banded but determined', () => {
    // Flagged = 20 − 10 − 7 = 3 with both unflagged counts printed.
    const row = publishItemRow([10, 7, 1, 2], 20, 5, [2, 3]);
    expect(row.flagged).toEqual(hidden);
  });
});

describe('feasibleRanges', () => {
  it('equals brute force over every count vector (random small rows)', () => {
    const below = seededBelow(7);
    for (let trial = 0; trial < 400; trial++) {
      const n = 3 + below(10);
      const m = 2 + below(3);
      const k = 3 + below(3);
      const counts = randomComposition(n, m, below);
      const flaggedIndices = Array.from({ length: m }, (_, i) => i).filter(() => below(2) === 1);
      const cells = counts.map((c) => rangeOf(publishCount(c, n, k), n));
      const f = counts.reduce((sum, c, i) => (flaggedIndices.includes(i) ? sum + c : sum), 0);
      const flagged =
        flaggedIndices.length > 0
          ? { indices: flaggedIndices, range: rangeOf(publishCount(f, n, k), n) }
          : undefined;
      expect(feasibleRanges(cells, n, flagged)).toEqual(bruteForce(cells, n, flagged));
    }
  });
});

function randomComposition(n: number, m: number, below: (n: number) => number): number[] {
  const counts = new Array<number>(m).fill(0);
  for (let i = 0; i < n; i++) {
    const at = below(m);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

function bruteForce(
  cells: readonly Range[],
  n: number,
  flagged?: { indices: readonly number[]; range: Range },
): { cells: Range[]; flagged: Range | undefined } {
  const low = cells.map(() => Number.POSITIVE_INFINITY);
  const high = cells.map(() => Number.NEGATIVE_INFINITY);
  const fRange = { low: Number.POSITIVE_INFINITY, high: Number.NEGATIVE_INFINITY };
  const vector: number[] = [];
  const visit = (index: number, left: number) => {
    const cell = cells[index];
    if (!cell) {
      if (left !== 0) return;
      const f = flagged ? flagged.indices.reduce((sum, i) => sum + (vector[i] ?? 0), 0) : n;
      if (flagged && (f < flagged.range.low || f > flagged.range.high)) return;
      vector.forEach((value, i) => {
        low[i] = Math.min(low[i] ?? 0, value);
        high[i] = Math.max(high[i] ?? 0, value);
      });
      fRange.low = Math.min(fRange.low, f);
      fRange.high = Math.max(fRange.high, f);
      return;
    }
    for (let value = cell.low; value <= Math.min(cell.high, left); value++) {
      vector[index] = value;
      visit(index + 1, left - value);
    }
  };
  visit(0, n);
  return {
    cells: cells.map((_, i) => ({ low: low[i] ?? 0, high: high[i] ?? 0 })),
    flagged: flagged ? fRange : undefined,
  };
}
