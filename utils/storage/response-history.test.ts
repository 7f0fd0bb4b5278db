import { describe, expect, it } from 'vitest';
import { cancelledReopen, keepsReopened, reopenedRecord, sameJson } from './response-history';
import { sampleRecord } from './test-records';
import type { ResponseRecord } from './types';

const completed = sampleRecord({
  data: { q1: 'a', q2: { x: [1, 2] } },
  currentPage: 2,
  status: 'completed',
  progress: { answered: 2, total: 2 },
  createdAt: 100,
  updatedAt: 300,
  completedAt: 300,
  label: 'Trước buổi họp',
  revision: 5,
});

describe('reopening a completed review', () => {
  it('makes it a draft, keeps the completion time in the history and the way back', () => {
    expect(reopenedRecord(completed, 900)).toEqual({
      ...withoutCompletedAt(completed),
      status: 'draft',
      completions: [300],
      reopened: { completedAt: 300, updatedAt: 300, currentPage: 2 },
      updatedAt: 900,
      revision: 6,
    });
    expect(reopenedRecord({ ...completed, status: 'draft' }, 900)).toBeUndefined();
  });

  it('adds to an existing history', () => {
    expect(reopenedRecord({ ...completed, completions: [50] }, 900)?.completions).toEqual([
      50, 300,
    ]);
  });

  it('is cancelled back to exactly the completed record (only the revision moves on)', () => {
    const reopened = reopenedRecord(completed, 900);
    if (!reopened) throw new Error('not reopened');
    expect(cancelledReopen({ ...reopened, currentPage: 0 })).toEqual({
      ...completed,
      revision: 7,
    });
    const again = reopenedRecord({ ...completed, completions: [50] }, 900);
    if (!again) throw new Error('not reopened');
    expect(cancelledReopen(again)?.completions).toEqual([50]);
  });

  it('cannot be cancelled once the way back is gone or it is completed', () => {
    const { reopened: _gone, ...changed } = reopenedRecord(completed, 900) as ResponseRecord;
    expect(cancelledReopen(changed)).toBeUndefined();
    expect(cancelledReopen(completed)).toBeUndefined();
  });

  it('keeps the way back over saves that change no answer (a page turn), not over others', () => {
    const reopened = reopenedRecord(completed, 900) as ResponseRecord;
    const sameAnswers = { q2: { x: [1, 2] }, q1: 'a' };
    expect(keepsReopened(reopened, { data: sameAnswers, status: 'draft' })).toBe(true);
    expect(keepsReopened(reopened, { data: { q1: 'b', q2: { x: [1, 2] } }, status: 'draft' })).toBe(
      false,
    );
    expect(keepsReopened(reopened, { data: sameAnswers, status: 'completed' })).toBe(false);
    expect(keepsReopened(completed, { data: completed.data, status: 'draft' })).toBe(false);
  });

  it('compares answers as JSON values', () => {
    expect(sameJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});

function withoutCompletedAt(record: ResponseRecord): Omit<ResponseRecord, 'completedAt'> {
  const { completedAt: _time, ...rest } = record;
  return rest;
}
