import { translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/types';
import { EN_MONTHS } from '@/utils/reviews/format-day';

function parts(month: string) {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return { year, number };
}

/** "tháng 1/2027" or "January 2027": Vietnamese names a month by its number, English by name. */
export function monthLabel(month: string, locale: Locale): string {
  const { year, number } = parts(month);
  const name =
    locale === 'vi'
      ? number
      : new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(new Date(year, number - 1, 1));
  return translate(locale, 'commitments.month', { month: name, year });
}

/** "T1" or "Jan": a grid column header, with the same fixed short names as every date. */
export function monthShortLabel(month: string, locale: Locale): string {
  const { number } = parts(month);
  return translate(locale, 'commitments.monthShort', {
    month: locale === 'vi' ? number : (EN_MONTHS[number - 1] ?? String(number)),
  });
}
