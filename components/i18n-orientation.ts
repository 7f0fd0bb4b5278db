import { type OrientationKey, translateOrientation } from '@/utils/i18n/orientation';
import { useLocale } from './locale';

/** `const t = useOrientationT()`: the orientation's strings (utils/i18n/vi/orientation.ts). */
export function useOrientationT() {
  const locale = useLocale();
  return (key: OrientationKey) => translateOrientation(locale, key);
}
