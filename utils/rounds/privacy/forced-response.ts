import type { RandomisedTruth } from '../types';
import { type Below, randomBelow } from './random';

/** An exact probability numerator/denominator, drawn as `below(denominator) < numerator`. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** The instantaneous layer replaces the permanent report by a uniform value with this probability. */
export const IRR: Fraction = { numerator: 1, denominator: 5 };

/** t as an exact fraction, so no floating-point coin is ever thrown. */
export function truthFraction(truth: RandomisedTruth): Fraction {
  return truth === 0.5 ? { numerator: 1, denominator: 2 } : { numerator: 3, denominator: 4 };
}

/**
 * Probability that a sent value is the truthful one by the truth layer (not by chance):
 * t·(1 − 1/5), i.e. 0.4 or 0.6. Every estimator and margin uses this, never t.
 */
export function effectiveTruth(truth: RandomisedTruth): number {
  return (truth * (IRR.denominator - IRR.numerator)) / IRR.denominator;
}

/**
 * k-ary forced response: with probability `truth` the truthful index, else a uniform index
 * among m (possibly the truthful one). The coin is drawn first, the forced value only if needed.
 */
export function forcedResponse(truthful: number, m: number, truth: Fraction, below: Below): number {
  if (below(truth.denominator) < truth.numerator) return truthful;
  return below(m);
}

/** The fresh per-round layer: with probability 1/5 a uniform index among m, else the permanent one. */
export function instantaneousReport(
  permanent: number,
  m: number,
  below: Below = randomBelow,
): number {
  if (below(IRR.denominator) < IRR.numerator) return below(m);
  return permanent;
}
