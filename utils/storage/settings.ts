import { LOCALES } from '../i18n/types';
import { z } from '../zod';
import { withDb } from './db';
import { SETTINGS_KEY } from './schema';

/** Member preferences. New fields need a default so older stored records stay valid. */
export const settingsSchema = z.object({
  locale: z._default(z.enum(LOCALES), 'vi'),
  largeText: z._default(z.boolean(), false),
  /** One question per screen, larger text and targets, high contrast, plain button words. */
  simpleMode: z._default(z.boolean(), false),
  /** The monthly reminder before the cell meeting; off until the member turns it on. */
  reminder: z._default(
    z.object({
      enabled: z.boolean(),
      day: z.number().check(z.int(), z.gte(1), z.lte(31)),
      time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
    }),
    { enabled: false, day: 1, time: '08:00' },
  ),
  /** The first-run orientation was dismissed ("Bỏ qua" or "Bắt đầu"). */
  orientationSeen: z._default(z.boolean(), false),
  /** The notice that uninstalling or resetting the browser deletes the answers was dismissed. */
  dataNoticeSeen: z._default(z.boolean(), false),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Stored settings, or the defaults when there are none or they are unreadable. */
export async function getSettings(): Promise<Settings> {
  return readSettings(await withDb((db) => db.get('settings', SETTINGS_KEY)));
}

/** Merges `patch` into the stored settings. Rejects (writing nothing) if the result is invalid. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return withDb(async (db) => {
    const tx = db.transaction('settings', 'readwrite');
    const current = readSettings(await tx.store.get(SETTINGS_KEY));
    const next = settingsSchema.parse({ ...current, ...patch });
    await Promise.all([tx.store.put(next, SETTINGS_KEY), tx.done]);
    return next;
  });
}

// Reading keeps every readable field: one bad value must not also reset the language.
const { shape } = settingsSchema;
const storedSettingsSchema = z.catch(
  z.object({
    locale: z.catch(shape.locale, DEFAULT_SETTINGS.locale),
    largeText: z.catch(shape.largeText, DEFAULT_SETTINGS.largeText),
    simpleMode: z.catch(shape.simpleMode, DEFAULT_SETTINGS.simpleMode),
    reminder: z.catch(shape.reminder, DEFAULT_SETTINGS.reminder),
    orientationSeen: z.catch(shape.orientationSeen, DEFAULT_SETTINGS.orientationSeen),
    dataNoticeSeen: z.catch(shape.dataNoticeSeen, DEFAULT_SETTINGS.dataNoticeSeen),
  }),
  DEFAULT_SETTINGS,
);

function readSettings(value: unknown): Settings {
  return storedSettingsSchema.parse(value);
}
