/**
 * Semver 2.0 precedence (https://semver.org/#spec-item-11): negative when `a` comes before `b`,
 * positive after, 0 when equal. Build metadata (`+…`) is ignored. Numbers compare as numbers
 * (1.10.0 after 1.9.0); a pre-release comes before its release (1.0.0-rc.1 < 1.0.0).
 * Stand-in written by the library helper with the signature of the contract; helper "format"
 * owns this file.
 */
export function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  for (let i = 0; i < 3; i++) {
    const difference = compareNumbers(left.core[i] ?? '0', right.core[i] ?? '0');
    if (difference !== 0) return difference;
  }
  // A version without pre-release identifiers has higher precedence.
  if (left.pre.length === 0) return right.pre.length === 0 ? 0 : 1;
  if (right.pre.length === 0) return -1;
  const length = Math.max(left.pre.length, right.pre.length);
  for (let i = 0; i < length; i++) {
    const x = left.pre[i];
    const y = right.pre[i];
    // A larger set of pre-release fields has higher precedence when all before are equal.
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const difference = compareIdentifiers(x, y);
    if (difference !== 0) return difference;
  }
  return 0;
}

const NUMERIC = /^\d+$/;

function parse(version: string): { core: string[]; pre: string[] } {
  const withoutBuild = version.split('+', 1)[0] ?? '';
  const dash = withoutBuild.indexOf('-');
  const core = dash === -1 ? withoutBuild : withoutBuild.slice(0, dash);
  const pre = dash === -1 ? [] : withoutBuild.slice(dash + 1).split('.');
  return { core: core.split('.'), pre };
}

function compareIdentifiers(x: string, y: string): number {
  const xNumeric = NUMERIC.test(x);
  const yNumeric = NUMERIC.test(y);
  if (xNumeric && yNumeric) return compareNumbers(x, y);
  // Numeric identifiers always have lower precedence than alphanumeric ones.
  if (xNumeric) return -1;
  if (yNumeric) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares digit strings of any length without losing precision. */
function compareNumbers(x: string, y: string): number {
  const a = x.replace(/^0+(?=\d)/, '');
  const b = y.replace(/^0+(?=\d)/, '');
  if (a.length !== b.length) return a.length - b.length > 0 ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}
