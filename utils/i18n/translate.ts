import { en } from './en';
import { fillTemplate, type MessageParams } from './fill';
import type { Locale } from './types';
import { type MessageKey, vi } from './vi';

export type { MessageKey, MessageParams };

const catalogs: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** Looks up a UI string and fills `{name}` placeholders. Vietnamese is the fallback. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fillTemplate(catalogs[locale][key] ?? vi[key], params);
}
