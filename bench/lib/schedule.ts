/**
 * The order of a run: every row once per round, rounds in a fresh shuffled order, so that slow
 * moments of a shared machine fall on all rows alike instead of on whichever ran last.
 */

/** A small seeded generator (mulberry32): the same seed gives the same order on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given generator; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface Round<T> {
  /** 0-based; rounds below `warmups` are warm-ups whose measurements are dropped. */
  index: number;
  warmup: boolean;
  rows: T[];
}

/** `warmups + runs` rounds, each holding every row exactly once. */
export function interleave<T>(rows: readonly T[], warmups: number, runs: number, seed: number) {
  const random = seededRandom(seed);
  const rounds: Round<T>[] = [];
  for (let index = 0; index < warmups + runs; index++) {
    rounds.push({ index, warmup: index < warmups, rows: shuffle(rows, random) });
  }
  return rounds;
}
