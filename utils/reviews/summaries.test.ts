import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { ensureBuiltinPacks } from '../packs/builtin';
import { createResponse, saveResponse } from '../storage/responses';
import { useFreshDatabase } from '../storage/test-utils';
import { formatDateTime, latestDraftSummaries } from './summaries';

const BUILTIN_VERSION: string = JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')).version;

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

  async function reviewAt(time: number, status: 'draft' | 'completed') {
    vi.setSystemTime(time);
    const record = await createResponse({
      packId: 'nq04-27',
      packVersion: BUILTIN_VERSION,
      formId: 'bieu-hien-27',
      progress: { answered: 0, total: 27 },
    });
    const changes = { data: {}, currentPage: 0, status, progress: { answered: 3, total: 27 } };
    await saveResponse(record.id, changes, record.revision);
    return record.id;
  }

  it('gives the newest drafts only, newest first, with their form titles', async () => {
    await ensureBuiltinPacks();
    vi.useFakeTimers({ toFake: ['Date'] });
    const oldest = await reviewAt(1_000, 'draft');
    await reviewAt(2_000, 'draft');
    const third = await reviewAt(3_000, 'draft');
    await reviewAt(4_000, 'completed');
    const newest = await reviewAt(5_000, 'draft');
    vi.useRealTimers();

    const summaries = await latestDraftSummaries(3);
    expect(summaries.map((summary) => summary.response.id)).toEqual([
      newest,
      third,
      expect.any(String),
    ]);
    expect(summaries.map((summary) => summary.response.id)).not.toContain(oldest);
    expect(summaries[0]?.formTitle).toMatchObject({ vi: expect.stringMatching(/biểu hiện/) });
  });
});
