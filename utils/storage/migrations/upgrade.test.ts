import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeDb, getDb } from '../db';
import { StorageUnavailableError } from '../errors';
import { createResponse, getResponse } from '../responses';
import { useFreshDatabase } from '../test-utils';
import { initial } from './001-initial';
import type { Migration } from './types';

// Stand-in list so that a real upgrade past version 1 can be exercised.
const fake = vi.hoisted(() => ({ steps: [] as Migration[] }));
vi.mock('./index', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./index')>()),
  get MIGRATIONS() {
    return fake.steps;
  },
  get DB_VERSION() {
    return fake.steps.length;
  },
}));

describe('upgrading an existing database', () => {
  useFreshDatabase();
  afterEach(() => {
    vi.restoreAllMocks();
  });

  async function startAtVersion1() {
    fake.steps = [initial];
    const response = await createResponse({
      packId: 'sample',
      packVersion: '1.0.0',
      formId: 'self-review',
      progress: { answered: 0, total: 3 },
    });
    await closeDb();
    return response;
  }

  it('runs only the new step, which may move data through the upgrade transaction', async () => {
    const { id } = await startAtVersion1();
    const step2 = vi.fn<Migration>(async ({ tx }) => {
      const store = tx.objectStore('responses');
      for (const record of await store.getAll()) {
        await store.put({ ...record, data: { migrated: true } });
      }
    });
    fake.steps = [initial, step2];

    const db = await getDb();

    expect(db.version).toBe(2);
    expect(step2).toHaveBeenCalledOnce();
    expect((await getResponse(id))?.data).toEqual({ migrated: true });
  });

  it('leaves the database at its old version when a step fails', async () => {
    const { id } = await startAtVersion1();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.steps = [
      initial,
      ({ db }) => {
        db.deleteObjectStore('responses');
        throw new Error('broken step');
      },
    ];

    await expect(getDb()).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(logged).toHaveBeenCalled();

    fake.steps = [initial];
    expect((await getDb()).version).toBe(1);
    expect(await getResponse(id)).toMatchObject({ id, revision: 1 });
  });
});
