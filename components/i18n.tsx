import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type MessageKey, type MessageParams, translate } from '@/utils/i18n/translate';
import type { Locale } from '@/utils/i18n/types';

const LocaleContext = createContext<Locale>('vi');

export function LocaleProvider(props: { locale: Locale; children: ComponentChildren }) {
  return <LocaleContext.Provider value={props.locale}>{props.children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** `const t = useT(); t('common.close')` — UI strings come only from the locale files. */
export function useT() {
  const locale = useContext(LocaleContext);
  return (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
}
