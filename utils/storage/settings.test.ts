import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { closeDb, getDb } from './db';
import { DEFAULT_SETTINGS, getSettings, type Settings, saveSettings } from './settings';
import { useFreshDatabase } from './test-utils';

async function putRaw(value: unknown) {
  await (await getDb()).put('settings', value, 'settings');
}

const FLAGS = { orientationSeen: false, dataNoticeSeen: false };

describe('settings', () => {
  useFreshDatabase();

  it('defaults to Vietnamese, normal text, orientation and data notice not yet seen', async () => {
    expect(DEFAULT_SETTINGS).toEqual({ locale: 'vi', largeText: false, ...FLAGS });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('merges each patch into what is stored', async () => {
    expect(await saveSettings({ locale: 'en' })).toEqual({
      locale: 'en',
      largeText: false,
      ...FLAGS,
    });
    expect(await saveSettings({ largeText: true })).toEqual({
      locale: 'en',
      largeText: true,
      ...FLAGS,
    });
    await closeDb();
    expect(await getSettings()).toEqual({ locale: 'en', largeText: true, ...FLAGS });
  });

  it('rejects an invalid patch and keeps the stored settings', async () => {
    await saveSettings({ largeText: true });
    await expect(saveSettings({ locale: 'fr' } as unknown as Partial<Settings>)).rejects.toThrow();
    expect(await getSettings()).toEqual({ locale: 'vi', largeText: true, ...FLAGS });
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
      locale: 'vi',
      largeText: true,
      ...FLAGS,
    });
  });

  it('keeps the readable fields of a partly corrupt record', async () => {
    await putRaw({ locale: 'en', largeText: 'yes' });
    expect(await getSettings()).toEqual({ locale: 'en', largeText: false, ...FLAGS });
  });

  it('fills fields missing from an older record with their defaults', async () => {
    await putRaw({ locale: 'en' });
    expect(await getSettings()).toEqual({ locale: 'en', largeText: false, ...FLAGS });
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
    });
  });

  it('keeps the other fields when a seen flag is unreadable', async () => {
    await putRaw({ locale: 'en', largeText: true, orientationSeen: 'yes', dataNoticeSeen: true });
    expect(await getSettings()).toEqual({
      locale: 'en',
      largeText: true,
      orientationSeen: false,
      dataNoticeSeen: true,
    });
  });
});
