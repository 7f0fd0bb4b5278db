import type { Locale } from '@/utils/i18n/types';
import { formatDate } from '@/utils/reviews/review-labels';
import type { MemberRoundLabel } from '@/utils/rounds/service/types';
import type { ResponseRecord } from '@/utils/storage/types';
import type { usePopupT } from '../i18n-popup';

// The popup's translate: review names show there too (the home's and a view's fit as well).
type Translate = ReturnType<typeof usePopupT>;

/** The default name: "Lần 2 — 01/12/2026" / "Review 2 — 1 Dec 2026". */
export function defaultReviewLabel(
  t: Translate,
  locale: Locale,
  response: Pick<ResponseRecord, 'createdAt'>,
  ordinal: number,
): string {
  return t('reviews.label.default', { n: ordinal, date: formatDate(response.createdAt, locale) });
}

/** What tells this review from the others: its round, else the member's name, else the default. */
export function reviewLabel(
  t: Translate,
  locale: Locale,
  response: Pick<ResponseRecord, 'createdAt' | 'label'>,
  ordinal: number,
  round?: MemberRoundLabel,
): string {
  return round?.label ?? response.label ?? defaultReviewLabel(t, locale, response, ordinal);
}
