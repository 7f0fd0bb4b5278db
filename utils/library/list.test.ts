import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDb } from '../storage/db';
import { samplePack, useFreshDatabase } from '../storage/test-utils';
import type { InstalledPack } from '../storage/types';
import { listLibrary } from './list';
import { installForTest } from './test-utils';

describe('listLibrary', () => {
  useFreshDatabase();

  it('groups by id and orders versions by semver, newest first', async () => {
    for (const version of ['1.9.0', '1.10.0', '1.10.0-rc.1', '1.10.0-beta', '2.0.0', '1.2.3']) {
      await installForTest(samplePack('sample', version));
    }
    await installForTest(samplePack('another', '1.0.0'));
    await installForTest(samplePack('zed', '0.1.0'));

    const { packs, unreadable } = await listLibrary();
    expect(packs.map((p) => p.key)).toEqual([
      'another@1.0.0',
      'sample@2.0.0',
      'sample@1.10.0',
      'sample@1.10.0-rc.1',
      'sample@1.10.0-beta',
      'sample@1.9.0',
      'sample@1.2.3',
      'zed@0.1.0',
    ]);
    expect(unreadable).toEqual([]);
  });

  it('lists records it cannot read with key, reason and raw value, beside the readable ones', async () => {
    await installForTest(samplePack('sample', '1.0.0'));
    const corrupt = { key: 'sample@1.1.0', id: 'sample', version: '1.1.0', pack: 'garbled' };
    const db = await getDb();
    await db.put('packs', corrupt as unknown as InstalledPack);

    const { packs, unreadable } = await listLibrary();
    expect(packs.map((p) => p.key)).toEqual(['sample@1.0.0']);
    expect(unreadable).toEqual([
      { key: 'sample@1.1.0', reason: expect.stringContaining('bytes'), value: corrupt },
    ]);
    expect(await db.count('packs')).toBe(2);
  });
});
