import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { closeDb, getDb } from './db';
import { DEFAULT_SETTINGS, getSettings, type Settings, saveSettings } from './settings';
import { useFreshDatabase } from './test-utils';

async function putRaw(value: unknown) {
  await (await getDb()).put('settings', value, 'settings');
}

const FLAGS = { orientationSeen: false, dataNoticeSeen: false, simpleMode: false };

describe('settings', () => {
  useFreshDatabase();

  it('defaults to Vietnamese, normal text, notices not yet seen, reminder off', async () => {
    expect(DEFAULT_SETTINGS).toEqual({
      locale: 'vi',
      largeText: false,
      ...FLAGS,
      reminder: { enabled: false, day: 1, time: '08:00' },
    });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges each patch into what is stored', async () => {
    expect(await saveSettings({ locale: 'en' })).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'en',
      largeText: false,
    });
    expect(await saveSettings({ largeText: true })).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'en',
      largeText: true,
    });
    await closeDb();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, locale: 'en', largeText: true });
  });

  it('rejects an invalid patch and keeps the stored settings', async () => {
    await saveSettings({ largeText: true });
    await expect(saveSettings({ locale: 'fr' } as unknown as Partial<Settings>)).rejects.toThrow();
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, locale: 'vi', largeText: true });
  });

  it.each([
    ['a wrong type', { locale: 42, largeText: 'yes' }],
    ['an unknown locale', { locale: 'fr', largeText: 'big' }],
    ['not an object', 'settings'],
    ['null', null],
  ])('falls back to the defaults for a corrupt record (%s)', async (_, value) => {
    await putRaw(value);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('can save over a corrupt record', async () => {
    await putRaw({ locale: 42 });
    expect(await saveSettings({ largeText: true })).toEqual({
      ...DEFAULT_SETTINGS,
      locale: 'vi',
      largeText: true,
    });
  });

  it('keeps the readable fields of a partly corrupt record', async () => {
    await putRaw({ locale: 'en', largeText: 'yes' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, locale: 'en', largeText: false });
  });

  it('keeps a valid reminder and drops an invalid one to the default', async () => {
    const reminder = { enabled: true, day: 31, time: '19:30' };
    expect((await saveSettings({ reminder })).reminder).toEqual(reminder);
    await putRaw({ locale: 'en', reminder: { enabled: true, day: 32, time: '25:00' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, locale: 'en' });
  });

  it('fills fields missing from an older record with their defaults', async () => {
    await putRaw({ locale: 'en' });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, locale: 'en', largeText: false });
  });

  it('remembers that the orientation and the data notice were seen', async () => {
    await saveSettings({ orientationSeen: true });
    await saveSettings({ dataNoticeSeen: true });
    await closeDb();
    expect(await getSettings()).toEqual({
      locale: 'vi',
      largeText: false,
      orientationSeen: true,
      dataNoticeSeen: true,
      simpleMode: false,
      reminder: DEFAULT_SETTINGS.reminder,
    });
  });

  it('keeps the other fields when a seen flag is unreadable', async () => {
    await putRaw({ locale: 'en', largeText: true, orientationSeen: 'yes', dataNoticeSeen: true });
    expect(await getSettings()).toEqual({
      locale: 'en',
      largeText: true,
      orientationSeen: false,
      dataNoticeSeen: true,
      simpleMode: false,
      reminder: DEFAULT_SETTINGS.reminder,
    });
  });
});
