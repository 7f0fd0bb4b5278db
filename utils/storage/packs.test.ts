import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { installForTest } from '../library/test-utils';
import { getDb } from './db';
import { getPack, listPackRecords } from './packs';
import { samplePack, useFreshDatabase } from './test-utils';
import type { InstalledPack } from './types';

describe('packs', () => {
  useFreshDatabase();

  it('reads an installed pack back under id@version, bytes and all', async () => {
    const record = await installForTest(samplePack(), 'builtin');
    expect(record).toMatchObject({
      key: 'sample@1.0.0',
      id: 'sample',
      version: '1.0.0',
      origin: 'builtin',
      installedAt: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(await getPack('sample', '1.0.0')).toEqual(record);
    expect((await getPack('sample', '1.0.0'))?.bytes).toBeInstanceOf(Uint8Array);
  });

  it('returns undefined for a pack that is not installed', async () => {
    expect(await getPack('missing', '1.0.0')).toBeUndefined();
  });

  it('reports a record it cannot read, with its key and the reason, instead of dropping it', async () => {
    await installForTest(samplePack('good'));
    const bad = await installForTest(samplePack('bad'));
    const broken = { ...bad, pack: { id: 'bad' } };
    await (await getDb()).put('packs', broken as unknown as InstalledPack);

    expect(await getPack('bad', '1.0.0')).toBeUndefined();
    const { packs, unreadable } = await listPackRecords();
    expect(packs.map((p) => p.key)).toEqual(['good@1.0.0']);
    expect(unreadable).toEqual([
      { key: 'bad@1.0.0', reason: expect.stringContaining('pack.format'), value: broken },
    ]);
  });

  it('reads a pack that a later, stricter import rule would refuse', async () => {
    // Markup in a title is refused at import today; a stored record is not re-checked for it.
    const pack = { ...samplePack(), title: { vi: '<b>Mẫu</b>' } };
    await installForTest(pack);
    expect((await getPack('sample', '1.0.0'))?.pack.title).toEqual({ vi: '<b>Mẫu</b>' });
  });

  it('keeps fields of the stored pack that this version does not know', async () => {
    const pack = { ...samplePack(), lineage: [{ from: '0.9.0', forms: [] }] };
    await installForTest(pack as ReturnType<typeof samplePack>);
    expect((await getPack('sample', '1.0.0'))?.pack).toMatchObject({ lineage: pack.lineage });
  });

  it('does not judge identity fields by the import rules, but requires key = id@version', async () => {
    const record = await installForTest(samplePack());
    const db = await getDb();
    const oddVersion = { ...record, key: 'Sample@1.0', id: 'Sample', version: '1.0' };
    const mismatched = { ...record, key: 'sample@9.9.9' };
    await db.put('packs', oddVersion);
    await db.put('packs', mismatched);

    const { packs, unreadable } = await listPackRecords();
    expect(packs.map((p) => p.key)).toEqual(['Sample@1.0', 'sample@1.0.0']);
    expect(unreadable.map((r) => [r.key, r.reason])).toEqual([
      ['sample@9.9.9', expect.stringContaining('key is not id@version')],
    ]);
  });
});
