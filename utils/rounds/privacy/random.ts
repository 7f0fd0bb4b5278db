/**
 * Uniform integers from `crypto.getRandomValues`, never `Math.random` (RAPPOR's randomness note:
 * predictable randomness reveals the answers).
 */

/** A source of uniform integers in [0, n); production uses `randomBelow`, tests may inject. */
export type Below = (n: number) => number;

const TWO_32 = 2 ** 32;

/** Uniform integer in [0, n) by uint32 rejection sampling (no modulo bias). */
export function randomBelow(n: number): number {
  assertBound(n);
  // Largest multiple of n that fits: words at or above it are rejected and drawn again.
  const limit = TWO_32 - (TWO_32 % n);
  const word = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(word);
    const value = word[0] ?? limit;
    if (value < limit) return value % n;
  }
}

/** Fisher–Yates on a copy: the input is left as it is. */
export function shuffle<T>(items: readonly T[], below: Below = randomBelow): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = below(i + 1);
    const held = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = held;
  }
  return copy;
}

export function assertBound(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) {
    throw new RangeError(`a random bound must be an integer in 1..2^32, got ${n}`);
  }
}
