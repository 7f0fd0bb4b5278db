/**
 * Semver 2.0 precedence (https://semver.org/#spec-item-11), for versions that passed the
 * pack schema's `semver` check. Build metadata is not part of the format, so it is not handled.
 */

interface ParsedVersion {
  core: [number, number, number];
  /** Pre-release identifiers; empty for a release. */
  pre: string[];
}

const NUMERIC = /^(0|[1-9]\d*)$/;

function parse(version: string): ParsedVersion {
  const dash = version.indexOf('-');
  const core = dash < 0 ? version : version.slice(0, dash);
  const [major = 0, minor = 0, patch = 0] = core.split('.').map(Number);
  return { core: [major, minor, patch], pre: dash < 0 ? [] : version.slice(dash + 1).split('.') };
}

/** Numeric identifiers compare numerically and sort before alphanumeric ones (spec 11.4). */
function compareIdentifiers(a: string, b: string): number {
  const aNumeric = NUMERIC.test(a);
  const bNumeric = NUMERIC.test(b);
  if (aNumeric && bNumeric) return Math.sign(Number(a) - Number(b));
  if (aNumeric) return -1;
  if (bNumeric) return 1;
  // ASCII order, as the spec says; localeCompare would depend on the user's locale.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative if `a` comes before `b`, positive if after, 0 if they have equal precedence. */
export function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  for (let index = 0; index < 3; index++) {
    const difference = (left.core[index] ?? 0) - (right.core[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  // A release is above its own pre-releases: 1.0.0-rc.1 < 1.0.0.
  if (left.pre.length === 0 || right.pre.length === 0) {
    return Math.sign(right.pre.length - left.pre.length);
  }
  const shared = Math.min(left.pre.length, right.pre.length);
  for (let index = 0; index < shared; index++) {
    const order = compareIdentifiers(left.pre[index] ?? '', right.pre[index] ?? '');
    if (order !== 0) return order;
  }
  // More identifiers after an equal prefix sort higher: 1.0.0-alpha < 1.0.0-alpha.1.
  return Math.sign(left.pre.length - right.pre.length);
}

/** A new array, highest version first (the order the library lists versions in). */
export function sortVersionsDescending<T extends string>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => compareVersions(b, a));
}
