import type { IDBPDatabase } from 'idb';

/**
 * A data step: rewrites records after the database is open, outside the upgrade transaction,
 * so it may await anything (WebCrypto). It declares the record shapes it reads and writes as
 * local types, must be idempotent (it may run again after an interruption, or in two tabs at
 * once), and states how it is undone or that it cannot be.
 */
export interface DataMigration {
  /** `NNN-name`, recorded in `meta` as `data-migration/NNN-name`. */
  id: string;
  /** How to undo it, or "irreversible: why". */
  rollback: string;
  // Untyped on purpose: today's TuSoiDB must not decide what an old step reads.
  run(db: IDBPDatabase<unknown>): Promise<void>;
}
