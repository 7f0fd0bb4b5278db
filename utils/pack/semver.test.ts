import { describe, expect, it } from 'vitest';
import { compareVersions } from './semver';

describe('compareVersions', () => {
  it('orders the examples of the semver 2.0 spec', () => {
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.9.0',
      '1.10.0',
      '1.10.1',
      '2.0.0',
      '10.0.0',
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareVersions)).toEqual(ordered);
  });

  it('gives the sign of each comparison', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBeLessThan(0);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(compareVersions('1.2.3+build.5', '1.2.3')).toBe(0);
  });

  it('compares numbers beyond the safe integer range exactly', () => {
    expect(compareVersions('1.0.9007199254740993', '1.0.9007199254740992')).toBeGreaterThan(0);
  });
});
