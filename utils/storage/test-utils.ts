import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import type { Pack } from '../pack/schema';
import { setIdbFactoryForTests } from './db';

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
