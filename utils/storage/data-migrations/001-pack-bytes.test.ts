import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listLibrary } from '../../library';
import { sha256Hex } from '../../library/identity';
import { closeDb, getDb, setIdbFactoryForTests } from '../db';
import { openAtVersion, samplePack, useFreshDatabase } from '../test-utils';

/** What version 1 of the extension wrote, spelled out here rather than taken from today's types. */
function v1Record(id: string, version: string, source: 'builtin' | 'file') {
  return {
    key: `${id}@${version}`,
    id,
    version,
    source,
    installedAt: 1_700_000_000_000,
    pack: samplePack(id, version),
  };
}

describe('data migration 001-pack-bytes', () => {
  const factory = useFreshDatabase();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A real version-1 database with the given pack records, closed. */
  async function v1Database(records: readonly object[], on: IDBFactory = factory()) {
    const db = await openAtVersion(on, 1);
    for (const record of records) await db.put('packs', record);
    db.close();
  }

  it('gives version-1 pack records reconstructed bytes, their hash and origin', async () => {
    const record = v1Record('sample', '1.0.0', 'file');
    await v1Database([record, v1Record('sample', '1.1.0', 'builtin')]);

    const db = await getDb();

    const { packs, unreadable } = await listLibrary();
    expect(unreadable).toEqual([]);
    expect(packs.map((p) => [p.key, p.origin, p.bytesReconstructed])).toEqual([
      ['sample@1.1.0', 'builtin', true],
      ['sample@1.0.0', 'file', true],
    ]);
    const migrated = packs[1];
    const text = new TextDecoder().decode(migrated?.bytes);
    expect(JSON.parse(text)).toEqual(record.pack);
    expect(text).toBe(`${JSON.stringify(record.pack, null, 2)}\n`);
    expect(migrated?.sha256).toBe(await sha256Hex(migrated?.bytes ?? new Uint8Array()));
    expect(migrated).toMatchObject({ installedAt: record.installedAt, pack: record.pack });
    expect(migrated).not.toHaveProperty('source');
    expect(await db.get('meta', 'data-migration/001-pack-bytes')).toMatchObject({
      state: 'done',
      runs: 1,
    });
  });

  it('is deterministic: the same stored pack gives the same bytes in another database', async () => {
    await v1Database([v1Record('sample', '1.0.0', 'file')]);
    const first = (await listLibrary()).packs[0];

    const other = new IDBFactory();
    await setIdbFactoryForTests(other);
    await v1Database([v1Record('sample', '1.0.0', 'file')], other);
    const second = (await listLibrary()).packs[0];
    expect(second?.bytes).toEqual(first?.bytes);
    expect(second?.sha256).toBe(first?.sha256);
  });

  it('resumes after an interruption and converts each record once', async () => {
    await v1Database([v1Record('a', '1.0.0', 'file'), v1Record('b', '1.0.0', 'file')]);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const digest = crypto.subtle.digest.bind(crypto.subtle);
    let calls = 0;
    const interrupted = vi.spyOn(crypto.subtle, 'digest').mockImplementation((...args) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new DOMException('page closed', 'AbortError'));
      return digest(...args);
    });

    const db = await getDb();
    expect(logged).toHaveBeenCalledOnce();
    expect(await db.get('meta', 'data-migration/001-pack-bytes')).toMatchObject({
      state: 'started',
      runs: 1,
    });
    // Half-way: the converted record is readable, the other is listed, not dropped.
    const half = await listLibrary();
    expect(half.packs.map((p) => p.key)).toEqual(['a@1.0.0']);
    expect(half.unreadable.map((r) => [r.key, r.value])).toEqual([
      ['b@1.0.0', v1Record('b', '1.0.0', 'file')],
    ]);
    const hashOfA = half.packs[0]?.sha256;
    await closeDb();
    interrupted.mockRestore();

    const reopened = await getDb();
    const { packs, unreadable } = await listLibrary();
    expect(unreadable).toEqual([]);
    expect(packs.map((p) => [p.key, p.bytesReconstructed])).toEqual([
      ['a@1.0.0', true],
      ['b@1.0.0', true],
    ]);
    expect(packs[0]?.sha256).toBe(hashOfA);
    expect(await reopened.get('meta', 'data-migration/001-pack-bytes')).toMatchObject({
      state: 'done',
      runs: 2,
    });
  });

  it('leaves records that are not version-1 shaped as they are', async () => {
    const odd = { key: 'odd@1.0.0', id: 'odd', note: 'hand-edited' };
    await v1Database([odd]);

    await getDb();
    const { unreadable } = await listLibrary();
    expect(unreadable.map((r) => [r.key, r.value])).toEqual([['odd@1.0.0', odd]]);
  });
});
