import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withLabel } from '../reviews/review-labels';
import { closeDb, getDb } from './db';
import { cancelledReopen, reopenedRecord } from './response-history';
import {
  createResponse,
  deleteResponse,
  getResponse,
  latestResponse,
  latestResponses,
  listResponses,
  type ResponseChanges,
  restoreResponse,
  saveOnto,
  saveResponse,
  takeResponse,
  updateResponse,
} from './responses';
import { sampleRecord } from './test-records';
import { useFreshDatabase } from './test-utils';
import type { ResponseRecord } from './types';

const draft = () =>
  createResponse({
    packId: 'sample',
    packVersion: '1.0.0',
    formId: 'self-review',
    progress: { answered: 0, total: 27 },
  });

const changes = (patch: Partial<ResponseChanges> = {}): ResponseChanges => ({
  data: { q1: 'có' },
  currentPage: 1,
  status: 'draft',
  progress: { answered: 1, total: 27 },
  ...patch,
});

/** Writes a record as-is, bypassing validation, like a corrupt or hand-edited database. */
async function putRaw(value: unknown) {
  await (await getDb()).put('responses', value as ResponseRecord);
}

describe('responses', () => {
  useFreshDatabase();
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('creates an empty draft at revision 1', async () => {
    const record = await draft();
    expect(record).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      packId: 'sample',
      packVersion: '1.0.0',
      formId: 'self-review',
      data: {},
      currentPage: 0,
      status: 'draft',
      progress: { answered: 0, total: 27 },
      createdAt: 1_000,
      updatedAt: 1_000,
      revision: 1,
    });
    expect(await getResponse(record.id)).toEqual(record);
  });

  it('rejects a new response it could not read back, writing nothing', async () => {
    await expect(
      createResponse({
        packId: 'Not A Pack Id',
        packVersion: '1.0.0',
        formId: 'self-review',
        progress: { answered: 0, total: 1 },
      }),
    ).rejects.toThrow();
    expect(await listResponses()).toEqual([]);
  });

  it('resumes a saved response from a fresh connection', async () => {
    const { id } = await draft();
    vi.setSystemTime(2_000);
    const saved = await saveResponse(id, changes({ currentPage: 2 }), 1);
    expect(saved).toMatchObject({ ok: true, record: { revision: 2, updatedAt: 2_000 } });

    await closeDb();

    expect(await getResponse(id)).toMatchObject({
      data: { q1: 'có' },
      currentPage: 2,
      progress: { answered: 1, total: 27 },
      revision: 2,
      createdAt: 1_000,
      updatedAt: 2_000,
    });
  });

  it('never lets a stale tab overwrite a newer save silently', async () => {
    const { id } = await draft();
    const tabA = await getResponse(id);
    const tabB = await getResponse(id);
    if (!tabA || !tabB) throw new Error('response not found');

    const a = await saveResponse(id, changes({ data: { q1: 'A' } }), tabA.revision);
    if (!a.ok) throw new Error(`A failed: ${a.reason}`);

    const b = await saveResponse(id, changes({ data: { q1: 'B' }, currentPage: 3 }), tabB.revision);
    expect(b).toEqual({ ok: false, reason: 'conflict', current: a.record });
    expect(await getResponse(id)).toEqual(a.record);

    // The member in tab B chooses to keep their version, over the copy they were shown.
    const kept = await saveResponse(
      id,
      changes({ data: { q1: 'B' }, currentPage: 3 }),
      a.record.revision,
    );
    expect(kept).toMatchObject({ ok: true, record: { revision: 3, data: { q1: 'B' } } });
    expect(await getResponse(id)).toMatchObject({ revision: 3, currentPage: 3, data: { q1: 'B' } });
  });

  it('lets exactly one of two simultaneous saves from the same revision through', async () => {
    const { id } = await draft();
    const results = await Promise.all([
      saveResponse(id, changes({ data: { q1: 'A' } }), 1),
      saveResponse(id, changes({ data: { q1: 'B' } }), 1),
    ]);
    const [winner, loser] = results[0].ok ? results : [results[1], results[0]];
    expect(winner).toMatchObject({ ok: true, record: { revision: 2 } });
    expect(loser).toMatchObject({ ok: false, reason: 'conflict', current: { revision: 2 } });
    expect(await getResponse(id)).toEqual(winner.ok && winner.record);
  });

  it('records when a response was first completed, and clears it when reopened', async () => {
    const { id } = await draft();
    vi.setSystemTime(5_000);
    const done = await saveResponse(id, changes({ status: 'completed' }), 1);
    expect(done).toMatchObject({ ok: true, record: { status: 'completed', completedAt: 5_000 } });

    vi.setSystemTime(6_000);
    const again = await saveResponse(id, changes({ status: 'completed' }), 2);
    expect(again).toMatchObject({ ok: true, record: { completedAt: 5_000, updatedAt: 6_000 } });

    const reopened = await saveResponse(id, changes({ status: 'draft' }), 3);
    expect(reopened.ok && reopened.record).not.toHaveProperty('completedAt');
  });

  it('reports a missing response instead of recreating it', async () => {
    expect(await saveResponse('nope', changes(), 1)).toEqual({ ok: false, reason: 'missing' });
    expect(await listResponses()).toEqual([]);
  });

  it('rejects changes it could not read back, keeping the stored record', async () => {
    const record = await draft();
    await expect(saveResponse(record.id, changes({ currentPage: -1 }), 1)).rejects.toThrow();
    expect(await getResponse(record.id)).toEqual(record);
  });

  it('lists responses most recently updated first', async () => {
    const first = await draft();
    vi.setSystemTime(2_000);
    const second = await draft();
    vi.setSystemTime(3_000);
    await saveResponse(first.id, changes(), 1);

    expect((await listResponses()).map((r) => r.id)).toEqual([first.id, second.id]);
    expect((await latestResponse())?.id).toBe(first.id);
  });

  it('gives the newest few responses a filter keeps, newest first', async () => {
    const oldest = await draft();
    vi.setSystemTime(2_000);
    const completed = await draft();
    await saveResponse(completed.id, changes({ status: 'completed' }), 1);
    vi.setSystemTime(3_000);
    const middle = await draft();
    vi.setSystemTime(4_000);
    const newest = await draft();
    const drafts = (record: { status: string }) => record.status === 'draft';

    expect((await latestResponses(2, drafts)).map((r) => r.id)).toEqual([newest.id, middle.id]);
    expect((await latestResponses(5, drafts)).map((r) => r.id)).toEqual([
      newest.id,
      middle.id,
      oldest.id,
    ]);
  });

  it('has no latest response when there are none', async () => {
    expect(await latestResponse()).toBeUndefined();
  });

  it('deletes a response', async () => {
    const kept = await draft();
    const removed = await draft();
    await deleteResponse(removed.id);
    expect(await getResponse(removed.id)).toBeUndefined();
    expect(await listResponses()).toEqual([kept]);
  });

  it('skips unreadable records instead of failing', async () => {
    const good = await draft();
    vi.setSystemTime(9_000);
    await putRaw({ id: 'corrupt', updatedAt: 9_000, revision: 'many' });

    expect(await getResponse('corrupt')).toBeUndefined();
    expect(await listResponses()).toEqual([good]);
    expect(await latestResponse()).toEqual(good);
    expect(await saveResponse('corrupt', changes(), 1)).toEqual({ ok: false, reason: 'missing' });
  });

  it('creates a draft with its first answers under the id the review page chose', async () => {
    const record = await createResponse(
      {
        packId: 'sample',
        packVersion: '1.0.0',
        formId: 'self-review',
        progress: { answered: 0, total: 27 },
      },
      { id: 'chosen-id', ...changes() },
    );
    expect(record).toMatchObject({
      id: 'chosen-id',
      data: { q1: 'có' },
      currentPage: 1,
      revision: 1,
    });
    expect(await getResponse('chosen-id')).toEqual(record);
    // The id is taken: a second create never replaces the stored record.
    await expect(
      createResponse(
        {
          packId: 'sample',
          packVersion: '1.0.0',
          formId: 'self-review',
          progress: { answered: 0, total: 27 },
        },
        { id: 'chosen-id', ...changes({ data: {} }) },
      ),
    ).rejects.toThrow();
    expect(await getResponse('chosen-id')).toEqual(record);
  });

  it('reads records stored before names and completion histories existed', async () => {
    // Today's shape without the optional fields added since.
    const old = sampleRecord({ id: 'old', status: 'completed', completedAt: 2 });
    await putRaw(old);
    expect(await getResponse('old')).toEqual(old);
    await putRaw({ ...old, id: 'too-long', label: 'x'.repeat(81) });
    await putRaw({ ...old, id: 'empty-name', label: '' });
    expect(await getResponse('too-long')).toBeUndefined();
    expect(await getResponse('empty-name')).toBeUndefined();
  });

  it('names a response without a new revision, and an answer save keeps the name', async () => {
    const { id } = await draft();
    await updateResponse(id, (current) => withLabel(current, 'Trước buổi họp'));
    expect(await getResponse(id)).toMatchObject({ label: 'Trước buổi họp', revision: 1 });
    // The page still holds revision 1: its save is no conflict, and the name stays.
    const saved = await saveResponse(id, changes(), 1);
    expect(saved).toMatchObject({
      ok: true,
      record: { label: 'Trước buổi họp', data: { q1: 'có' } },
    });
  });

  it('loses neither a name nor answers when the two writes race', async () => {
    const { id } = await draft();
    const [, saved] = await Promise.all([
      updateResponse(id, (current) => withLabel(current, 'Lần thử')),
      saveResponse(id, changes(), 1),
    ]);
    expect(saved.ok).toBe(true);
    expect(await getResponse(id)).toMatchObject({
      label: 'Lần thử',
      data: { q1: 'có' },
      revision: 2,
    });
  });

  describe('saveOnto (one round trip from the record the page holds)', () => {
    it('saves onto the record the page holds while it is still the stored one', async () => {
      const base = await draft();
      const saved = await saveOnto(base, changes());
      expect(saved).toMatchObject({ ok: true, record: { data: { q1: 'có' }, revision: 2 } });
      expect(await getResponse(base.id)).toEqual(saved.ok && saved.record);
    });

    it('writes nothing over a newer save from another tab and reports it', async () => {
      const base = await draft();
      const theirs = await saveResponse(base.id, changes({ data: { q2: 'không' } }), 1);
      const saved = await saveOnto(base, changes());
      expect(saved).toEqual({ ok: false, reason: 'conflict', current: theirs.ok && theirs.record });
      expect(await getResponse(base.id)).toEqual(theirs.ok && theirs.record);
    });

    it('keeps a name given since, which does not change the revision', async () => {
      const base = await draft();
      await updateResponse(base.id, (current) => withLabel(current, 'Trước buổi họp'));
      const saved = await saveOnto(base, changes());
      expect(saved).toMatchObject({ ok: true });
      expect(await getResponse(base.id)).toMatchObject({
        label: 'Trước buổi họp',
        data: { q1: 'có' },
        revision: 2,
      });
    });

    it('reports a deleted response as missing and does not recreate it', async () => {
      const base = await draft();
      await deleteResponse(base.id);
      expect(await saveOnto(base, changes())).toEqual({ ok: false, reason: 'missing' });
      expect(await getResponse(base.id)).toBeUndefined();
    });
  });

  it('writes nothing when the change declines, or the record is absent', async () => {
    const record = await draft();
    expect(await updateResponse(record.id, () => undefined)).toBeUndefined();
    expect(await updateResponse('nope', (current) => current)).toBeUndefined();
    expect(await getResponse(record.id)).toEqual(record);
    expect(await listResponses()).toEqual([record]);
  });

  it('keeps the way back of a reopened response until a save changes an answer', async () => {
    const { id } = await draft();
    vi.setSystemTime(5_000);
    await saveResponse(id, changes({ status: 'completed' }), 1);
    vi.setSystemTime(6_000);
    const reopened = await updateResponse(id, (current) => reopenedRecord(current, Date.now()));
    expect(reopened).toMatchObject({ status: 'draft', completions: [5_000], revision: 3 });
    // A page turn keeps it…
    const turned = await saveResponse(id, changes({ currentPage: 0 }), 3);
    expect(turned.ok && turned.record.reopened).toEqual({
      completedAt: 5_000,
      updatedAt: 5_000,
      currentPage: 1,
    });
    // …and cancelling puts the completed response back.
    const cancelled = await updateResponse(id, cancelledReopen);
    expect(cancelled).toMatchObject({
      status: 'completed',
      completedAt: 5_000,
      updatedAt: 5_000,
      currentPage: 1,
      revision: 5,
    });
    expect(cancelled).not.toHaveProperty('completions');
    expect(cancelled).not.toHaveProperty('reopened');

    await updateResponse(id, (current) => reopenedRecord(current, Date.now()));
    const changed = await saveResponse(id, changes({ data: { q1: 'không' } }), 6);
    expect(changed.ok && changed.record).not.toHaveProperty('reopened');
    expect(await updateResponse(id, cancelledReopen)).toBeUndefined();
    // Completed again: a new completion time, the earlier one in the history.
    vi.setSystemTime(8_000);
    const again = await saveResponse(id, changes({ status: 'completed' }), 7);
    expect(again).toMatchObject({ ok: true, record: { completedAt: 8_000, completions: [5_000] } });
  });

  it('hands back exactly what it deleted, and puts it back unchanged', async () => {
    const { id } = await draft();
    await saveResponse(id, changes(), 1);
    const stored = { ...(await getResponse(id)), label: 'Lần thử', future: { kept: true } };
    await putRaw(stored);
    const taken = await takeResponse(id);
    expect(taken).toEqual(stored);
    expect(await getResponse(id)).toBeUndefined();
    await restoreResponse(taken);
    expect(await (await getDb()).get('responses', id)).toEqual(stored);
    // Restoring twice, or something unreadable, is refused.
    await expect(restoreResponse(taken)).rejects.toThrow();
    await expect(restoreResponse({ id: 'x' })).rejects.toThrow();
    expect(await takeResponse('nope')).toBeUndefined();
  });
});
