import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { closeDb, getDb } from '../db';
import { openAtVersion, useFreshDatabase } from '../test-utils';
import { DB_VERSION } from '.';

describe('004-commitments', () => {
  const factory = useFreshDatabase();

  it('adds the monthly-check store to a version-3 database and keeps its records', async () => {
    const v3 = await openAtVersion(factory(), 3);
    await v3.put('settings', { locale: 'en' }, 'settings');
    await v3.put('memberSecrets', { id: 'memo-key' } as never);
    v3.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('commitmentChecks')).toBe(true);
    const store = db.transaction('commitmentChecks').store;
    expect(store.keyPath).toEqual(['registrationId', 'month']);
    expect(store.index('by-registration').keyPath).toBe('registrationId');
    expect(await db.get('settings', 'settings')).toEqual({ locale: 'en' });
    expect(await db.count('memberSecrets')).toBe(1);
    await closeDb();
  });
});
