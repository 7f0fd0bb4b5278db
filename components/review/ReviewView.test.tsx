// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBuiltinPacks } from '@/utils/packs/builtin';
import {
  createResponse,
  getResponse,
  listResponses,
  saveResponse,
} from '@/utils/storage/responses';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { SettingsProvider } from '../app/settings-context';
import { RoundsServicesProvider } from '../rounds/RoundsServices';
import { fakeRounds } from '../rounds/test-rounds';
import ReviewView from './ReviewView';
import type { ReviewTarget } from './useReviewSession';

useFreshDatabase();
afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#/');
});

const VERSION: string = JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')).version;
const FORM = { packId: 'nq04-27', packVersion: VERSION, formId: 'bieu-hien-27' };

function show(target: ReviewTarget) {
  return render(
    <SettingsProvider fallback={null}>
      <RoundsServicesProvider services={fakeRounds()}>
        <ReviewView {...target} />
      </RoundsServicesProvider>
    </SettingsProvider>,
  );
}

/** A completed review of the built-in form (answers as stored; the view does not recount). */
async function completedReview() {
  await ensureBuiltinPacks();
  const draft = await createResponse({ ...FORM, progress: { answered: 0, total: 27 } });
  const saved = await saveResponse(
    draft.id,
    { data: {}, currentPage: 2, status: 'completed', progress: { answered: 27, total: 27 } },
    draft.revision,
  );
  if (!saved.ok) throw new Error('not saved');
  return saved.record;
}

describe('ReviewView', () => {
  it('asks before editing a completed review; "Hủy sửa" puts it back unchanged', async () => {
    const completed = await completedReview();
    show({ responseId: completed.id });
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa lại câu trả lời' }));
    const ask = within(await screen.findByRole('dialog', { name: 'Sửa lại bài đã hoàn thành?' }));
    fireEvent.click(ask.getByRole('button', { name: 'Hủy' }));
    expect(await getResponse(completed.id)).toEqual(completed);

    fireEvent.click(screen.getByRole('button', { name: 'Sửa lại câu trả lời' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Sửa lại câu trả lời',
      }),
    );
    const bar = within(
      await screen.findByRole('region', { name: /^Bạn đang sửa lại bài đã hoàn thành lúc/ }),
    );
    expect(await getResponse(completed.id)).toMatchObject({
      status: 'draft',
      completions: [completed.completedAt],
    });
    fireEvent.click(bar.getByRole('button', { name: 'Hủy sửa' }));
    await screen.findByRole('heading', { name: /^Bạn đã hoàn thành bài tự/ });
    expect(await getResponse(completed.id)).toEqual({
      ...completed,
      revision: completed.revision + 2,
    });
  });

  it('says editing can no longer be cancelled once an answer changed', async () => {
    const completed = await completedReview();
    show({ responseId: completed.id });
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa lại câu trả lời' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', {
        name: 'Sửa lại câu trả lời',
      }),
    );
    const bar = within(await screen.findByRole('region', { name: /^Bạn đang sửa lại/ }));
    fireEvent.click(screen.getAllByRole('radio', { name: 'Có biểu hiện' })[0] as HTMLElement);
    await bar.findByText(/không thể hủy sửa nữa/);
    expect(bar.queryByRole('button', { name: 'Hủy sửa' })).toBeNull();
    await waitFor(async () =>
      expect(await getResponse(completed.id)).not.toHaveProperty('reopened'),
    );
  });

  it('opens a new review with nothing stored, and stores it with the first answer', async () => {
    await ensureBuiltinPacks();
    show({ start: FORM });
    await screen.findByText(/^Lần 1 — \d\d\/\d\d\/\d{4}$/);
    expect(await listResponses()).toEqual([]);
    fireEvent.click(screen.getAllByRole('radio', { name: 'Không có' })[0] as HTMLElement);
    await waitFor(async () => expect(await listResponses()).toHaveLength(1));
    const [created] = await listResponses();
    // The address is the record's now (no new history entry), and it can be renamed.
    await waitFor(() => expect(location.hash).toBe(`#/review/${created?.id}`));
    await screen.findByRole('button', { name: /^Đổi tên bài: Lần 1 — / });
  });
});
