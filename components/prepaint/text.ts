import { app as enApp } from '@/utils/i18n/en/app';
import { remedy as enRemedy } from '@/utils/i18n/en/remedy';
import { reviewPage as enReviewPage } from '@/utils/i18n/en/review-page';
import { survey as enSurvey } from '@/utils/i18n/en/survey';
import { type MessageParams, translator } from '@/utils/i18n/translator';
import type { Locale } from '@/utils/i18n/types';
import { app as viApp } from '@/utils/i18n/vi/app';
import { remedy as viRemedy } from '@/utils/i18n/vi/remedy';
import { reviewPage as viReviewPage } from '@/utils/i18n/vi/review-page';
import { survey as viSurvey } from '@/utils/i18n/vi/survey';

// Only the sets the pre-painted page uses, not the whole catalog: the same strings as the
// review page's, at a fraction of its bytes.
const vi = { ...viApp, ...viReviewPage, ...viSurvey, ...viRemedy };
export type PrepaintKey = keyof typeof vi;
const translate = translator<PrepaintKey>({
  vi,
  en: { ...enApp, ...enReviewPage, ...enSurvey, ...enRemedy },
});

export function prepaintText(locale: Locale) {
  return (key: PrepaintKey, params?: MessageParams) => translate(locale, key, params);
}
