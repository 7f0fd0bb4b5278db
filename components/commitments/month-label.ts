import { translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/types';

function parts(month: string, locale: Locale) {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const date = new Date(year, number - 1, 1);
  const name = (style: 'long' | 'short') =>
    new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { month: style }).format(date);
  return { month: number, year, monthName: name('long'), monthShort: name('short') };
}

/** "tháng 1/2027" or "January 2027". */
export function monthLabel(month: string, locale: Locale): string {
  return translate(locale, 'commitments.month', parts(month, locale));
}

/** "T1" or "Jan": a grid column header. */
export function monthShortLabel(month: string, locale: Locale): string {
  return translate(locale, 'commitments.monthShort', parts(month, locale));
}
