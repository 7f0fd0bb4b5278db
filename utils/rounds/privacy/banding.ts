import type { ReportNumber } from '../report/types';
import { feasibleRanges, type Range, rangeOf } from './feasible';

/**
 * Exact mode: a count c of n is printed only when c = 0 or k ≤ c ≤ n−k; otherwise as the band
 * [1, k−1] or [n−k+1, n]. When those bands overlap (n ≤ 2k−2) every non-zero count is [1, n].
 */
export function publishCount(c: number, n: number, k: number): ReportNumber {
  if (!Number.isInteger(c) || c < 0 || c > n) throw new RangeError(`count ${c} is not in 0..${n}`);
  if (c === 0) return { kind: 'exact', value: 0 };
  if (n <= 2 * k - 2) return { kind: 'band', low: 1, high: n };
  if (c < k) return { kind: 'band', low: 1, high: k - 1 };
  if (c > n - k) return { kind: 'band', low: n - k + 1, high: n };
  return { kind: 'exact', value: c };
}

/** The values of one single item (they sum to n), banded, and hidden together if solvable. */
export function publishRow(counts: readonly number[], n: number, k: number): ReportNumber[] {
  return publishItemRow(counts, n, k, []).values;
}

/**
 * A single item's row: its value counts (summing to n) and, when `flaggedIndices` is not empty,
 * the flagged number Σ counts[F]. Each is banded; then, if any banded number's feasible range
 * given every published number of the row, Σ = n and flagged = Σ F is narrower than its band,
 * the whole row (flagged included) is hidden (see `relaxedRange` for what "narrower" ignores);
 * zeros stay 0 when `zerosMayStay` allows.
 */
export function publishItemRow(
  counts: readonly number[],
  n: number,
  k: number,
  flaggedIndices: readonly number[],
): { values: ReportNumber[]; flagged: ReportNumber | undefined } {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total !== n) throw new RangeError(`a row's counts sum to ${total}, not n = ${n}`);
  const values = counts.map((c) => publishCount(c, n, k));
  const hasFlag = flaggedIndices.length > 0;
  const flagged = hasFlag
    ? publishCount(
        flaggedIndices.reduce((sum, index) => sum + (counts[index] ?? 0), 0),
        n,
        k,
      )
    : undefined;
  const feasible = feasibleRanges(
    values.map((value) => relaxedRange(value, n)),
    n,
    flagged && { indices: flaggedIndices, range: relaxedRange(flagged, n) },
  );
  const narrowed =
    values.some((value, index) => isNarrowed(value, feasible.cells[index])) ||
    (flagged !== undefined &&
      feasible.flagged !== undefined &&
      isNarrowed(flagged, feasible.flagged));
  if (!narrowed) return { values, flagged };
  const keepZeros = zerosMayStay(counts, flaggedIndices);
  const hide = (number: ReportNumber): ReportNumber =>
    keepZeros && number.kind === 'exact' && number.value === 0 ? number : { kind: 'hidden' };
  return { values: values.map(hide), flagged: flagged && hide(flagged) };
}

/**
 * Zeros of a hidden row stay 0 while at least two counts stay hidden. With a single non-zero
 * count the zeros would give it away as n, so they are hidden too — except when that count is
 * an unflagged value of a form with an indicator: then the row says "nobody has this
 * manifestation" (flagged 0, printed exactly like any zero) and the derivable n only adds that
 * everyone gave that one unflagged answer, the exonerating direction exact zeros already accept.
 */
function zerosMayStay(counts: readonly number[], flaggedIndices: readonly number[]): boolean {
  const nonZero = counts.flatMap((c, index) => (c > 0 ? [index] : []));
  if (nonZero.length >= 2) return true;
  const [only] = nonZero;
  return flaggedIndices.length > 0 && only !== undefined && !flaggedIndices.includes(only);
}

/**
 * A published band starting at 1 says "someone gave this answer", and that is all it may say.
 * Taking that "≥ 1" as a constraint would flag almost every row: in [17, 2, 1] the two small
 * bands make the big one at most 18, narrower than 16–20, although only the fact that two
 * answers were non-zero (published on purpose) was used. So the check lets the others' bands
 * start at 0; a cell's own range is unaffected, as its feasible range is intersected with its
 * band anyway. Exactly solvable or otherwise narrowed cells are still caught.
 */
function relaxedRange(number: ReportNumber, n: number): Range {
  const range = rangeOf(number, n);
  return number.kind === 'band' && range.low === 1 ? { low: 0, high: range.high } : range;
}

function isNarrowed(number: ReportNumber, feasible: Range | undefined): boolean {
  if (number.kind !== 'band' || !feasible) return false;
  return feasible.low > number.low || feasible.high < number.high;
}
