import type { Below } from './random';

/**
 * A seeded generator for simulations only (mulberry32 + rejection sampling): fast and
 * repeatable, so a statistical assertion over 10 000 rounds gives the same verdict every run.
 */
export function seededBelow(seed: number): Below {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return (z ^ (z >>> 14)) >>> 0;
  };
  return (n) => {
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const word = next();
      if (word < limit) return word % n;
    }
  };
}
