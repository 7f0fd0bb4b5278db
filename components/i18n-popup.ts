import { type PopupKey, translatePopup } from '@/utils/i18n/popup';
import type { MessageParams } from '@/utils/i18n/translator';
import { useLocale } from './locale';

/** `const t = usePopupT(); t('common.close')`: the popup's strings (utils/i18n/vi/popup.ts). */
export function usePopupT() {
  const locale = useLocale();
  return (key: PopupKey, params?: MessageParams) => translatePopup(locale, key, params);
}
