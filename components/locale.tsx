import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '@/utils/i18n/types';

// Each surface loads only the strings it shows, and its components say which set they use, so
// the compiler refuses a string the page has not loaded: usePopupT (./i18n-popup) in the popup,
// useShellT (./i18n-shell) on the home and in the app frame, useT (./i18n) in the views loaded
// when opened, whose catalog (every string) loads with them.

const LocaleContext = createContext<Locale>('vi');

export function LocaleProvider(props: { locale: Locale; children: ComponentChildren }) {
  return <LocaleContext.Provider value={props.locale}>{props.children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
