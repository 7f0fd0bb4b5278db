// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResponse, getResponse } from '@/utils/storage/responses';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import type { ResponseRecord } from '@/utils/storage/types';
import { createSurveyModel } from '@/utils/survey/create-model';
import { ReviewSession, type SessionStatus } from './review-session';

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
  for (const session of open.splice(0)) session.dispose();
});

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
    const record = await newDraft(2);
    const tabA = openSession(record);
    const tabB = openSession(record);

    // Both tabs have unsaved edits at the same time.
    tabA.model.setValue('a', 'khong');
    tabB.model.setValue('b', 'co');
    await tabA.session.flush();
    await tabB.session.flush();

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
});
