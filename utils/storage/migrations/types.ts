import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { TuSoiDB } from '../schema';

export interface MigrationContext {
  db: IDBPDatabase<TuSoiDB>;
  /** The upgrade transaction: use it (never `db.transaction`) to read or rewrite records. */
  tx: IDBPTransaction<TuSoiDB, StoreNames<TuSoiDB>[], 'versionchange'>;
}

/**
 * One schema step. It may be async to move data, but must only await requests on `tx`:
 * awaiting anything else lets the upgrade transaction commit half-way.
 */
export type Migration = (context: MigrationContext) => void | Promise<void>;
