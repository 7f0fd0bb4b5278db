import { describe, expect, it } from 'vitest';
import { compareVersions, sortVersionsDescending } from './semver';

/** Each version is strictly lower than the next (semver.org's own examples and ours). */
const ASCENDING = [
  '0.9.0',
  '1.0.0-0',
  '1.0.0-2',
  '1.0.0-10',
  '1.0.0-alpha',
  '1.0.0-alpha.1',
  '1.0.0-alpha.beta',
  '1.0.0-beta',
  '1.0.0-beta.2',
  '1.0.0-beta.11',
  '1.0.0-rc.1',
  '1.0.0',
  '1.0.1',
  '1.9.0',
  '1.10.0',
  '2.0.0',
  '10.0.0',
];

describe('compareVersions', () => {
  it.each(ASCENDING.slice(1).map((higher, index) => [ASCENDING[index] ?? '', higher]))(
    '%s < %s',
    (lower, higher) => {
      expect(compareVersions(lower, higher)).toBe(-1);
      expect(compareVersions(higher, lower)).toBe(1);
    },
  );

  it('orders every pair, not only neighbours', () => {
    ASCENDING.forEach((a, i) => {
      ASCENDING.forEach((b, j) => {
        expect(compareVersions(a, b)).toBe(Math.sign(i - j));
      });
    });
  });

  it('compares alphanumeric identifiers in ASCII order (upper case first)', () => {
    expect(compareVersions('1.0.0-Beta', '1.0.0-alpha')).toBe(-1);
    expect(compareVersions('1.0.0-alpha-2', '1.0.0-alpha-10')).toBe(1);
  });
});

describe('sortVersionsDescending', () => {
  it('puts the highest version first and leaves its input alone', () => {
    const input = ['1.9.0', '1.10.0', '1.0.0', '1.10.0-rc.1'];
    expect(sortVersionsDescending(input)).toEqual(['1.10.0', '1.10.0-rc.1', '1.9.0', '1.0.0']);
    expect(input).toEqual(['1.9.0', '1.10.0', '1.0.0', '1.10.0-rc.1']);
  });
});
