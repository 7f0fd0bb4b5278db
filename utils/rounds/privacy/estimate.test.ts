import { describe, expect, it } from 'vitest';
import type { RandomisedTruth } from '../types';
import { estimateCount, rawEstimate } from './estimate';
import {
  effectiveTruth,
  forcedResponse,
  instantaneousReport,
  truthFraction,
} from './forced-response';
import { type Below, randomBelow } from './random';
import { seededBelow } from './test-random';

/** One simulated round: each member's truthful index through both layers, tallied per value. */
function simulateRound(truths: readonly number[], m: number, truth: RandomisedTruth, below: Below) {
  const reported = new Array<number>(m).fill(0);
  for (const truthful of truths) {
    const permanent = forcedResponse(truthful, m, truthFraction(truth), below);
    const sent = instantaneousReport(permanent, m, below);
    reported[sent] = (reported[sent] ?? 0) + 1;
  }
  return reported;
}

/** n = 20, a three-level item: 9 "no", 7 "partly", 4 "fully"; flagged = {partly, fully}. */
const TRUTHS = [...new Array(9).fill(0), ...new Array(7).fill(1), ...new Array(4).fill(2)];
const N = TRUTHS.length;

describe('estimateCount over simulated rounds', () => {
  it.each([0.5, 0.75] as const)('is unbiased at t = %f (10 000 rounds, within 3 SE)', (truth) => {
    const below = seededBelow(truth === 0.5 ? 11 : 12);
    const tEff = effectiveTruth(truth);
    const rounds = 10_000;
    const sums = { fully: 0, fullySquares: 0, flagged: 0, flaggedSquares: 0 };
    for (let round = 0; round < rounds; round++) {
      const reported = simulateRound(TRUTHS, 3, truth, below);
      const fully = rawEstimate(reported[2] ?? 0, N, 1 / 3, tEff);
      const flagged = rawEstimate((reported[1] ?? 0) + (reported[2] ?? 0), N, 2 / 3, tEff);
      sums.fully += fully;
      sums.fullySquares += fully * fully;
      sums.flagged += flagged;
      sums.flaggedSquares += flagged * flagged;
    }
    const check = (sum: number, squares: number, expected: number) => {
      const mean = sum / rounds;
      const se = Math.sqrt((squares / rounds - mean * mean) / rounds);
      expect(Math.abs(mean - expected)).toBeLessThan(3 * se);
    };
    check(sums.fully, sums.fullySquares, 4);
    check(sums.flagged, sums.flaggedSquares, 11);
  });

  it('would be biased if it used t instead of t_eff (the test can fail)', () => {
    const below = seededBelow(13);
    let sum = 0;
    for (let round = 0; round < 2000; round++) {
      sum += rawEstimate(simulateRound(TRUTHS, 3, 0.5, below)[2] ?? 0, N, 1 / 3, 0.5);
    }
    expect(Math.abs(sum / 2000 - 4)).toBeGreaterThan(0.5);
  });

  it('covers the truth about 95 % of the time (2 000 rounds, crypto randomness)', () => {
    const bits = [...new Array(6).fill(1), ...new Array(14).fill(0)];
    for (const truth of [0.5, 0.75] as const) {
      let covered = 0;
      for (let round = 0; round < 2000; round++) {
        const reported = simulateRound(bits, 2, truth, randomBelow)[1] ?? 0;
        const estimate = estimateCount({ reported, n: 20, m: 2, truth });
        if (estimate.low <= 6 && 6 <= estimate.high) covered += 1;
      }
      // Clopper–Pearson is exact, so conservative: with 20 members the coverage is often well
      // above 95 % (up to ~99.5 %, and a run may land just over). Only too little would be wrong.
      expect(covered / 2000).toBeGreaterThanOrEqual(0.93);
    }
  });

  it('clamps to [0, n] and uses |F|/m for a set of values', () => {
    // Even the interval's top, (12·0.2646 − 3.6)/0.4 = −1.06, lies below 0.
    expect(estimateCount({ reported: 0, n: 12, m: 2, truth: 0.5 })).toEqual({
      value: 0,
      low: 0,
      high: 0,
    });
    // 9 of 12: CP [0.4281, 0.9451] → [(5.137 − 3.6)/0.4, (11.34 − 3.6)/0.4] = [3.84, 12 (19.4)].
    const nine = estimateCount({ reported: 9, n: 12, m: 2, truth: 0.5 });
    // (9 − 3.6)/0.4 = 13.5, clamped to n.
    expect(nine.value).toBe(12);
    expect(nine.low).toBeCloseTo((12 * 0.42813 - 3.6) / 0.4, 2);
    expect(nine.high).toBe(12);
    // 7 of 12 at t_eff 0.4: (7 − 3.6)/0.4 = 8.5.
    expect(estimateCount({ reported: 7, n: 12, m: 2, truth: 0.5 }).value).toBeCloseTo(8.5, 10);
    // Two flagged of three values, 10 of 12 sent flagged: (10 − 12·0.6·2/3)/0.4 = 13 → 12.
    expect(estimateCount({ reported: 10, n: 12, m: 3, flaggedValues: 2, truth: 0.5 }).value).toBe(
      12,
    );
  });
});
