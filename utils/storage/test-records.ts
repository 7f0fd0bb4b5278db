import type { ResponseRecord } from './types';

/** A valid stored response of today's shape, with `patch` over it (tests only). */
export function sampleRecord(patch: Partial<ResponseRecord> = {}): ResponseRecord {
  return {
    id: 'r',
    packId: 'sample',
    packVersion: '1.0.0',
    formId: 'self-review',
    data: { q1: 'có' },
    currentPage: 0,
    status: 'draft',
    progress: { answered: 1, total: 27 },
    createdAt: 1,
    updatedAt: 2,
    revision: 3,
    ...patch,
  };
}
