import { en } from './en';
import type { Locale } from './types';
import { type MessageKey, vi } from './vi';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** Looks up a UI string and fills `{name}` placeholders. Vietnamese is the fallback. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = catalogs[locale][key] ?? vi[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
