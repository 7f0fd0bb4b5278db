import type { PrivacyMode } from '../types';
import { effectiveTruth } from './forced-response';

const Z_95 = 1.959963984540054;

/**
 * Expected 95 % margin of error of a yes/no share (an indicator) in randomised mode, shown
 * before the mode is chosen. Census variance, since the whole cell answers:
 * (1 − t_eff²) / (4 n t_eff²), independent of the true share. Undefined in exact mode.
 */
export function marginOfError(
  mode: PrivacyMode,
  n: number,
): { halfWidthPoints: number; persons: number } | undefined {
  if (mode.kind !== 'randomised') return undefined;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const tEff = effectiveTruth(mode.truth);
  const halfWidth = Z_95 * Math.sqrt((1 - tEff * tEff) / (4 * n * tEff * tEff));
  return { halfWidthPoints: 100 * halfWidth, persons: n * halfWidth };
}
