import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db';
import { openAtVersion, samplePack, useFreshDatabase } from '../test-utils';
import { DB_VERSION } from '.';

describe('003-rounds', () => {
  const factory = useFreshDatabase();

  it('adds the round stores to a version-2 database and keeps its records', async () => {
    const v2 = await openAtVersion(factory(), 2);
    await v2.put('settings', { locale: 'vi' }, 'settings');
    await v2.put('meta', { id: 'data-migration/x', state: 'done', startedAt: 1, runs: 1 });
    v2.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    for (const name of ['rounds', 'roundKeys', 'contributions', 'memberRounds', 'memberSecrets']) {
      expect(db.objectStoreNames.contains(name as never)).toBe(true);
    }
    expect(await db.get('settings', 'settings')).toEqual({ locale: 'vi' });
    expect(await db.get('meta', 'data-migration/x')).toMatchObject({ state: 'done' });
    await closeDb();
  });

  it('upgrades a version-1 database with a pack straight to version 3', async () => {
    const v1 = await openAtVersion(factory(), 1);
    await v1.put('packs', { key: 'sample@1.0.0', id: 'sample', pack: samplePack() } as never);
    v1.close();
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.count('packs')).toBe(1);
    await closeDb();
  });
});
