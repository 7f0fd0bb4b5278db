import type { Locale } from '../i18n/types';

// Fixed names: ICU versions differ ("Sep" or "Sept"), and the tests pin the exact text.
export const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

export const pad = (value: number) => String(value).padStart(2, '0');

/**
 * "01/12/2026" (vi: digits, as on Vietnamese documents) or "1 Dec 2026" (en: a month name, since
 * "01/12" reads as 1 December or 12 January depending on the reader). `month` counts from 0.
 */
export function formatDay(year: number, month: number, day: number, locale: Locale): string {
  return locale === 'vi'
    ? `${pad(day)}/${pad(month + 1)}/${year}`
    : `${day} ${EN_MONTHS[month]} ${year}`;
}
