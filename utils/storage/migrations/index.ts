import { initial } from './001-initial';
import { meta } from './002-meta';
import { rounds } from './003-rounds';
import { commitments } from './004-commitments';
import type { Migration } from './types';

export type { Migration, MigrationContext } from './types';

/**
 * Append-only: entry n upgrades the database to version n. Never edit a released step;
 * add the next file (`003-….ts`) and its test instead. Steps change stores and indexes only;
 * records are rewritten by data migrations (`../data-migrations`) after the database is open.
 */
export const MIGRATIONS: readonly Migration[] = [initial, meta, rounds, commitments];

export const DB_VERSION = MIGRATIONS.length;

/**
 * Runs steps `oldVersion + 1` … `newVersion` in order. Synchronous steps run synchronously,
 * so schema changes happen while the upgrade transaction is certainly active.
 */
export async function runMigrations<Context>(
  steps: readonly ((context: Context) => void | Promise<void>)[],
  context: Context,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = steps[version - 1];
    if (!step) throw new RangeError(`No migration to database version ${version}`);
    const pending = step(context);
    if (pending) await pending;
  }
}
