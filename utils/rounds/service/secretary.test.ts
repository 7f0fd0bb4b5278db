import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setIdbFactoryForTests, withDb } from '../../storage/db';
import type { RoundRecord } from '../../storage/round-records';
import { createRound, listRounds, listSeries } from './secretary';
import { builtinRoundInput, profile } from './test-loop';

afterEach(() => setIdbFactoryForTests(undefined));

describe('listRounds', () => {
  it('lists readable rounds and counts a damaged one, which stays stored', async () => {
    await profile().use();
    const kept = await createRound(await builtinRoundInput());
    const damaged = await createRound(await builtinRoundInput({ label: 'Lần 2' }));
    await withDb(async (db) => {
      const record = (await db.get('rounds', damaged.round.id)) as RoundRecord;
      await db.put('rounds', {
        ...record,
        round: { ...record.round, expectedMembers: 'sáu' },
      } as never);
    });

    const list = await listRounds();
    expect(list.rounds.map((summary) => summary.round.id)).toEqual([kept.round.id]);
    expect(list.unreadable).toBe(1);
    expect((await listSeries()).map((series) => series.rounds)).toEqual([1]);
    expect(await withDb((db) => db.count('rounds'))).toBe(2);
  });
});
