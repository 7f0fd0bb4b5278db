import { describe, expect, it } from 'vitest';
import { formatReportNumber } from './format';

describe('formatReportNumber', () => {
  it('writes each kind of number', () => {
    expect(formatReportNumber({ kind: 'exact', value: 0 }, 'vi')).toBe('0');
    expect(formatReportNumber({ kind: 'exact', value: 12 }, 'vi')).toBe('12');
    expect(formatReportNumber({ kind: 'exact', value: 1234 }, 'vi')).toBe('1.234');
    expect(formatReportNumber({ kind: 'exact', value: 1234 }, 'en')).toBe('1,234');
    expect(formatReportNumber({ kind: 'band', low: 1, high: 4 }, 'vi')).toBe('1–4');
    expect(formatReportNumber({ kind: 'hidden' }, 'vi')).toBe('ẩn');
    expect(formatReportNumber({ kind: 'hidden' }, 'en')).toBe('hidden');
    expect(formatReportNumber({ kind: 'estimate', value: 7.6, low: 0.64, high: 12 }, 'vi')).toBe(
      '≈ 8 (1–12)',
    );
  });
});
