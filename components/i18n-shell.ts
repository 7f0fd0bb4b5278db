import { type ShellKey, translateShell } from '@/utils/i18n/shell';
import type { MessageParams } from '@/utils/i18n/translator';
import { useLocale } from './locale';

/**
 * `const t = useShellT()`: the home page's and the app frame's strings, the popup's among them
 * (utils/i18n/vi/shell.ts), which every page of the app loads.
 */
export function useShellT() {
  const locale = useLocale();
  return (key: ShellKey, params?: MessageParams) => translateShell(locale, key, params);
}
