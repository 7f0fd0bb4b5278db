import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDb } from './db';
import { getPack, listPacks, packKey, putPack } from './packs';
import { samplePack, useFreshDatabase } from './test-utils';
import type { InstalledPack } from './types';

describe('packs', () => {
  useFreshDatabase();

  it('installs a pack under id@version and reads it back', async () => {
    const pack = samplePack();
    const record = await putPack(pack, 'builtin');
    expect(record).toMatchObject({
      key: 'sample@1.0.0',
      id: 'sample',
      version: '1.0.0',
      source: 'builtin',
      installedAt: expect.any(Number),
    });
    expect(await getPack('sample', '1.0.0')).toEqual({ ...record, pack });
  });

  it('keeps several versions side by side and replaces a reinstalled one', async () => {
    await putPack(samplePack('sample', '1.0.0'), 'builtin');
    await putPack(samplePack('sample', '1.1.0'), 'builtin');
    await putPack(samplePack('other', '2.0.0'), 'file');
    await putPack(samplePack('sample', '1.0.0'), 'file');

    const installed = await listPacks();
    expect(installed.map((p) => [p.key, p.source])).toEqual([
      ['other@2.0.0', 'file'],
      ['sample@1.0.0', 'file'],
      ['sample@1.1.0', 'builtin'],
    ]);
    const versions = await (await getDb()).getAllKeysFromIndex('packs', 'by-id', 'sample');
    expect(versions).toEqual(['sample@1.0.0', 'sample@1.1.0']);
  });

  it('returns undefined for a pack that is not installed', async () => {
    expect(await getPack('missing', '1.0.0')).toBeUndefined();
  });

  it('skips a stored pack that no longer validates', async () => {
    await putPack(samplePack('good'), 'file');
    const broken = { ...(await putPack(samplePack('bad'), 'file')), pack: { id: 'bad' } };
    await (await getDb()).put('packs', broken as unknown as InstalledPack);

    expect(await getPack('bad', '1.0.0')).toBeUndefined();
    expect((await listPacks()).map((p) => p.key)).toEqual([packKey('good', '1.0.0')]);
  });
});
