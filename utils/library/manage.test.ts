import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureBuiltinPacks } from '../packs/builtin';
import { getDb } from '../storage/db';
import { getPack } from '../storage/packs';
import { createResponse } from '../storage/responses';
import { samplePack, useFreshDatabase } from '../storage/test-utils';
import type { InstalledPack, ResponseRecord } from '../storage/types';
import { analyseImport, installPack } from './import';
import { dependentResponses, exportPack, removePack } from './manage';
import { installForTest, packFile, refusal } from './test-utils';
import { unreadableRecordsJson } from './unreadable';

function draftOn(packId: string, packVersion: string) {
  return createResponse({
    packId,
    packVersion,
    formId: 'self-review',
    progress: { answered: 0, total: 1 },
  });
}

describe('dependentResponses and removePack', () => {
  useFreshDatabase();

  it('lists only the responses made with that exact version', async () => {
    await installForTest(samplePack('sample', '1.0.0'));
    const mine = await draftOn('sample', '1.0.0');
    await draftOn('sample', '1.1.0');
    await draftOn('other', '1.0.0');
    expect((await dependentResponses('sample', '1.0.0')).map((r) => r.id)).toEqual([mine.id]);
  });

  it('refuses while a response uses the version, then removes it', async () => {
    await installForTest(samplePack('sample', '1.0.0'));
    await installForTest(samplePack('sample', '1.1.0'));
    const draft = await draftOn('sample', '1.0.0');

    expect(await removePack('sample', '1.0.0')).toEqual({
      removed: false,
      dependents: [draft],
      unreadableDependents: 0,
    });
    expect(await getPack('sample', '1.0.0')).toMatchObject({ version: '1.0.0' });

    await (await getDb()).delete('responses', draft.id);
    expect(await removePack('sample', '1.0.0')).toEqual({ removed: true });
    expect(await getPack('sample', '1.0.0')).toBeUndefined();
    expect(await getPack('sample', '1.1.0')).toMatchObject({ version: '1.1.0' });
  });

  it('counts a response it cannot read as a dependent too', async () => {
    await installForTest(samplePack('sample', '1.0.0'));
    const draft = await draftOn('sample', '1.0.0');
    const garbled = { ...draft, revision: 'x' } as unknown as ResponseRecord;
    await (await getDb()).put('responses', garbled);

    expect(await removePack('sample', '1.0.0')).toEqual({
      removed: false,
      dependents: [],
      unreadableDependents: 1,
    });
  });

  it('refuses a built-in version this build ships: it would come back', async () => {
    await ensureBuiltinPacks();
    const shipped = JSON.parse(
      readFileSync(new URL('../../forms/nq04-27.json', import.meta.url), 'utf8'),
    );
    const error = await refusal(removePack(shipped.id, shipped.version));
    expect(error.details).toEqual({ code: 'builtin', key: `${shipped.id}@${shipped.version}` });
  });

  it('removes a built-in version that is no longer shipped', async () => {
    await installForTest(samplePack('nq04-27', '0.9.0'), 'builtin');
    expect(await removePack('nq04-27', '0.9.0')).toEqual({ removed: true });
  });

  it('removes an unreadable record when nothing uses it', async () => {
    const broken = { key: 'sample@1.0.0', id: 'sample' } as unknown as InstalledPack;
    await (await getDb()).put('packs', broken);
    expect(await removePack('sample', '1.0.0')).toEqual({ removed: true });
    expect(await (await getDb()).count('packs')).toBe(0);
  });

  it('says when there is nothing to remove', async () => {
    const error = await refusal(removePack('missing', '1.0.0'));
    expect(error.details).toEqual({ code: 'not-found', key: 'missing@1.0.0' });
  });
});

describe('exportPack', () => {
  useFreshDatabase();

  it('returns exactly the imported bytes under id-version.json', async () => {
    const bytes = packFile({ version: '1.10.0' }, 3);
    await installPack(await analyseImport('whatever I called it.json', bytes));
    const exported = await exportPack('mau-kiem-tra', '1.10.0');
    expect(exported).toEqual({ fileName: 'mau-kiem-tra-1.10.0.json', bytes });
  });

  it('says when the bytes were reconstructed', async () => {
    const record = await installForTest(samplePack());
    await (await getDb()).put('packs', { ...record, bytesReconstructed: true });
    expect(await exportPack('sample', '1.0.0')).toMatchObject({ bytesReconstructed: true });
  });

  it('refuses a version that is not installed', async () => {
    const error = await refusal(exportPack('sample', '9.9.9'));
    expect(error.details).toEqual({ code: 'not-found', key: 'sample@9.9.9' });
  });
});

describe('unreadableRecordsJson', () => {
  it('writes byte arrays as base64 so the file is plain JSON', () => {
    const json = unreadableRecordsJson([
      { key: 'a@1.0.0', reason: 'bad', value: { bytes: new Uint8Array([104, 105]) } },
    ]);
    expect(JSON.parse(json)).toEqual({
      unreadable: [{ key: 'a@1.0.0', reason: 'bad', value: { bytes: { $bytes: 'aGk=' } } }],
    });
  });
});
