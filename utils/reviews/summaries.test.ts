import { describe, expect, it } from 'vitest';
import { formatDateTime } from './summaries';

describe('formatDateTime', () => {
  const evening = new Date(2026, 10, 22, 21, 5).getTime();

  it('writes time, then the date in digits, in Vietnamese', () => {
    expect(formatDateTime(evening, 'vi')).toBe('21:05, 22/11/2026');
  });

  it('writes the date, then the time, in English', () => {
    expect(formatDateTime(evening, 'en')).toBe('22/11/2026, 21:05');
  });
});
