import { withDb } from './db';
import { keepsReopened } from './response-history';
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

/**
 * Starts a draft of one form: empty, or with the first answers (`initial`) when a review page
 * creates its record only once something was answered, under the id it chose beforehand.
 */
export async function createResponse(
  fields: NewResponse,
  initial?: { id: string } & ResponseChanges,
): Promise<ResponseRecord> {
  const now = Date.now();
  // Validated on the way in too: a record we could not read back would be lost.
  const record = responseRecordSchema.parse({
    id: crypto.randomUUID(),
    data: {},
    currentPage: 0,
    status: 'draft',
    ...fields,
    ...initial,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  await withDb((db) => db.add('responses', record));
  return record;
}

/** The response, or undefined if absent or unreadable. */
export async function getResponse(id: string): Promise<ResponseRecord | undefined> {
  return parseRecord(responseRecordSchema, await withDb((db) => db.get('responses', id)));
}

/** All readable responses, most recently updated first. */
export async function listResponses(): Promise<ResponseRecord[]> {
  const oldestFirst = await withDb((db) => db.getAllFromIndex('responses', 'by-updated'));
  return parseRecords(responseRecordSchema, oldestFirst).reverse();
}

/** The most recently updated readable response, without loading the others. */
export async function latestResponse(): Promise<ResponseRecord | undefined> {
  return (await latestResponses(1, () => true))[0];
}

/** Up to `count` readable responses that `keep` accepts, most recently updated first. */
export async function latestResponses(
  count: number,
  keep: (record: ResponseRecord) => boolean,
): Promise<ResponseRecord[]> {
  return withDb(async (db) => {
    const found: ResponseRecord[] = [];
    const index = db.transaction('responses').store.index('by-updated');
    for await (const cursor of index.iterate(null, 'prev')) {
      const record = parseRecord(responseRecordSchema, cursor.value);
      if (record && keep(record)) found.push(record);
      if (found.length >= count) break;
    }
    return found;
  });
}

export async function deleteResponse(id: string): Promise<void> {
  await withDb((db) => db.delete('responses', id));
}

/** Deletes the response and hands back exactly what was stored, so it can be put back. */
export function takeResponse(id: string): Promise<unknown> {
  return withDb(async (db) => {
    const tx = db.transaction('responses', 'readwrite');
    const stored: unknown = await tx.store.get(id);
    if (stored !== undefined) await tx.store.delete(id);
    await tx.done;
    return stored;
  });
}

/** Puts back a record `takeResponse` handed out; refuses (throws) if its id is taken again. */
export async function restoreResponse(stored: unknown): Promise<void> {
  // Checked, but the stored value itself is written: fields this version does not know stay.
  responseRecordSchema.parse(stored);
  await withDb((db) => db.add('responses', stored as ResponseRecord));
}

/**
 * Rewrites one response with `change` (a pure transition of the stored record) in one
 * readwrite transaction, so a save from another tab cannot be lost in between. `change`
 * returns undefined to write nothing; the result is the written record, if any.
 */
export function updateResponse(
  id: string,
  change: (current: ResponseRecord) => ResponseRecord | undefined,
): Promise<ResponseRecord | undefined> {
  return withDb(async (db) => {
    const tx = db.transaction('responses', 'readwrite');
    const current = parseRecord(responseRecordSchema, await tx.store.get(id));
    const next = current && change(current);
    const record = next && responseRecordSchema.parse(next);
    if (record) await tx.store.put(record);
    await tx.done;
    return record;
  });
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
  // Read, check and write in one readwrite transaction, so no other save can slip in between.
  return withDb(async (db) => {
    const tx = db.transaction('responses', 'readwrite');
    const current = parseRecord(responseRecordSchema, await tx.store.get(id));
    if (!current) {
      await tx.done;
      return { ok: false, reason: 'missing' };
    }
    if (current.revision !== baseRevision) {
      await tx.done;
      return { ok: false, reason: 'conflict', current };
    }
    const record = applyChanges(current, changes, Date.now());
    await Promise.all([tx.store.put(record), tx.done]);
    return { ok: true, record };
  });
}

export interface SaveOntoOptions {
  /** Told, in the task that issued it, the record the save is putting. */
  onPut?(record: ResponseRecord): void;
  /** Onto `base` exactly or not at all: no slow way onto a copy renamed since. */
  exact?: boolean;
}

/**
 * `saveResponse` for a page that holds the record it last read or wrote (`base`): the new record
 * is put in the same request round as the read of the stored one, and the transaction is undone
 * if that is not `base` any more. One round trip to the database instead of two, and the same
 * guarantee: an edit made in another tab is never silently overwritten. A change that keeps the
 * revision (a new name) is not lost either: the save is then made the slow way, onto it.
 */
export function saveOnto(
  base: ResponseRecord,
  changes: ResponseChanges,
  options: SaveOntoOptions = {},
): Promise<SaveResult> {
  return withDb(async (db) => {
    const tx = db.transaction('responses', 'readwrite');
    const reading = tx.store.get(base.id);
    const record = applyChanges(base, changes, Date.now());
    const writing = tx.store.put(record);
    options.onPut?.(record);
    const written = Promise.all([writing, tx.done]);
    // Awaited below either way; an early failure must not go unhandled meanwhile.
    written.catch(() => undefined);
    let current: ResponseRecord | undefined;
    try {
      current = parseRecord(responseRecordSchema, await reading);
    } finally {
      if (!isSame(current, base)) tx.abort();
    }
    if (isSame(current, base)) {
      await written;
      return { ok: true, record };
    }
    await written.catch(() => undefined);
    if (current?.revision === base.revision && !options.exact) {
      return saveResponse(base.id, changes, base.revision);
    }
    return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'missing' };
  });
}

function isSame(current: ResponseRecord | undefined, base: ResponseRecord): boolean {
  return current?.revision === base.revision && JSON.stringify(current) === JSON.stringify(base);
}

function applyChanges(
  current: ResponseRecord,
  changes: ResponseChanges,
  now: number,
): ResponseRecord {
  const { completedAt: _previous, reopened, ...rest } = current;
  return responseRecordSchema.parse({
    ...rest,
    // The way back to the completed copy lasts until an answer changes.
    ...(reopened && keepsReopened(current, changes) && { reopened }),
    ...changes,
    revision: current.revision + 1,
    updatedAt: now,
    // When it first became completed; reopening it as a draft clears it.
    ...(changes.status === 'completed' && { completedAt: current.completedAt ?? now }),
  });
}
