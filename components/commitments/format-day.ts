import type { Locale } from '@/utils/i18n/types';

/** A `YYYY-MM-DD` date as the member reads it: "31/03/2027" or "31 Mar 2027"; else as given. */
export function formatDay(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return locale === 'vi'
    ? `${match[3]}/${match[2]}/${match[1]}`
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(
        date,
      );
}
