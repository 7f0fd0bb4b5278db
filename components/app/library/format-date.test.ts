import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format-date';

describe('formatIsoDate', () => {
  it('writes a pack date in digits in Vietnamese and with a month name in English', () => {
    expect(formatIsoDate('2021-10-25', 'vi')).toBe('25/10/2021');
    expect(formatIsoDate('2026-12-01', 'en')).toBe('1 Dec 2026');
  });

  it('leaves a value that is not a calendar date as it is', () => {
    expect(formatIsoDate('Q4 2026', 'en')).toBe('Q4 2026');
  });
});
