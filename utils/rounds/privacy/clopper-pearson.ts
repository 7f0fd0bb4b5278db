/**
 * Exact (Clopper–Pearson) binomial interval. Implemented here (no statistics library): the
 * regularised incomplete beta by Lentz's continued fraction, its inverse by bisection.
 */

/** 95 % two-sided interval for the success share y/n, as shares in [0, 1]. */
export function clopperPearson(y: number, n: number, alpha = 0.05): { low: number; high: number } {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(y) || y < 0 || y > n) {
    throw new RangeError(`need integers 0 ≤ y ≤ n, n ≥ 1; got y=${y}, n=${n}`);
  }
  return {
    low: y === 0 ? 0 : betaQuantile(alpha / 2, y, n - y + 1),
    high: y === n ? 1 : betaQuantile(1 - alpha / 2, y + 1, n - y),
  };
}

/** x with I_x(a, b) = p, by bisection (I is increasing in x); accurate to ~1e-12. */
export function betaQuantile(p: number, a: number, b: number): number {
  let low = 0;
  let high = 1;
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (regularisedBeta(middle, a, b) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** I_x(a, b), the regularised incomplete beta function. */
export function regularisedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  // The continued fraction converges fast only on this side; use the symmetry on the other.
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

const TINY = 1e-300;

/** Continued fraction of the incomplete beta (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = nonZero(1 - ((a + b) * x) / (a + 1));
  d = 1 / d;
  let result = d;
  for (let m = 1; m <= 300; m++) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / nonZero(1 + even * d);
    c = nonZero(1 + even / c);
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / nonZero(1 + odd * d);
    c = nonZero(1 + odd / c);
    const delta = d * c;
    result *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return result;
}

function nonZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(z) for z > 0 (Lanczos, g = 7): ~15 significant digits. */
export function logGamma(z: number): number {
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  const shifted = z - 1;
  let sum = 0;
  LANCZOS.forEach((coefficient, i) => {
    sum += i === 0 ? coefficient : coefficient / (shifted + i);
  });
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}
