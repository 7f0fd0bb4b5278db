import { getDb } from './db';
import {
  type Progress,
  parseRecord,
  parseRecords,
  type ResponseRecord,
  responseRecordSchema,
} from './types';

export interface NewResponse {
  packId: string;
  packVersion: string;
  formId: string;
  progress: Progress;
}

/** What the form page writes on each save. */
export type ResponseChanges = Pick<ResponseRecord, 'data' | 'currentPage' | 'status' | 'progress'>;

export type SaveResult =
  | { ok: true; record: ResponseRecord }
  /** Someone else (another tab) saved since `baseRevision`; nothing was written. */
  | { ok: false; reason: 'conflict'; current: ResponseRecord }
  | { ok: false; reason: 'missing' };

export type OverwriteResult = Exclude<SaveResult, { reason: 'conflict' }>;

/** Starts an empty draft of one form. */
export async function createResponse(fields: NewResponse): Promise<ResponseRecord> {
  const now = Date.now();
  // Validated on the way in too: a record we could not read back would be lost.
  const record = responseRecordSchema.parse({
    ...fields,
    id: crypto.randomUUID(),
    data: {},
    currentPage: 0,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  const db = await getDb();
  await db.add('responses', record);
  return record;
}

/** The response, or undefined if absent or unreadable. */
export async function getResponse(id: string): Promise<ResponseRecord | undefined> {
  const db = await getDb();
  return parseRecord(responseRecordSchema, await db.get('responses', id));
}

/** All readable responses, most recently updated first. */
export async function listResponses(): Promise<ResponseRecord[]> {
  const db = await getDb();
  const oldestFirst = await db.getAllFromIndex('responses', 'by-updated');
  return parseRecords(responseRecordSchema, oldestFirst).reverse();
}

/** The most recently updated readable response, without loading the others. */
export async function latestResponse(): Promise<ResponseRecord | undefined> {
  const db = await getDb();
  const index = db.transaction('responses').store.index('by-updated');
  for await (const cursor of index.iterate(null, 'prev')) {
    const record = parseRecord(responseRecordSchema, cursor.value);
    if (record) return record;
  }
  return undefined;
}

export async function deleteResponse(id: string): Promise<void> {
  const db = await getDb();
  await db.delete('responses', id);
}

/**
 * Saves only if the stored revision is still `baseRevision` (the one this page loaded or last
 * wrote), so an edit made in another tab is never silently overwritten.
 */
export function saveResponse(
  id: string,
  changes: ResponseChanges,
  baseRevision: number,
): Promise<SaveResult> {
  return update(id, changes, baseRevision);
}

/** Saves regardless of revision: the member chose to keep their version after a conflict. */
export function overwriteResponse(id: string, changes: ResponseChanges): Promise<OverwriteResult> {
  return update(id, changes);
}

// Read, check and write in one readwrite transaction, so no other save can slip in between.
function update(id: string, changes: ResponseChanges): Promise<OverwriteResult>;
function update(id: string, changes: ResponseChanges, baseRevision: number): Promise<SaveResult>;
async function update(
  id: string,
  changes: ResponseChanges,
  baseRevision?: number,
): Promise<SaveResult> {
  const db = await getDb();
  const tx = db.transaction('responses', 'readwrite');
  const current = parseRecord(responseRecordSchema, await tx.store.get(id));
  if (!current) {
    await tx.done;
    return { ok: false, reason: 'missing' };
  }
  if (baseRevision !== undefined && current.revision !== baseRevision) {
    await tx.done;
    return { ok: false, reason: 'conflict', current };
  }
  const record = applyChanges(current, changes, Date.now());
  await Promise.all([tx.store.put(record), tx.done]);
  return { ok: true, record };
}

function applyChanges(
  current: ResponseRecord,
  changes: ResponseChanges,
  now: number,
): ResponseRecord {
  const { completedAt: _previous, ...rest } = current;
  return responseRecordSchema.parse({
    ...rest,
    ...changes,
    revision: current.revision + 1,
    updatedAt: now,
    // When it first became completed; reopening it as a draft clears it.
    ...(changes.status === 'completed' && { completedAt: current.completedAt ?? now }),
  });
}
