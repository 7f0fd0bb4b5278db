import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db';
import { openAtVersion, useFreshDatabase } from '../test-utils';
import { DB_VERSION } from '.';

describe('002-meta', () => {
  const factory = useFreshDatabase();

  it('adds the meta store to a version-1 database and keeps its records', async () => {
    const v1 = await openAtVersion(factory(), 1);
    await v1.put('settings', { locale: 'en' }, 'settings');
    v1.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const meta = db.transaction('meta').store;
    expect(meta.keyPath).toBe('id');
    expect([...meta.indexNames]).toEqual([]);
    expect(await db.get('settings', 'settings')).toEqual({ locale: 'en' });
    await closeDb();
  });
});
