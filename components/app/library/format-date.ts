import type { Locale } from '@/utils/i18n/types';
import { formatDay } from '@/utils/reviews/format-day';

/** A pack's "2021-10-25" as "25/10/2021" (vi) or "25 Oct 2021" (en); anything else unchanged. */
export function formatIsoDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? formatDay(Number(match[1]), Number(match[2]) - 1, Number(match[3]), locale) : iso;
}
