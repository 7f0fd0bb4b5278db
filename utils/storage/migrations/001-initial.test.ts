import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openAtVersion, useFreshDatabase } from '../test-utils';

describe('001-initial', () => {
  const factory = useFreshDatabase();

  it('creates the stores and indexes of version 1', async () => {
    const db = await openAtVersion(factory(), 1);
    expect(db.version).toBe(1);
    expect([...db.objectStoreNames].sort()).toEqual(['packs', 'responses', 'settings']);

    const tx = db.transaction(['packs', 'responses', 'settings']);
    const packs = tx.objectStore('packs');
    expect(packs.keyPath).toBe('key');
    expect([...packs.indexNames]).toEqual(['by-id']);
    expect(packs.index('by-id').keyPath).toBe('id');

    const responses = tx.objectStore('responses');
    expect(responses.keyPath).toBe('id');
    expect([...responses.indexNames].sort()).toEqual(['by-pack', 'by-updated']);
    expect(responses.index('by-updated').keyPath).toBe('updatedAt');
    expect(responses.index('by-pack').keyPath).toEqual(['packId', 'packVersion']);

    const settings = tx.objectStore('settings');
    expect(settings.keyPath).toBeNull();
    expect(settings.autoIncrement).toBe(false);
    await tx.done;
    db.close();
  });
});
