import { type MessageKey, type MessageParams, translate } from '@/utils/i18n/translate';
import { useLocale } from './locale';

export { LocaleProvider, useLocale } from './locale';

/** `const t = useT(); t('common.close')` — UI strings come only from the locale files. */
export function useT() {
  const locale = useLocale();
  return (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
}
