import { app as enApp } from '@/utils/i18n/en/app';
import { remedy as enRemedy } from '@/utils/i18n/en/remedy';
import { survey as enSurvey } from '@/utils/i18n/en/survey';
import { fillTemplate, type MessageParams } from '@/utils/i18n/fill';
import type { Locale } from '@/utils/i18n/types';
import { app as viApp } from '@/utils/i18n/vi/app';
import { remedy as viRemedy } from '@/utils/i18n/vi/remedy';
import { survey as viSurvey } from '@/utils/i18n/vi/survey';

// Only the namespaces the pre-painted page uses, not the whole catalog: the same strings as the
// review page's, at a fraction of its bytes.
const CATALOGS = {
  vi: { ...viApp, ...viSurvey, ...viRemedy },
  en: { ...enApp, ...enSurvey, ...enRemedy },
} satisfies Record<Locale, unknown>;

export type PrepaintKey = keyof typeof CATALOGS.vi;

export function prepaintText(locale: Locale) {
  return (key: PrepaintKey, params?: MessageParams) => fillTemplate(CATALOGS[locale][key], params);
}
