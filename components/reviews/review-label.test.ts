import { describe, expect, it } from 'vitest';
import { type MessageKey, type MessageParams, translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/types';
import { reviewLabel } from './review-label';

const tIn = (locale: Locale) => (key: MessageKey, params?: MessageParams) =>
  translate(locale, key, params);
const created = { createdAt: new Date(2026, 11, 1, 10).getTime() };

describe('review label', () => {
  it('defaults to its number and creation date, in either language', () => {
    expect(reviewLabel(tIn('vi'), 'vi', created, 2)).toBe('Lần 2 — 01/12/2026');
    expect(reviewLabel(tIn('en'), 'en', created, 2)).toBe('Review 2 — 1 Dec 2026');
  });

  it('prefers the round of an invitation, then the member’s own name', () => {
    const round = { roundId: 'r', label: 'Quý IV/2026', cellName: 'Chi bộ 4' };
    expect(reviewLabel(tIn('vi'), 'vi', { ...created, label: 'Của tôi' }, 1, round)).toBe(
      'Quý IV/2026',
    );
    expect(reviewLabel(tIn('vi'), 'vi', { ...created, label: 'Của tôi' }, 1)).toBe('Của tôi');
  });
});
