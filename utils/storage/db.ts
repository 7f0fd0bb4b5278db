import { type IDBPDatabase, wrap } from 'idb';
import { runDataMigrations } from './data-migrations';
import { StorageUnavailableError } from './errors';
import { DB_VERSION, MIGRATIONS, type MigrationContext, runMigrations } from './migrations';
import { DB_NAME, type TuSoiDB } from './schema';

let connection: Promise<IDBPDatabase<TuSoiDB>> | undefined;
/** `connection` once it is open: work on it can begin in the caller's task (see `withDb`). */
let ready: IDBPDatabase<TuSoiDB> | undefined;
let factoryForTests: IDBFactory | undefined;
let persistence: Promise<boolean> | undefined;

/**
 * The shared connection, opened (and upgraded) on first use. If the browser closes it or
 * another tab needs to upgrade, the next call opens a new one. Rejects with
 * `StorageUnavailableError` when IndexedDB cannot be used.
 */
export function getDb(): Promise<IDBPDatabase<TuSoiDB>> {
  if (!connection) {
    const attempt: Promise<IDBPDatabase<TuSoiDB>> = open(() => {
      if (connection === attempt) forgetConnection();
    });
    connection = attempt;
    attempt.then(
      (db) => {
        if (connection === attempt) ready = db;
      },
      // A failed open is not cached: the next call tries again.
      () => {
        if (connection === attempt) forgetConnection();
      },
    );
  }
  return connection;
}

function forgetConnection(): void {
  connection = undefined;
  ready = undefined;
}

// What a transaction on a connection the browser has closed fails with (Chromium throws
// InvalidStateError from `transaction()`; a transaction cut off mid-way aborts).
const CLOSED_CONNECTION_ERRORS = new Set(['InvalidStateError', 'AbortError']);

/**
 * Runs `work` on the shared connection. If the connection turns out to be closed (the
 * browser terminated it), opens a new one and runs `work` once more, so a save interrupted
 * that way still lands. `work` must be safe to repeat: an aborted transaction wrote nothing.
 * On an open connection `work` starts at once, in the caller's task: an answer's save reaches
 * the database before the page re-renders, not after.
 */
export async function withDb<T>(work: (db: IDBPDatabase<TuSoiDB>) => Promise<T>): Promise<T> {
  const db = ready ?? (await getDb());
  try {
    return await work(db);
  } catch (error) {
    if (!(error instanceof DOMException) || !CLOSED_CONNECTION_ERRORS.has(error.name)) throw error;
    if (connection && (await connection.catch(() => undefined)) === db) forgetConnection();
    return work(await getDb());
  }
}

/** Closes the shared connection; the next `getDb()` reopens. */
export async function closeDb(): Promise<void> {
  const closing = connection;
  forgetConnection();
  const db = await closing?.catch(() => undefined);
  db?.close();
}

/** Points the layer at another IndexedDB (a fresh fake per test) and drops the connection. */
export async function setIdbFactoryForTests(factory: IDBFactory | undefined): Promise<void> {
  await closeDb();
  factoryForTests = factory;
}

// idb's openDB always uses the global `indexedDB`; this is the same wiring with the factory
// chosen here, so tests need not replace globals.
async function open(forget: () => void): Promise<IDBPDatabase<TuSoiDB>> {
  const factory = factoryForTests ?? (globalThis.indexedDB as IDBFactory | undefined);
  if (!factory) throw new StorageUnavailableError('IndexedDB is not available');

  let db: IDBPDatabase<TuSoiDB>;
  try {
    const request = factory.open(DB_NAME, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => upgrade(request, event));
    db = (await wrap(request)) as unknown as IDBPDatabase<TuSoiDB>;
  } catch (cause) {
    throw new StorageUnavailableError('Could not open the database', { cause });
  }
  // Closed by the browser (storage cleared, disk error): reopen on next use.
  db.addEventListener('close', forget);
  // Another tab opens a newer version or deletes the database: step aside so it is not blocked.
  db.addEventListener('versionchange', () => {
    db.close();
    forget();
  });
  await migrateData(db);
  return db;
}

/**
 * Data migrations run once the database is open, before anyone reads it. A failure does not
 * keep the member out: the records it did not convert stay as they were and are reported as
 * unreadable (never dropped), and the next open resumes the step.
 */
async function migrateData(db: IDBPDatabase<TuSoiDB>): Promise<void> {
  try {
    await runDataMigrations(db);
  } catch (error) {
    console.error('Data migration failed; it resumes on the next start', error);
  }
}

function upgrade(request: IDBOpenDBRequest, event: IDBVersionChangeEvent): void {
  const context = {
    db: wrap(request.result),
    tx: wrap(request.transaction as IDBTransaction),
  } as unknown as MigrationContext;
  // An aborted upgrade already fails the open request; this keeps it from being unhandled too.
  context.tx.done.catch(() => undefined);
  runMigrations(MIGRATIONS, context, event.oldVersion, event.newVersion ?? DB_VERSION).catch(
    (error: unknown) => {
      // Abort so the database stays at its old version instead of a half-migrated one.
      console.error('Database migration failed', error);
      context.tx.abort();
    },
  );
}

/**
 * Asks the browser not to evict our data under storage pressure (at most once per page).
 * Resolves to whether storage is persistent; false when unsupported or refused. Never rejects.
 */
export function requestPersistentStorage(): Promise<boolean> {
  persistence ??= askPersistence();
  return persistence;
}

async function askPersistence(): Promise<boolean> {
  try {
    const storage = (globalThis.navigator as Navigator | undefined)?.storage;
    // Checking first avoids a needless permission prompt (Firefox) when already granted.
    if (await storage?.persisted?.()) return true;
    return (await storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
