import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { ensureBuiltinPacks } from '../packs/builtin';
import { useFreshDatabase } from '../storage/test-utils';
import { formatDateTime, latestDraftSummaries } from './summaries';
import { builtinReviewAt as reviewAt } from './test-utils';

describe('formatDateTime', () => {
  const evening = new Date(2026, 10, 22, 21, 5).getTime();

  it('writes time, then the date in digits, in Vietnamese', () => {
    expect(formatDateTime(evening, 'vi')).toBe('21:05, 22/11/2026');
  });

  it('writes the day, a short month name and the year, then the 24-hour time, in English', () => {
    expect(formatDateTime(evening, 'en')).toBe('22 Nov 2026, 21:05');
    expect(formatDateTime(new Date(2026, 11, 1, 9, 5).getTime(), 'en')).toBe('1 Dec 2026, 09:05');
  });

  it('pads single digits in Vietnamese', () => {
    expect(formatDateTime(new Date(2026, 0, 3, 7, 4).getTime(), 'vi')).toBe('07:04, 03/01/2026');
  });
});

describe('latestDraftSummaries', () => {
  useFreshDatabase();

  it('gives the newest drafts only, newest first, with their form titles', async () => {
    await ensureBuiltinPacks();
    vi.useFakeTimers({ toFake: ['Date'] });
    const oldest = await reviewAt(1_000, 3, 'draft');
    const second = await reviewAt(2_000, 3, 'draft');
    const third = await reviewAt(3_000, 3, 'draft');
    await reviewAt(4_000, 3, 'completed');
    const newest = await reviewAt(5_000, 3, 'draft');
    vi.useRealTimers();

    const summaries = await latestDraftSummaries(3);
    expect(summaries.map((summary) => summary.response.id)).toEqual([newest, third, second]);
    expect(summaries.map((summary) => summary.response.id)).not.toContain(oldest);
    expect(summaries[0]?.formTitle).toMatchObject({ vi: expect.stringMatching(/biểu hiện/) });
  });
});
