import type { IDBPDatabase } from 'idb';
import type { DataMigrationRecord, TuSoiDB } from '../schema';
import { packBytes } from './001-pack-bytes';
import type { DataMigration } from './types';

export type { DataMigration } from './types';

/** Append-only, run in order. Never edit a released step; add the next file and its test. */
export const DATA_MIGRATIONS: readonly DataMigration[] = [packBytes];

export function metaKey(migration: DataMigration): string {
  return `data-migration/${migration.id}`;
}

/**
 * Runs each data migration not yet recorded as done, marking it started first and done after.
 * A step that was started but not done (the page closed, the step threw) runs again on the
 * next open; steps are idempotent, so that resumes it. Rejects with the first failure, leaving
 * it recorded as started.
 */
export async function runDataMigrations(
  db: IDBPDatabase<TuSoiDB>,
  migrations: readonly DataMigration[] = DATA_MIGRATIONS,
): Promise<void> {
  // A database built by an older step list (tests of schema steps) has nowhere to record.
  if (!db.objectStoreNames.contains('meta')) return;
  for (const migration of migrations) {
    const id = metaKey(migration);
    const previous = await db.get('meta', id);
    if (previous?.state === 'done') continue;
    const started: DataMigrationRecord = {
      id,
      state: 'started',
      startedAt: previous?.startedAt ?? Date.now(),
      runs: (previous?.runs ?? 0) + 1,
    };
    await db.put('meta', started);
    await migration.run(db as unknown as IDBPDatabase<unknown>);
    await db.put('meta', { ...started, state: 'done', doneAt: Date.now() });
  }
}
