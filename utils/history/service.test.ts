import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { installForTest } from '../library/test-utils';
import { type Pack, packSchema } from '../pack/schema';
import { storedReview } from '../reviews/test-utils';
import { useFreshDatabase } from '../storage/test-utils';
import { memberHistory } from './service';

const PACK: Pack = packSchema.parse(JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')));

function completed(data: Record<string, unknown>, status: 'completed' | 'draft' = 'completed') {
  return storedReview(
    { packId: PACK.id, packVersion: PACK.version, formId: 'bieu-hien-27' },
    data,
    status,
  );
}

describe('memberHistory', () => {
  useFreshDatabase();

  it('lists completed reviews of a form, oldest first, with their flagged counts', async () => {
    await installForTest(PACK, 'builtin');
    // Distinct times: two saves within one millisecond would have no order.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 5, 1));
    const first = await completed({ tt1: 'co', tt2: 'mot-phan', dd1: 'co' });
    vi.setSystemTime(Date.UTC(2026, 11, 1));
    const second = await completed({ tt1: 'mot-phan' });
    vi.useRealTimers();
    await completed({ tt1: 'co' }, 'draft');
    const history = await memberHistory();
    expect(history).toHaveLength(1);
    expect(history[0]?.title.vi).toBe('Tự soi 27 biểu hiện suy thoái');
    expect(history[0]?.entries.map((entry) => [entry.responseId, entry.flagged])).toEqual([
      [first, 3],
      [second, 1],
    ]);
  });

  it('is empty without completed reviews', async () => {
    expect(await memberHistory()).toEqual([]);
  });
});
