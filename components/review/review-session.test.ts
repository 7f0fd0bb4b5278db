// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResponse, getResponse, listResponses } from '@/utils/storage/responses';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import type { ResponseRecord } from '@/utils/storage/types';
import { createSurveyModel } from '@/utils/survey/create-model';
import { ReviewSession, type SessionStatus } from './review-session';

// Lets a test make the next saves fail, as a full or broken disk would, and hold reads
// until it lets them go.
const storage = vi.hoisted(() => ({
  failingSaves: 0,
  failingCreates: 0,
  /** The data of each save begun, in order, and the saves themselves. */
  savesBegun: [] as unknown[],
  savesRunning: [] as Promise<unknown>[],
  heldReads: undefined as { started: number; release: Promise<void> } | undefined,
}));
vi.mock('@/utils/storage/responses', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/storage/responses')>();
  return {
    ...real,
    saveOnto: (...args: Parameters<typeof real.saveOnto>) => {
      storage.savesBegun.push(args[1].data);
      if (storage.failingSaves === 0) {
        const saving = real.saveOnto(...args);
        storage.savesRunning.push(saving);
        return saving;
      }
      storage.failingSaves--;
      return Promise.reject(new DOMException('disk error', 'UnknownError'));
    },
    createResponse: (...args: Parameters<typeof real.createResponse>) => {
      if (storage.failingCreates === 0) return real.createResponse(...args);
      storage.failingCreates--;
      return Promise.reject(new DOMException('disk full', 'QuotaExceededError'));
    },
    getResponse: async (id: string) => {
      const held = storage.heldReads;
      if (held) {
        held.started++;
        await held.release;
      }
      return real.getResponse(id);
    },
  };
});

const SURVEY = {
  progressBarType: 'requiredQuestions',
  pages: [
    {
      elements: [
        { type: 'radiogroup', name: 'a', isRequired: true, choices: ['khong', 'co'] },
        { type: 'radiogroup', name: 'b', isRequired: true, choices: ['khong', 'co'] },
      ],
    },
    { elements: [{ type: 'comment', name: 'note' }] },
  ],
};

useFreshDatabase();
const open: ReviewSession[] = [];

function openSession(record: ResponseRecord) {
  const model = createSurveyModel(SURVEY, 'vi');
  model.data = record.data;
  model.currentPageNo = record.currentPage;
  const session = new ReviewSession(record.id, model, record);
  open.push(session);
  let status: SessionStatus = { save: 'idle' };
  session.subscribe((next) => {
    status = next;
  });
  return { session, model, status: () => status };
}

/** A draft as the library creates it: the total is unknown until survey-core loads it. */
async function newDraft(total = 0) {
  return createResponse({
    packId: 'sample',
    packVersion: '1.0.0',
    formId: 'self-review',
    progress: { answered: 0, total },
  });
}

afterEach(() => {
  storage.failingSaves = 0;
  storage.failingCreates = 0;
  storage.savesBegun = [];
  storage.savesRunning = [];
  storage.heldReads = undefined;
  for (const session of open.splice(0)) session.dispose();
});

const HELD = { name: 'HeldForConflict' };

/** Two tabs of one response with unsaved edits at the same time; A saves first. */
async function conflictInTabB() {
  const record = await newDraft(2);
  const tabA = openSession(record);
  const tabB = openSession(record);
  tabA.model.setValue('a', 'khong');
  tabB.model.setValue('b', 'co');
  await tabA.session.flush();
  await expect(tabB.session.flush()).rejects.toMatchObject(HELD);
  return { record, tabA, tabB };
}

/** What the browser asks before closing the page: whether the page wants it confirmed. */
function leavingIsQuestioned(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('ReviewSession', () => {
  it('saves answers, page and progress, and a new session restores them', async () => {
    const record = await newDraft();
    const first = openSession(record);
    first.model.setValue('a', 'co');
    first.model.currentPageNo = 1;
    await first.session.flush();

    const stored = await getResponse(record.id);
    expect(stored).toMatchObject({
      data: { a: 'co' },
      currentPage: 1,
      status: 'draft',
      progress: { answered: 1, total: 2 },
    });
    const second = openSession(stored as ResponseRecord);
    expect(second.model.data).toEqual({ a: 'co' });
    expect(second.model.currentPageNo).toBe(1);
  });

  it('writes a choice at once and lets typing wait for the debounce', async () => {
    const record = await newDraft(2);
    const { session, model, status } = openSession(record);
    model.setValue('note', 'Đang gõ');
    expect(status().save).toBe('pending');
    model.setValue('a', 'co');
    expect(status().save).toBe('saving');
    await session.flush();
    expect((await getResponse(record.id))?.data).toEqual({ note: 'Đang gõ', a: 'co' });
  });

  it('closing during a save puts the newer text at once, behind it, not after it ends', async () => {
    const record = await newDraft(2);
    const { session, model } = openSession(record);
    model.setValue('a', 'co');
    model.setValue('note', 'Gõ rồi đóng tab');
    // A closing page runs nothing after its last events: what is not begun now is lost.
    window.dispatchEvent(new Event('pagehide'));
    expect(storage.savesBegun).toEqual([{ a: 'co' }, { a: 'co', note: 'Gõ rồi đóng tab' }]);
    await session.flush();
    const stored = await getResponse(record.id);
    expect(stored?.data).toEqual({ a: 'co', note: 'Gõ rồi đóng tab' });
    expect(session.hasUnsavedWork()).toBe(false);
  });

  it('on closing, puts nothing behind a save that another tab has overtaken', async () => {
    const record = await newDraft(2);
    const tabA = openSession(record);
    const tabB = openSession(record);
    tabB.model.setValue('b', 'khong');
    await tabB.session.flush();
    tabA.model.setValue('a', 'co');
    tabA.model.setValue('note', 'Không được ghi đè');
    window.dispatchEvent(new Event('pagehide'));
    await expect(tabA.session.flush()).rejects.toMatchObject(HELD);
    await vi.waitFor(async () => expect(tabA.status().conflict).toBeDefined());
    await Promise.allSettled(storage.savesRunning);
    expect((await getResponse(record.id))?.data).toEqual({ b: 'khong' });
  });

  it('records the total when a response is first opened', async () => {
    const record = await newDraft();
    const { session } = openSession(record);
    await session.flush();
    expect((await getResponse(record.id))?.progress).toEqual({ answered: 0, total: 2 });
  });

  it('stores completion', async () => {
    const record = await newDraft();
    const { session, model } = openSession(record);
    model.data = { a: 'khong', b: 'co' };
    expect(model.tryComplete()).toBe(true);
    await session.flush();
    const stored = await getResponse(record.id);
    expect(stored?.status).toBe('completed');
    expect(stored?.completedAt).toBeTypeOf('number');
  });

  it('never overwrites an edit made in another tab; the member chooses', async () => {
    const { record, tabB } = await conflictInTabB();
    expect(tabB.status().conflict?.data).toEqual({ a: 'khong' });
    expect((await getResponse(record.id))?.data).toEqual({ a: 'khong' });

    await tabB.session.keepMine();
    expect(tabB.status().conflict).toBeUndefined();
    expect((await getResponse(record.id))?.data).toEqual({ b: 'co' });
  });

  it('an idle tab picks up what another tab saved', async () => {
    const record = await newDraft(2);
    const tabA = openSession(record);
    const tabB = openSession(record);

    tabA.model.setValue('a', 'co');
    await tabA.session.flush();
    await vi.waitFor(() => expect(tabB.model.data).toEqual({ a: 'co' }));

    // B continues from A's revision without a conflict.
    tabB.model.setValue('b', 'khong');
    await tabB.session.flush();
    expect(tabB.status().conflict).toBeUndefined();
    expect((await getResponse(record.id))?.data).toEqual({ a: 'co', b: 'khong' });
  });

  it('reports a response deleted elsewhere instead of recreating it', async () => {
    const record = await newDraft();
    const { session, model, status } = openSession(record);
    const { deleteResponse } = await import('@/utils/storage/responses');
    await deleteResponse(record.id);
    model.setValue('a', 'co');
    await session.flush();
    expect(status().missing).toBe(true);
    expect(await getResponse(record.id)).toBeUndefined();
  });

  it('keeps edits made while the conflict is open unsaved, and writes them when kept', async () => {
    const { record, tabB } = await conflictInTabB();
    tabB.model.setValue('note', 'Viết thêm khi đang hỏi');
    await expect(tabB.session.flush()).rejects.toMatchObject(HELD);
    expect(tabB.status().save).not.toBe('saved');
    expect(tabB.session.hasUnsavedWork()).toBe(true);
    expect(leavingIsQuestioned()).toBe(true);

    await tabB.session.keepMine();
    expect((await getResponse(record.id))?.data).toEqual({
      b: 'co',
      note: 'Viết thêm khi đang hỏi',
    });
    expect(tabB.status()).toMatchObject({ save: 'saved', conflict: undefined });
    expect(leavingIsQuestioned()).toBe(false);
  });

  it('shows the newest copy when the other tab saves again during the conflict', async () => {
    const { record, tabA, tabB } = await conflictInTabB();
    tabA.model.setValue('a', 'co');
    await tabA.session.flush();

    await vi.waitFor(() => expect(tabB.status().conflict?.data).toEqual({ a: 'co' }));
    // This tab's own answers stay on screen while the member decides.
    expect(tabB.model.data).toEqual({ b: 'co' });
    await tabB.session.keepMine();
    expect((await getResponse(record.id))?.data).toEqual({ b: 'co' });
  });

  it('asks again when yet another save lands between the notice and "keep mine"', async () => {
    const { record, tabA, tabB } = await conflictInTabB();
    const { saveResponse } = await import('@/utils/storage/responses');
    const stored = await getResponse(record.id);
    if (!stored) throw new Error('response not found');
    // Written behind the notice's back: no announcement reaches tab B.
    await saveResponse(record.id, { ...stored, data: { a: 'co' } }, stored.revision);

    await tabB.session.keepMine();
    expect(tabB.status().conflict?.data).toEqual({ a: 'co' });
    expect((await getResponse(record.id))?.data).toEqual({ a: 'co' });
    expect(tabA.model.data).toEqual({ a: 'khong' });
  });

  it('after a failed save, a save from another tab raises a conflict instead of being lost', async () => {
    const record = await newDraft(2);
    const tabA = openSession(record);
    const tabB = openSession(record);
    storage.failingSaves = 1;
    tabB.model.setValue('b', 'co');
    await expect(tabB.session.flush()).rejects.toThrow('disk error');
    expect(tabB.status().save).toBe('error');
    expect(leavingIsQuestioned()).toBe(true);

    tabA.model.setValue('a', 'khong');
    await tabA.session.flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(tabB.model.data).toEqual({ b: 'co' });

    // The member retries: they are asked, and A's answer is still stored.
    await expect(tabB.session.flush()).rejects.toMatchObject(HELD);
    expect(tabB.status().conflict?.data).toEqual({ a: 'khong' });
    expect((await getResponse(record.id))?.data).toEqual({ a: 'khong' });
  });

  it('keeps an edit made while it was reading what another tab saved', async () => {
    const record = await newDraft(2);
    const tabA = openSession(record);
    const tabB = openSession(record);
    let release = () => {};
    const held = { started: 0, release: new Promise<void>((resolve) => (release = resolve)) };
    storage.heldReads = held;
    tabA.model.setValue('a', 'khong');
    await tabA.session.flush();
    // The member clicks in B while B is reading A's save.
    await vi.waitFor(() => expect(held.started).toBeGreaterThan(0));
    tabB.model.setValue('note', 'Gõ ngay');
    storage.heldReads = undefined;
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(tabB.model.data).toEqual({ note: 'Gõ ngay' });
    await expect(tabB.session.flush()).rejects.toMatchObject(HELD);
    expect((await getResponse(record.id))?.data).toEqual({ a: 'khong' });
  });

  it('an idle tab learns that another tab completed the response, and cannot undo it', async () => {
    const record = await newDraft(2);
    const tabA = openSession(record);
    const tabB = openSession(record);
    tabA.model.data = { a: 'khong', b: 'co' };
    expect(tabA.model.tryComplete()).toBe(true);
    await tabA.session.flush();

    await vi.waitFor(() => expect(tabB.status().completedElsewhere).toBe(true));
    tabB.model.setValue('note', 'Muộn');
    await expect(tabB.session.flush()).rejects.toMatchObject(HELD);
    expect(await getResponse(record.id)).toMatchObject({ status: 'completed' });
  });

  describe('a new review, not stored until something is answered', () => {
    function startSession() {
      const model = createSurveyModel(SURVEY, 'vi');
      const created: ResponseRecord[] = [];
      const fields = {
        packId: 'sample',
        packVersion: '1.0.0',
        formId: 'self-review',
        progress: { answered: 0, total: 2 },
      };
      const session = new ReviewSession('new-id', model, {
        fields,
        onCreated: (record) => created.push(record),
      });
      open.push(session);
      let status: SessionStatus = { save: 'idle' };
      session.subscribe((next) => {
        status = next;
      });
      return { session, model, created, status: () => status };
    }

    it('leaves no record for a page turned, or text typed and erased', async () => {
      const { session, model, created } = startSession();
      model.currentPageNo = 1;
      model.setValue('note', 'x');
      model.setValue('note', '');
      model.clearValue('note');
      await session.flush();
      session.dispose();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(await listResponses()).toEqual([]);
      expect(created).toEqual([]);
    });

    it('creates the record under its id with the first answer, then saves as usual', async () => {
      const { session, model, created } = startSession();
      model.setValue('a', 'co');
      await session.flush();
      expect(created).toHaveLength(1);
      expect(await getResponse('new-id')).toMatchObject({
        data: { a: 'co' },
        status: 'draft',
        progress: { answered: 1, total: 2 },
        revision: 1,
      });
      model.setValue('b', 'khong');
      await session.flush();
      expect(await getResponse('new-id')).toMatchObject({
        data: { a: 'co', b: 'khong' },
        revision: 2,
      });
      expect(created).toHaveLength(1);
    });

    it('keeps the first answer when creating fails, asks before leaving, and creates on retry', async () => {
      const { session, model, created, status } = startSession();
      storage.failingCreates = 1;
      model.setValue('a', 'co');
      await expect(session.flush()).rejects.toMatchObject({ name: 'QuotaExceededError' });
      expect(status().save).toBe('error');
      expect(session.hasUnsavedWork()).toBe(true);
      expect(leavingIsQuestioned()).toBe(true);
      await session.flush();
      expect(created).toHaveLength(1);
      expect(await getResponse('new-id')).toMatchObject({ data: { a: 'co' } });
      expect(session.hasUnsavedWork()).toBe(false);
    });
  });
});
