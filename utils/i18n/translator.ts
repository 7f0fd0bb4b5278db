import type { Locale } from './types';

export type MessageParams = Record<string, string | number>;

/** A catalog per locale, each with every key: Vietnamese first, English from it. */
export type Catalogs<Key extends string> = Record<Locale, Record<Key, string>>;

/** Looks up UI strings in `catalogs` and fills `{name}` placeholders. Vietnamese is the fallback. */
export function translator<Key extends string>(catalogs: Catalogs<Key>) {
  return (locale: Locale, key: Key, params?: MessageParams): string => {
    const template = catalogs[locale][key] ?? catalogs.vi[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}
