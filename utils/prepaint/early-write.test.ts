import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_VERSION, storedReview } from '../reviews/test-utils';
import { RESPONSE_SAVED_CHANNEL } from '../storage/response-channel';
import { deleteResponse, getResponse, saveResponse } from '../storage/responses';
import { useFreshDatabase } from '../storage/test-utils';
import { openExisting, request } from './early-read';
import { earlyWriter } from './early-write';

const database = useFreshDatabase();
const FORM = { packId: 'nq04-27', packVersion: BUILTIN_VERSION, formId: 'bieu-hien-27' };

/** The connection and the raw record, as the pre-painted page has them. */
async function asRead(id: string) {
  const db = await openExisting(database());
  if (!db) throw new Error('no database');
  const record = await request(db.transaction('responses').objectStore('responses').get(id));
  return { db, record: record as Record<string, unknown> };
}

const answers = new Map<string, unknown>([
  ['tt1', 'co'],
  ['tt1-khac-phuc', ''],
  ['tt2', 'mot-phan'],
]);

describe('earlyWriter', () => {
  it('writes the kept answers over the draft as read, as a new revision, and announces it', async () => {
    const id = await storedReview(
      FORM,
      { tt1: 'khong', 'tt1-khac-phuc': 'cũ', tt3: 'co' },
      'draft',
    );
    const before = await getResponse(id);
    const heard = new Promise((resolve) => {
      const channel = new BroadcastChannel(RESPONSE_SAVED_CHANNEL);
      channel.onmessage = (event) => {
        resolve(event.data);
        channel.close();
      };
    });
    const { db, record } = await asRead(id);
    const writer = earlyWriter(db, record);
    expect(await writer.write(answers)).toBe(true);
    // Read back through the stored-record schema: what was written is a valid record.
    const after = await getResponse(id);
    expect(after).toEqual({
      ...before,
      data: { tt1: 'co', tt2: 'mot-phan', tt3: 'co' },
      progress: { answered: 0, total: 0 },
      revision: (before?.revision ?? 0) + 1,
      updatedAt: after?.updatedAt,
    });
    expect(await heard).toEqual({ id, revision: after?.revision });
    // The same answers again (hidden, then closed): written once.
    expect(await writer.write(new Map(answers))).toBe(false);
    // More answers later: on top of its own write.
    expect(await writer.write(new Map([...answers, ['tt4', 'co']]))).toBe(true);
    expect((await getResponse(id))?.revision).toBe((before?.revision ?? 0) + 2);
    db.close();
  });

  it('writes over a save made by another tab since the page read the draft, keeping it', async () => {
    const id = await storedReview(FORM, { tt1: 'khong' }, 'draft');
    const { db, record } = await asRead(id);
    const other = await getResponse(id);
    if (!other) throw new Error('no record');
    const changes = { data: { tt1: 'khong', tt5: 'co' }, currentPage: 1, status: 'draft' as const };
    await saveResponse(id, { ...changes, progress: other.progress }, other.revision);
    expect(await earlyWriter(db, record).write(answers)).toBe(true);
    const after = await getResponse(id);
    expect(after?.data).toEqual({ tt1: 'co', tt2: 'mot-phan', tt5: 'co' });
    expect(after?.currentPage).toBe(1);
    expect(after?.revision).toBe(other.revision + 2);
    db.close();
  });

  it('writes nothing to a completed review, or when nothing was answered', async () => {
    const completed = await storedReview(FORM, { tt1: 'khong' }, 'completed');
    const before = await getResponse(completed);
    const { db, record } = await asRead(completed);
    expect(await earlyWriter(db, record).write(answers)).toBe(false);
    expect(await earlyWriter(db, record).write(new Map())).toBe(false);
    expect(await getResponse(completed)).toEqual(before);
    db.close();
  });
});

describe('earlyWriter on a closing page', () => {
  it('asks for the commit in the task that writes: a closing page may not see the result', async () => {
    const id = await storedReview(FORM, { tt1: 'khong' }, 'draft');
    const { db, record } = await asRead(id);
    const commit = vi.spyOn(IDBTransaction.prototype, 'commit');
    try {
      const writing = earlyWriter(db, record).write(answers);
      expect(commit).toHaveBeenCalledTimes(1);
      expect(await writing).toBe(true);
    } finally {
      commit.mockRestore();
    }
    expect((await getResponse(id))?.data).toEqual({ tt1: 'co', tt2: 'mot-phan' });
    db.close();
  });

  it('writes once when hidden and then closed with the same answers', async () => {
    const id = await storedReview(FORM, { tt1: 'khong' }, 'draft');
    const before = await getResponse(id);
    const { db, record } = await asRead(id);
    const writer = earlyWriter(db, record);
    const both = await Promise.all([writer.write(answers), writer.write(new Map(answers))]);
    expect(both).toEqual([true, false]);
    expect((await getResponse(id))?.revision).toBe((before?.revision ?? 0) + 1);
    db.close();
  });

  it('puts back a review completed in another tab since the page read it, as completed', async () => {
    const id = await storedReview(FORM, { tt1: 'khong' }, 'draft');
    const { db, record } = await asRead(id);
    const draft = await getResponse(id);
    if (!draft) throw new Error('no record');
    const done = { data: { tt1: 'khong' }, currentPage: 0, status: 'completed' as const };
    await saveResponse(id, { ...done, progress: draft.progress }, draft.revision);
    const completed = await getResponse(id);
    expect(await earlyWriter(db, record).write(answers)).toBe(false);
    const after = await getResponse(id);
    expect(after).toEqual({ ...completed, revision: (completed?.revision ?? 0) + 1 });
    db.close();
  });

  it('leaves a review deleted in another tab since the page read it deleted', async () => {
    const id = await storedReview(FORM, { tt1: 'khong' }, 'draft');
    const { db, record } = await asRead(id);
    await deleteResponse(id);
    expect(await earlyWriter(db, record).write(answers)).toBe(false);
    expect(await getResponse(id)).toBeUndefined();
    db.close();
  });
});
