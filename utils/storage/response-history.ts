import type { ResponseRecord } from './types';

/**
 * How a completed review is reopened and how that is undone, as pure record transitions: the
 * storage layer runs them inside one transaction, so another tab's save cannot slip in between.
 */

/** The completed record as a draft again; its completion time joins the history. */
export function reopenedRecord(record: ResponseRecord, now: number): ResponseRecord | undefined {
  if (record.status !== 'completed' || record.completedAt === undefined) return undefined;
  const { completedAt, ...rest } = record;
  return {
    ...rest,
    status: 'draft',
    completions: [...(record.completions ?? []), completedAt],
    reopened: { completedAt, updatedAt: record.updatedAt, currentPage: record.currentPage },
    updatedAt: now,
    revision: record.revision + 1,
  };
}

/**
 * The reopened record put back exactly as it was completed (same answers, same completion
 * time), or undefined once an answer has changed since it was reopened.
 */
export function cancelledReopen(record: ResponseRecord): ResponseRecord | undefined {
  const { reopened, ...rest } = record;
  if (record.status !== 'draft' || !reopened) return undefined;
  const completions = (record.completions ?? []).slice(0, -1);
  const { completions: _history, ...withoutHistory } = rest;
  return {
    ...(completions.length > 0 ? { ...withoutHistory, completions } : withoutHistory),
    status: 'completed',
    completedAt: reopened.completedAt,
    updatedAt: reopened.updatedAt,
    currentPage: reopened.currentPage,
    revision: record.revision + 1,
  };
}

/** Whether a save keeps the way back to the completed copy: only while no answer changed. */
export function keepsReopened(
  record: ResponseRecord,
  next: Pick<ResponseRecord, 'data' | 'status'>,
) {
  return Boolean(record.reopened) && next.status === 'draft' && sameJson(record.data, next.data);
}

/** Deep equality of JSON values (answers), whatever the order of object keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameJson(aRecord[key], bRecord[key]));
}
