// The checker sets up the locales it accepts itself, so that survey-core is in the same state
// in the CLI and in the extension (which imports the same module for its renderer).
import 'survey-core/i18n/vietnamese';
import { Serializer } from 'survey-core';

/**
 * Values a survey's `locale` may have in a pack: the two languages the extension shows, and
 * survey-core's own spellings of "the default locale" ("" and "default"). survey-core's own
 * list is computed at runtime from the locale modules that happen to be imported (the CLI
 * loads none, the extension loads Vietnamese), so the checker never uses it: the same file
 * gets the same verdict everywhere.
 */
export const PACK_LOCALES = ['vi', 'en', 'default', ''] as const;

export function isPackLocale(value: unknown): boolean {
  return (PACK_LOCALES as readonly unknown[]).includes(value);
}

/** The survey's `locale` property, whose survey-core verdict {@link isPackLocale} replaces. */
export const SURVEY_LOCALE_PROPERTY = Serializer.findProperty('survey', 'locale');
