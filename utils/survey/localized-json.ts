import { LOCALES } from '../i18n/types';

type LocalizedText = { vi: string; en?: string };

/** `{ "vi": "…", "en": "…" }`: only our locale keys, string values, Vietnamese present. */
function isLocalizedText(value: object): value is LocalizedText {
  const entries = Object.entries(value);
  return (
    entries.some(([key]) => key === 'vi') &&
    entries.every(
      ([key, text]) => (LOCALES as readonly string[]).includes(key) && typeof text === 'string',
    )
  );
}

/**
 * Rewrites pack text objects so that survey-core falls back to Vietnamese. survey-core treats
 * English as its default locale: for `locale = 'en'` it reads only the "default" key, so a text
 * with just `vi` would show empty (a choice would show its raw value). English therefore goes
 * under "default", with Vietnamese as its stand-in. Live `model.locale` switching keeps working.
 */
export function withVietnameseFallback<T>(json: T): T {
  return rewrite(json) as T;
}

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (value === null || typeof value !== 'object') return value;
  if (isLocalizedText(value)) return { default: value.en ?? value.vi, vi: value.vi };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item)]));
}
