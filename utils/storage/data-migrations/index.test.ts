import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '../db';
import { useFreshDatabase } from '../test-utils';
import { DATA_MIGRATIONS, type DataMigration, metaKey, runDataMigrations } from './index';

function step(id: string, run: DataMigration['run'] = async () => undefined): DataMigration {
  return { id, rollback: 'irreversible: test step', run: vi.fn(run) };
}

describe('runDataMigrations', () => {
  useFreshDatabase();

  it('runs each step once, in order, recording it done', async () => {
    const db = await getDb();
    const order: string[] = [];
    const steps = ['001-a', '002-b'].map((id) =>
      step(id, async () => {
        order.push(id);
      }),
    );

    await runDataMigrations(db, steps);
    await runDataMigrations(db, steps);

    expect(order).toEqual(['001-a', '002-b']);
    expect(await db.get('meta', metaKey(steps[1] as DataMigration))).toMatchObject({
      state: 'done',
      runs: 1,
      doneAt: expect.any(Number),
    });
  });

  it('stops at a failing step, leaves it started, and runs it again next time', async () => {
    const db = await getDb();
    let fail = true;
    const flaky = step('001-flaky', async () => {
      if (fail) throw new Error('interrupted');
    });
    const next = step('002-next');

    await expect(runDataMigrations(db, [flaky, next])).rejects.toThrow('interrupted');
    expect(next.run).not.toHaveBeenCalled();
    expect(await db.get('meta', metaKey(flaky))).toMatchObject({ state: 'started', runs: 1 });

    fail = false;
    await runDataMigrations(db, [flaky, next]);
    expect(await db.get('meta', metaKey(flaky))).toMatchObject({ state: 'done', runs: 2 });
    expect(next.run).toHaveBeenCalledOnce();
  });

  it('has steps with unique ids and a stated rollback', () => {
    const ids = DATA_MIGRATIONS.map((migration) => migration.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const migration of DATA_MIGRATIONS) {
      expect([migration.id, migration.rollback]).toEqual([
        migration.id,
        expect.stringMatching(/\S{10}/),
      ]);
      expect(migration.id).toMatch(/^\d{3}-[a-z-]+$/);
    }
  });
});
