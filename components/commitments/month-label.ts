import { translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/types';

function parts(month: string, locale: Locale) {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const date = new Date(year, number - 1, 1);
  const name = (style: 'long' | 'short') =>
    new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { month: style }).format(date);
  // Vietnamese names a month by its number ("tháng 1/2027"), English by its name.
  return {
    year,
    long: locale === 'vi' ? number : name('long'),
    short: locale === 'vi' ? number : name('short'),
  };
}

/** "tháng 1/2027" or "January 2027". */
export function monthLabel(month: string, locale: Locale): string {
  const { year, long } = parts(month, locale);
  return translate(locale, 'commitments.month', { month: long, year });
}

/** "T1" or "Jan": a grid column header. */
export function monthShortLabel(month: string, locale: Locale): string {
  return translate(locale, 'commitments.monthShort', { month: parts(month, locale).short });
}
