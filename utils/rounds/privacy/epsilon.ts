import type { RandomisedTruth } from '../types';
import { effectiveTruth } from './forced-response';

/**
 * Local differential privacy of one item in one round, both layers together: a value is sent
 * as itself with probability t_eff + (1 − t_eff)/m and as any other with (1 − t_eff)/m, so
 * ε = ln(1 + m·t_eff / (1 − t_eff)).
 */
export function epsilonPerRound(truth: RandomisedTruth, m: number): number {
  return epsilonOf(effectiveTruth(truth), m);
}

/**
 * Over any number of rounds, for an answer that never changes: the rounds add fresh noise to
 * one memoised permanent report, so they reveal at most that report: ε = ln(1 + m·t / (1 − t)).
 * Each distinct value the member ever gives draws its own permanent report, so a member who
 * held d different values over the series has at most d times this (d ≤ m).
 */
export function epsilonLifetime(truth: RandomisedTruth, m: number): number {
  return epsilonOf(truth, m);
}

function epsilonOf(truth: number, m: number): number {
  if (!Number.isInteger(m) || m < 2) throw new RangeError(`m must be an integer ≥ 2, got ${m}`);
  return Math.log(1 + (m * truth) / (1 - truth));
}
