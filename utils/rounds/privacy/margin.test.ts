import { describe, expect, it } from 'vitest';
import { epsilonLifetime, epsilonPerRound } from './epsilon';
import { marginOfError } from './margin';

describe('marginOfError', () => {
  it('is 1.96·√((1 − t_eff²)/(4 n t_eff²)), with t_eff = 0.4 / 0.6', () => {
    // t = 0.5 → t_eff = 0.4: √(0.84/(0.64·10)) = 0.3623 → ±71.0 points, ±7.1 persons.
    const ten = marginOfError({ kind: 'randomised', k: 5, truth: 0.5 }, 10);
    expect(ten?.halfWidthPoints).toBeCloseTo(71.01, 1);
    expect(ten?.persons).toBeCloseTo(7.101, 2);
    // t = 0.75 → t_eff = 0.6: √(0.64/(1.44·30)) = 0.1217 → ±23.9 points.
    const thirty = marginOfError({ kind: 'randomised', k: 5, truth: 0.75 }, 30);
    expect(thirty?.halfWidthPoints).toBeCloseTo(23.86, 1);
  });

  it('is undefined in exact mode', () => {
    expect(marginOfError({ kind: 'exact', k: 5 }, 20)).toBeUndefined();
  });
});

describe('epsilon', () => {
  it('per round: ln(1 + m·t_eff/(1 − t_eff))', () => {
    expect(epsilonPerRound(0.5, 2)).toBeCloseTo(Math.log(1 + (2 * 0.4) / 0.6), 12);
    expect(epsilonPerRound(0.75, 3)).toBeCloseTo(Math.log(1 + (3 * 0.6) / 0.4), 12);
  });

  it('over a lifetime of an unchanged answer: the permanent layer, ln(1 + m·t/(1 − t))', () => {
    expect(epsilonLifetime(0.5, 2)).toBeCloseTo(Math.log(3), 12);
    expect(epsilonLifetime(0.75, 2)).toBeCloseTo(Math.log(7), 12);
    expect(() => epsilonLifetime(0.5, 1)).toThrow(RangeError);
  });
});
