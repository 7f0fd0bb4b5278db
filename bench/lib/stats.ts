/** Order statistics of measured values; the benchmark reports medians, never means. */

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No values to summarise.');
  return [...values].sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks (the definition
 * of numpy's default and of spreadsheets' PERCENTILE.INC): p50 of an even count is the mean of
 * the two middle values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new Error(`Percentile ${p} is outside 0–100.`);
  const order = sorted(values);
  const rank = (p / 100) * (order.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = order[below] as number;
  const high = order[above] as number;
  return low + (high - low) * (rank - below);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function summarise(values: readonly number[]): Summary {
  const order = sorted(values);
  return {
    n: order.length,
    median: median(order),
    min: order[0] as number,
    max: order[order.length - 1] as number,
  };
}
