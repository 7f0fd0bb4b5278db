import { describe, expect, it } from 'vitest';
import { betaQuantile, clopperPearson, logGamma, regularisedBeta } from './clopper-pearson';

describe('clopperPearson', () => {
  it.each([
    [0, 10, 0, 0.3085],
    [5, 10, 0.1871, 0.8129],
    [10, 10, 0.6915, 1],
    [1, 10, 0.0025, 0.445],
    [7, 12, 0.2767, 0.8483],
    [3, 20, 0.0321, 0.3789],
  ])('y=%i, n=%i → [%f, %f]', (y, n, low, high) => {
    const interval = clopperPearson(y, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it('refuses impossible counts', () => {
    expect(() => clopperPearson(11, 10)).toThrow(RangeError);
    expect(() => clopperPearson(-1, 10)).toThrow(RangeError);
  });
});

describe('the beta function pieces', () => {
  it('logGamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it('regularisedBeta matches closed forms', () => {
    // I_x(1, b) = 1 − (1 − x)^b; I_x(a, 1) = x^a.
    expect(regularisedBeta(0.3, 1, 4)).toBeCloseTo(1 - 0.7 ** 4, 12);
    expect(regularisedBeta(0.8, 3, 1)).toBeCloseTo(0.8 ** 3, 12);
    expect(regularisedBeta(0.5, 6, 6)).toBeCloseTo(0.5, 12);
  });

  it('betaQuantile inverts regularisedBeta', () => {
    const x = betaQuantile(0.025, 4, 9);
    expect(regularisedBeta(x, 4, 9)).toBeCloseTo(0.025, 10);
  });
});
