import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDb } from '../storage/db';
import { useFreshDatabase } from '../storage/test-utils';
import type { InstalledPack } from '../storage/types';
import { sha256Hex } from './identity';
import { analyseImport, installPack } from './import';
import { packFile, refusal, validPack, withoutQuestion } from './test-utils';
import type { ImportAnalysis } from './types';

const ID = 'mau-kiem-tra';

async function analyse(version: string, indent = 2) {
  return analyseImport(`${ID}-${version}.json`, packFile({ version }, indent));
}

async function install(version: string, indent = 2) {
  return installPack(await analyse(version, indent));
}

describe('analyseImport', () => {
  useFreshDatabase();

  it('lists every issue of an invalid file and stores nothing', async () => {
    const bytes = new TextEncoder().encode('{"format": ');
    const analysis = await analyseImport('broken.json', bytes);
    expect(analysis).toMatchObject({ status: 'invalid', fileName: 'broken.json', bytes });
    expect(analysis.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['$', 'json.syntax'],
    ]);
    expect(analysis.pack).toBeUndefined();
    expect(await refusal(installPack(analysis))).toMatchObject({
      code: 'not-installable',
      details: { status: 'invalid' },
    });
    expect(await (await getDb()).count('packs')).toBe(0);
  });

  it('calls a first version new, and keeps the bytes, hash and file name it installs', async () => {
    const analysis = await analyse('1.2.0');
    expect(analysis).toMatchObject({ status: 'new', issues: [] });
    expect(analysis.sha256).toBe(await sha256Hex(analysis.bytes));
    const installed = await installPack(analysis);
    expect(installed).toMatchObject({
      key: `${ID}@1.2.0`,
      origin: 'file',
      fileName: `${ID}-1.2.0.json`,
      sha256: analysis.sha256,
      bytes: analysis.bytes,
    });
    expect(installed).not.toHaveProperty('bytesReconstructed');
  });

  it('calls the same bytes again installed, so nothing is installed twice', async () => {
    const first = await install('1.2.0');
    const again = await analyse('1.2.0');
    expect(again).toMatchObject({ status: 'installed', installed: { sha256: first.sha256 } });
    expect(await refusal(installPack(again))).toMatchObject({ code: 'not-installable' });
  });

  it('refuses another file with the same id and version, giving both hashes', async () => {
    const first = await install('1.2.0');
    const other = await analyse('1.2.0', 4);
    expect(other.status).toBe('conflict');
    expect(other.installed).toEqual({ sha256: first.sha256 });
    expect(other.sha256).not.toBe(first.sha256);
    expect(await refusal(installPack(other))).toMatchObject({ code: 'not-installable' });
  });

  it('calls a version above every installed one an update, with the highest below as previous', async () => {
    await install('1.2.0');
    await install('1.9.0');
    const analysis = await analyse('1.10.0');
    expect(analysis.status).toBe('update');
    expect(analysis.previous?.version).toBe('1.9.0');
    expect(analysis.diff).toMatchObject({ id: ID, fromVersion: '1.9.0', toVersion: '1.10.0' });
  });

  it('says what changed since the previous version', async () => {
    await install('1.2.0');
    const newer = withoutQuestion(validPack({ version: '1.3.0' }), 'bh01_ghi_chu');
    const bytes = new TextEncoder().encode(JSON.stringify(newer));
    const analysis = await analyseImport('newer.json', bytes);
    expect(analysis.diff?.forms[0]?.questions.map((change) => [change.kind, change.name])).toEqual([
      ['removed', 'bh01_ghi_chu'],
    ]);
  });

  it('calls a version below the highest installed older, with its own previous', async () => {
    await install('1.2.0');
    await install('1.10.0');
    const between = await analyse('1.9.0');
    expect(between).toMatchObject({ status: 'older', previous: { version: '1.2.0' } });
    const lowest = await analyse('1.0.0-rc.1');
    expect(lowest.status).toBe('older');
    expect(lowest.previous).toBeUndefined();
    await installPack(lowest);
    expect((await analyse('1.0.0')).previous?.version).toBe('1.0.0-rc.1');
  });

  it('compares a record with reconstructed bytes by content, not bytes', async () => {
    const pack = validPack();
    const reconstructed: InstalledPack = {
      key: `${ID}@1.2.0`,
      id: ID,
      version: '1.2.0',
      origin: 'file',
      installedAt: 1,
      bytes: new TextEncoder().encode(JSON.stringify(pack)),
      sha256: await sha256Hex(new TextEncoder().encode(JSON.stringify(pack))),
      bytesReconstructed: true,
      pack,
    };
    await (await getDb()).put('packs', reconstructed);

    // The original file, laid out differently from the reconstruction: same content.
    const original = await analyse('1.2.0', 4);
    expect(original.sha256).not.toBe(reconstructed.sha256);
    expect(original).toMatchObject({
      status: 'installed',
      installed: { sha256: reconstructed.sha256 },
    });

    const changed = await analyseImport('changed.json', packFile({ publisher: 'Chi bộ khác' }));
    expect(changed.status).toBe('conflict');
  });

  it('treats an unreadable record under the same key as a conflict, never overwriting it', async () => {
    await (await getDb()).put('packs', { key: `${ID}@1.2.0`, id: ID } as unknown as InstalledPack);
    const analysis = await analyse('1.2.0');
    expect(analysis.status).toBe('conflict');
    expect(analysis.installed).toBeUndefined();
  });
});

describe('installPack', () => {
  useFreshDatabase();

  it('re-checks identity in the write transaction: a second tab cannot install other bytes', async () => {
    // Two tabs analyse different files of one version before either installs.
    const tabA = await analyse('1.2.0');
    const tabB = await analyse('1.2.0', 4);
    expect([tabA.status, tabB.status]).toEqual(['new', 'new']);

    const installed = await installPack(tabA);
    expect(await refusal(installPack(tabB))).toMatchObject({
      code: 'conflict',
      details: { key: `${ID}@1.2.0`, installedSha256: tabA.sha256, sha256: tabB.sha256 },
    });
    // The same file from the other tab is simply the installed pack.
    expect(await installPack({ ...tabA })).toEqual(installed);
  });

  it('stores a view into a larger buffer as just its own bytes', async () => {
    const file = packFile();
    const padded = new Uint8Array(file.byteLength + 100);
    padded.set(file, 50);
    const view = padded.subarray(50, 50 + file.byteLength);
    await installPack(await analyseImport('view.json', view));
    const stored = (await (await getDb()).get('packs', `${ID}@1.2.0`))?.bytes;
    expect(stored?.buffer.byteLength).toBe(file.byteLength);
    expect(stored).toEqual(file);
  });

  it('hashes the bytes it stores, not the hash the analysis claims', async () => {
    const analysis: ImportAnalysis = { ...(await analyse('1.2.0')), sha256: '0'.repeat(64) };
    const installed = await installPack(analysis);
    expect(installed.sha256).toBe(await sha256Hex(analysis.bytes));
  });
});
