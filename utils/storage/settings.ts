import { LOCALES } from '../i18n/types';
import { z } from '../zod';
import { withDb } from './db';
import { SETTINGS_KEY } from './schema';

/** Member preferences. New fields need a default so older stored records stay valid. */
export const settingsSchema = z.object({
  locale: z.enum(LOCALES).default('vi'),
  largeText: z.boolean().default(false),
  /** One question per screen, larger text and targets, high contrast, plain button words. */
  simpleMode: z.boolean().default(false),
  /** The monthly reminder before the cell meeting; off until the member turns it on. */
  reminder: z
    .object({
      enabled: z.boolean(),
      day: z.number().int().min(1).max(31),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    })
    .default({ enabled: false, day: 1, time: '08:00' }),
  /** The first-run orientation was dismissed ("Bỏ qua" or "Bắt đầu"). */
  orientationSeen: z.boolean().default(false),
  /** The notice that uninstalling or resetting the browser deletes the answers was dismissed. */
  dataNoticeSeen: z.boolean().default(false),
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
const storedSettingsSchema = z
  .object({
    locale: settingsSchema.shape.locale.catch(DEFAULT_SETTINGS.locale),
    largeText: settingsSchema.shape.largeText.catch(DEFAULT_SETTINGS.largeText),
    simpleMode: settingsSchema.shape.simpleMode.catch(DEFAULT_SETTINGS.simpleMode),
    reminder: settingsSchema.shape.reminder.catch(DEFAULT_SETTINGS.reminder),
    orientationSeen: settingsSchema.shape.orientationSeen.catch(DEFAULT_SETTINGS.orientationSeen),
    dataNoticeSeen: settingsSchema.shape.dataNoticeSeen.catch(DEFAULT_SETTINGS.dataNoticeSeen),
  })
  .catch(DEFAULT_SETTINGS);

function readSettings(value: unknown): Settings {
  return storedSettingsSchema.parse(value);
}
