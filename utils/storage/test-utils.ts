import { IDBFactory } from 'fake-indexeddb';
import { type IDBPDatabase, wrap } from 'idb';
import { afterEach, beforeEach } from 'vitest';
import type { Pack } from '../pack/schema';
import { setIdbFactoryForTests } from './db';
import { MIGRATIONS, type MigrationContext, runMigrations } from './migrations';
import { DB_NAME } from './schema';

/**
 * Gives every test of the calling file its own empty in-memory IndexedDB.
 * The test file must import 'fake-indexeddb/auto' first (idb checks the IDB* globals).
 */
export function useFreshDatabase(): () => IDBFactory {
  let factory = new IDBFactory();
  beforeEach(async () => {
    factory = new IDBFactory();
    await setIdbFactoryForTests(factory);
  });
  afterEach(() => setIdbFactoryForTests(undefined));
  return () => factory;
}

/** A minimal valid pack. */
export function samplePack(id = 'sample', version = '1.0.0'): Pack {
  return {
    format: 'tu-soi/pack@1',
    id,
    version,
    title: { vi: 'Mẫu thử', en: 'Sample' },
    description: { vi: 'Gói mẫu để kiểm thử.' },
    publisher: 'Tự soi',
    issued: '2024-01-01',
    sources: [{ title: { vi: 'Nguồn' }, date: '2024-01-01' }],
    forms: [
      {
        id: 'self-review',
        title: { vi: 'Tự kiểm điểm' },
        survey: { pages: [] },
        aggregate: { groups: [] },
      },
    ],
  };
}

/**
 * Opens the database at an earlier `version`, built by the schema steps of that time and
 * nothing else (no data migrations): the fixture of a previous release. Close it before the
 * code under test opens the database.
 */
export async function openAtVersion(
  factory: IDBFactory,
  version: number,
): Promise<IDBPDatabase<unknown>> {
  const request = factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const context = {
      db: wrap(request.result),
      tx: wrap(request.transaction as IDBTransaction),
    } as unknown as MigrationContext;
    void runMigrations(MIGRATIONS.slice(0, version), context, event.oldVersion, version);
  });
  return (await wrap(request)) as IDBPDatabase<unknown>;
}
