import { DB_NAME, SETTINGS_KEY } from '../storage/schema';
import { isObject } from './json';

/**
 * The records the pre-painted page needs, read straight from IndexedDB the moment a review page
 * opens, without the storage layer (its validators and migrations load with the app). These
 * values paint a page and nothing else: the app reads and validates them again before anything
 * is saved, and any shape this reader does not expect means no pre-paint.
 */
export interface EarlyRead {
  /** Undefined for a new review (nothing stored yet). */
  response: unknown;
  pack: unknown;
  settings: unknown;
}

export type EarlyTarget =
  | { responseId: string }
  | { packId: string; packVersion: string; formId: string };

const STORES = ['responses', 'packs', 'settings'] as const;

/**
 * Null when the database lacks a store (an old or broken one: the app sees to it), or on any
 * error: the page then simply waits for the app. `db` is from `openExisting`.
 */
async function readEarly(target: EarlyTarget, db: IDBDatabase): Promise<EarlyRead | null> {
  try {
    if (!STORES.every((name) => db.objectStoreNames.contains(name))) return null;
    const tx = db.transaction([...STORES], 'readonly');
    const settings = request(tx.objectStore('settings').get(SETTINGS_KEY));
    if ('responseId' in target) {
      const response = await request(tx.objectStore('responses').get(target.responseId));
      if (!isObject(response)) return null;
      const { packId, packVersion } = response;
      if (typeof packId !== 'string' || typeof packVersion !== 'string') return null;
      const pack = await request(tx.objectStore('packs').get(`${packId}@${packVersion}`));
      return { response, pack, settings: await settings };
    }
    const pack = await request(
      tx.objectStore('packs').get(`${target.packId}@${target.packVersion}`),
    );
    return { response: undefined, pack, settings: await settings };
  } catch {
    return null;
  }
}

/** The connection (left open, for `earlyWriter`) and what was read on it. */
export interface EarlyOpen {
  db: IDBDatabase;
  read: EarlyRead | null;
}

/**
 * Opens the database and reads the review's records: begun the moment a review link opens,
 * while the pre-paint's code is still loading. Null when there is no database yet.
 */
export async function startEarlyRead(
  target: EarlyTarget,
  factory: IDBFactory = indexedDB,
): Promise<EarlyOpen | null> {
  const db = await openExisting(factory);
  return db && { db, read: await readEarly(target, db) };
}

/**
 * Opens the database at whatever version it has; null if there is none yet (a first run: the
 * app creates it). Opening a database that does not exist would create it empty at version 1
 * and confuse the app's migrations, so that upgrade is aborted. The connection closes itself
 * when the app needs to upgrade the database.
 */
export function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(DB_NAME);
    } catch {
      resolve(null);
      return;
    }
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const db = open.result;
      // The app is upgrading the database in another tab: let it.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
  });
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
