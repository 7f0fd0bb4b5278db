import { describe, expect, it } from 'vitest';
import { interleave, seededRandom, shuffle } from './schedule';

const rows = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('interleaved rounds', () => {
  it('puts every row exactly once in each round, warm-ups first', () => {
    const rounds = interleave(rows, 2, 5, 1);
    expect(rounds).toHaveLength(7);
    expect(rounds.map((round) => round.warmup)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    for (const round of rounds) expect([...round.rows].sort()).toEqual(rows);
  });

  it('shuffles each round anew, the same way for the same seed', () => {
    const orders = interleave(rows, 0, 6, 7).map((round) => round.rows.join(''));
    expect(new Set(orders).size).toBeGreaterThan(1);
    expect(interleave(rows, 0, 6, 7).map((round) => round.rows.join(''))).toEqual(orders);
    expect(interleave(rows, 0, 6, 8).map((round) => round.rows.join(''))).not.toEqual(orders);
  });

  it('moves each row around: no row is always first or always last', () => {
    const rounds = interleave(rows, 0, 30, 3);
    expect(new Set(rounds.map((round) => round.rows[0])).size).toBeGreaterThan(2);
    expect(new Set(rounds.map((round) => round.rows.at(-1))).size).toBeGreaterThan(2);
  });

  it('draws numbers in [0, 1) and leaves the input of a shuffle alone', () => {
    const random = seededRandom(42);
    const draws = Array.from({ length: 1000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const input = [1, 2, 3];
    shuffle(input, random);
    expect(input).toEqual([1, 2, 3]);
  });
});
