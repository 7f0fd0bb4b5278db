import type { Locale } from '../i18n/types';
import type { LocalizedText } from './schema';

/** Pack text in the member's language, falling back to Vietnamese (always present). */
export function localize(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' ? text.en : undefined) ?? text.vi;
}
