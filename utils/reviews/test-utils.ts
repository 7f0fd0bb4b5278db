import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { createResponse, saveResponse } from '../storage/responses';
import type { ResponseStatus } from '../storage/types';

/** Read from the pack file, so a new release of the built-in pack does not break tests. */
export const BUILTIN_VERSION: string = JSON.parse(
  readFileSync('forms/nq04-27.json', 'utf8'),
).version;

/**
 * Stores a review of the built-in form last saved at `time` (needs fake `Date` timers), with
 * `answered` items counted as answered. Returns its id.
 */
export async function builtinReviewAt(
  time: number,
  answered: number,
  status: ResponseStatus,
): Promise<string> {
  vi.setSystemTime(time);
  const record = await createResponse({
    packId: 'nq04-27',
    packVersion: BUILTIN_VERSION,
    formId: 'bieu-hien-27',
    progress: { answered: 0, total: 27 },
  });
  const changes = { data: {}, currentPage: 0, status, progress: { answered, total: 27 } };
  await saveResponse(record.id, changes, record.revision);
  return record.id;
}

/** Stores a review of any form with these answers and status, as the review page would. */
export async function storedReview(
  form: { packId: string; packVersion: string; formId: string },
  data: Record<string, unknown>,
  status: ResponseStatus = 'completed',
): Promise<string> {
  const record = await createResponse({ ...form, progress: { answered: 0, total: 1 } });
  const changes = { data, currentPage: 0, status, progress: { answered: 1, total: 1 } };
  await saveResponse(record.id, changes, record.revision);
  return record.id;
}
