import type { ReportNumber } from '../report/types';

/** An integer interval [low, high]. */
export interface Range {
  low: number;
  high: number;
}

/** What a published number says about its count. */
export function rangeOf(number: ReportNumber, n: number): Range {
  if (number.kind === 'exact') return { low: number.value, high: number.value };
  if (number.kind === 'band') return { low: number.low, high: number.high };
  return { low: 0, high: n };
}

/**
 * The exact feasible range of every cell of a row, given each cell's published range, that the
 * cells sum to n and (optionally) that the cells in `flagged.indices` sum to a number in
 * `flagged.range`. Exact, not an approximation: the constraints split into "F sums to f" and
 * "the rest sums to n − f"; for a fixed f a cell's range is the box bound intersected with
 * f − (the others' sum range), and as f runs over its feasible interval these ranges shift by at
 * most one per step, so their union is one interval. Checked against brute force in the tests.
 */
export function feasibleRanges(
  cells: readonly Range[],
  n: number,
  flagged?: { indices: readonly number[]; range: Range },
): { cells: Range[]; flagged: Range | undefined } {
  const inF = cells.map((_, index) => (flagged ? flagged.indices.includes(index) : true));
  const sumOf = (part: boolean, bound: 'low' | 'high') =>
    cells.reduce((sum, cell, index) => (inF[index] === part ? sum + cell[bound] : sum), 0);
  const given = flagged?.range ?? { low: n, high: n };
  const f: Range = {
    low: Math.max(given.low, sumOf(true, 'low'), n - sumOf(false, 'high')),
    high: Math.min(given.high, sumOf(true, 'high'), n - sumOf(false, 'low')),
  };
  if (f.low > f.high) throw new RangeError('the published numbers of a row contradict each other');
  const result = cells.map((cell, index) => {
    const part = inF[index] ?? false;
    // The sum of this cell's part: f for F, n − f for the rest.
    const partSum = part ? f : { low: n - f.high, high: n - f.low };
    const othersLow = sumOf(part, 'low') - cell.low;
    const othersHigh = sumOf(part, 'high') - cell.high;
    return {
      low: Math.max(cell.low, partSum.low - othersHigh),
      high: Math.min(cell.high, partSum.high - othersLow),
    };
  });
  return { cells: result, flagged: flagged ? f : undefined };
}
