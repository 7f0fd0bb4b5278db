import { publishCount, publishItemRow } from '../privacy/banding';
import { estimateCount } from '../privacy/estimate';
import type { PrivacyMode } from '../types';
import type { ReportNumber } from './types';

/** Turns counts into publishable numbers under a round's mode. */
export interface Publisher {
  /** A single item: its value counts (summing to n) and the flagged number when F is given. */
  row(
    counts: readonly number[],
    flaggedIndices: readonly number[],
  ): { values: ReportNumber[]; flagged: ReportNumber | undefined };
  /** A yes/no count on its own: a checkbox bit or an indicator. */
  bit(count: number): ReportNumber;
}

export function publisherFor(mode: PrivacyMode, n: number): Publisher {
  if (mode.kind === 'exact') {
    return {
      row: (counts, flaggedIndices) => publishItemRow(counts, n, mode.k, flaggedIndices),
      bit: (count) => publishCount(count, n, mode.k),
    };
  }
  const estimate = (reported: number, m: number, flaggedValues?: number): ReportNumber => ({
    kind: 'estimate',
    ...estimateCount({ reported, n, m, flaggedValues, truth: mode.truth }),
  });
  return {
    row: (counts, flaggedIndices) => ({
      values: counts.map((count) => estimate(count, counts.length)),
      flagged:
        flaggedIndices.length > 0
          ? estimate(
              flaggedIndices.reduce((sum, index) => sum + (counts[index] ?? 0), 0),
              counts.length,
              flaggedIndices.length,
            )
          : undefined,
    }),
    bit: (count) => estimate(count, 2),
  };
}
