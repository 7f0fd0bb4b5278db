import type { RandomisedTruth } from '../types';
import { clopperPearson } from './clopper-pearson';
import { effectiveTruth } from './forced-response';

export interface EstimateInput {
  /** Members whose sent value is v (or in the set F). */
  reported: number;
  n: number;
  /** Number of values the randomisation chooses among (2 for a bit). */
  m: number;
  /** |F| when estimating a set of values (a single item's flagged values); 1 by default. */
  flaggedValues?: number;
  truth: RandomisedTruth;
}

/**
 * Unbiased estimate of the members whose truthful value is v (or in F), in persons:
 * N̂ = (Y − n(1−t_eff)|F|/m) / t_eff, and the Clopper–Pearson 95 % interval of Y/n mapped
 * through the same formula. All three are clamped to [0, n] (the raw value is `rawEstimate`).
 */
export function estimateCount(input: EstimateInput): { value: number; low: number; high: number } {
  const { reported, n } = input;
  const share = (input.flaggedValues ?? 1) / input.m;
  const tEff = effectiveTruth(input.truth);
  const interval = clopperPearson(reported, n);
  return {
    value: clamp(rawEstimate(reported, n, share, tEff), n),
    low: clamp(rawEstimate(interval.low * n, n, share, tEff), n),
    high: clamp(rawEstimate(interval.high * n, n, share, tEff), n),
  };
}

/** The unclamped estimator; `share` = |F|/m, the chance a forced value falls in F. */
export function rawEstimate(reported: number, n: number, share: number, tEff: number): number {
  return (reported - n * (1 - tEff) * share) / tEff;
}

function clamp(value: number, n: number): number {
  return Math.min(n, Math.max(0, value));
}
