import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDb } from './db';
import { DB_VERSION } from './migrations';
import { STORE_NAMES, STORES } from './stores';
import { useFreshDatabase } from './test-utils';

describe('store registry', () => {
  useFreshDatabase();

  it('declares exactly the stores and indexes the migrations build', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    const tx = db.transaction(STORE_NAMES);
    for (const name of STORE_NAMES) {
      const store = tx.objectStore(name);
      const declared = STORES[name];
      expect([name, store.keyPath]).toEqual([name, declared.keyPath]);
      const indexes = Object.fromEntries(
        [...store.indexNames].map((index) => [index, store.index(index).keyPath]),
      );
      expect([name, indexes]).toEqual([name, declared.indexes]);
    }
    await tx.done;
  });

  it('keeps indexed fields in plaintext', () => {
    for (const name of STORE_NAMES) {
      const { keyPath, indexes, plaintextFields } = STORES[name];
      const indexed = [keyPath, ...Object.values(indexes)].flat().filter((path) => path !== null);
      expect([name, indexed.filter((path) => !plaintextFields.includes(path as never))]).toEqual([
        name,
        [],
      ]);
    }
  });
});
