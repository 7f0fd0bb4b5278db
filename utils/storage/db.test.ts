import 'fake-indexeddb/auto';
import { type IDBDatabase as FakeIDBDatabase, forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDb, getDb, setIdbFactoryForTests, withDb } from './db';
import { classifyStorageError, StorageUnavailableError } from './errors';
import { DB_NAME } from './schema';
import { useFreshDatabase } from './test-utils';

describe('getDb', () => {
  const factory = useFreshDatabase();
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shares one connection between calls', async () => {
    const first = getDb();
    expect(getDb()).toBe(first);
    expect(await first).toBe(await getDb());
  });

  it('reopens after closeDb', async () => {
    const first = await getDb();
    await closeDb();
    const second = await getDb();
    expect(second).not.toBe(first);
    expect(await second.count('responses')).toBe(0);
  });

  it('reopens after the browser terminates the connection', async () => {
    const first = await getDb();
    // fake-indexeddb's typing wants the constructor; it takes the connection.
    forceCloseDatabase(unwrap(first) as unknown as typeof FakeIDBDatabase);
    const second = await getDb();
    expect(second).not.toBe(first);
    await expect(second.put('settings', { locale: 'en' }, 'settings')).resolves.toBe('settings');
  });

  it('withDb runs the work again on a new connection when the browser closed the old one', async () => {
    const connections: unknown[] = [];
    const key = await withDb((db) => {
      connections.push(db);
      if (connections.length === 1) {
        forceCloseDatabase(unwrap(db) as unknown as typeof FakeIDBDatabase);
      }
      return db.put('settings', { locale: 'en' }, 'settings');
    });
    expect(key).toBe('settings');
    expect(connections).toHaveLength(2);
    expect(connections[1]).not.toBe(connections[0]);
    expect(await (await getDb()).get('settings', 'settings')).toEqual({ locale: 'en' });
  });

  it('withDb starts work in the caller task once the connection is open', async () => {
    const db = await getDb();
    let started: unknown;
    const running = withDb(async (open) => {
      started = open;
    });
    // Before any await: a save begins before the page re-renders.
    expect(started).toBe(db);
    await running;
    await closeDb();
    let reopened = false;
    const reopening = withDb(async () => {
      reopened = true;
    });
    expect(reopened).toBe(false);
    await reopening;
    expect(reopened).toBe(true);
  });

  it('withDb does not repeat work that failed for another reason', async () => {
    const work = vi.fn(async () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    await expect(withDb(work)).rejects.toThrow('disk full');
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('withDb gives up after one retry', async () => {
    const work = vi.fn(async () => {
      throw new DOMException('closing', 'InvalidStateError');
    });
    await expect(withDb(work)).rejects.toThrow('closing');
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('steps aside when another tab deletes or upgrades the database', async () => {
    const first = await getDb();
    await first.put('settings', { locale: 'en' }, 'settings');
    const blocked = vi.fn();

    await new Promise<void>((resolve, reject) => {
      const request = factory().deleteDatabase(DB_NAME);
      request.onblocked = blocked;
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });

    expect(blocked).not.toHaveBeenCalled();
    const second = await getDb();
    expect(second).not.toBe(first);
    expect(await second.get('settings', 'settings')).toBeUndefined();
  });

  it('rejects as unavailable without IndexedDB, and retries on the next call', async () => {
    await setIdbFactoryForTests(undefined);
    vi.stubGlobal('indexedDB', undefined);

    const failure = await getDb().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageUnavailableError);
    expect(classifyStorageError(failure)).toBe('unavailable');

    vi.unstubAllGlobals();
    await expect(getDb()).resolves.toHaveProperty('name', DB_NAME);
  });

  it('wraps a failed open as unavailable, keeping the cause', async () => {
    const cause = new DOMException('A mutation operation was attempted', 'InvalidStateError');
    await setIdbFactoryForTests({
      open: () => {
        throw cause;
      },
    } as unknown as IDBFactory);

    const failure = await getDb().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageUnavailableError);
    expect((failure as Error).cause).toBe(cause);
  });
});

describe('requestPersistentStorage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // Fresh module per test: the answer is remembered for the page's lifetime.
  async function load(storage: Partial<StorageManager> | undefined) {
    vi.stubGlobal('navigator', { storage });
    vi.resetModules();
    return (await import('./db')).requestPersistentStorage;
  }

  it('asks once and remembers the answer', async () => {
    const persist = vi.fn(async () => true);
    const request = await load({ persisted: async () => false, persist });
    expect(await request()).toBe(true);
    expect(await request()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask when storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    const request = await load({ persisted: async () => true, persist });
    expect(await request()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports a refusal', async () => {
    const request = await load({ persisted: async () => false, persist: async () => false });
    expect(await request()).toBe(false);
  });

  it('resolves false when the API is missing', async () => {
    expect(await (await load(undefined))()).toBe(false);
    expect(await (await load({}))()).toBe(false);
  });

  it('resolves false instead of throwing', async () => {
    const request = await load({
      persisted: async () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(await request()).toBe(false);
  });
});
