// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import annualPack from '@/forms/kiem-diem-2025.json';
import { ensureBuiltinPacks } from '@/utils/packs/builtin';
import { startEarlyRead } from '@/utils/prepaint/early-read';
import { BUILTIN_VERSION, storedReview } from '@/utils/reviews/test-utils';
import { getResponse } from '@/utils/storage/responses';
import { saveSettings } from '@/utils/storage/settings';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { SettingsProvider } from '../app/settings-context';
import ReviewView from '../review/ReviewView';
import { RoundsServicesProvider } from '../rounds/RoundsServices';
import { fakeRounds } from '../rounds/test-rounds';
import { prepaintReview } from './boot';

const database = useFreshDatabase();
afterEach(() => {
  cleanup();
  document.getElementById('prepaint')?.remove();
  document.getElementById('root')?.remove();
});

const annualVersion: string = annualPack.version;
const FORM = { packId: 'nq04-27', packVersion: BUILTIN_VERSION, formId: 'bieu-hien-27' };
const ITEM_1 = /^1\. Phai nhạt lý tưởng/;
const ITEM_2 = /^2\. Xa rời tôn chỉ/;
const REMEDY_1 = /Biện pháp khắc phục cho biểu hiện 1/;

function appRoot(): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  return root;
}

/** Pre-paints the review `responseId` from `factory`'s database, as a review link does. */
function paint(responseId: string, root = appRoot(), factory = database()) {
  return prepaintReview({ responseId }, 'page', root, startEarlyRead({ responseId }, factory));
}

function showApp(root: HTMLElement, responseId: string) {
  render(
    <SettingsProvider fallback={null}>
      <RoundsServicesProvider services={fakeRounds()}>
        <ReviewView responseId={responseId} />
      </RoundsServicesProvider>
    </SettingsProvider>,
    { container: root },
  );
}

describe('pre-painted review page', () => {
  it('keeps what the member did before the model loaded: answers, text, focus and caret', async () => {
    await ensureBuiltinPacks();
    const id = await storedReview(FORM, { tt2: 'khong' }, 'draft');
    const root = appRoot();

    expect(await paint(id, root)).toBe(true);
    const early = within(document.getElementById('prepaint') as HTMLElement);
    expect(root.hidden).toBe(true);
    // The stored answer is shown; the remedy box of item 1 appears once it is answered "yes".
    const item2 = within(early.getByRole('radiogroup', { name: ITEM_2 }));
    expect(item2.getByRole('radio', { name: 'Không có' })).toHaveProperty('checked', true);
    expect(early.queryByRole('textbox', { name: REMEDY_1 })).toBeNull();
    const item1 = within(early.getByRole('radiogroup', { name: ITEM_1 }));
    fireEvent.click(item1.getByRole('radio', { name: 'Có biểu hiện' }));
    const box = (await early.findByRole('textbox', { name: REMEDY_1 })) as HTMLTextAreaElement;
    box.focus();
    box.value = 'Sửa ngay';
    fireEvent.input(box);
    box.setSelectionRange(2, 4);

    showApp(root, id);
    await waitFor(() => expect(document.getElementById('prepaint')).toBeNull());
    expect(root.hidden).toBe(false);
    const live = within(root);
    const liveBox = live.getByRole('textbox', { name: REMEDY_1 }) as HTMLTextAreaElement;
    expect(liveBox.value).toBe('Sửa ngay');
    expect(document.activeElement).toBe(liveBox);
    expect([liveBox.selectionStart, liveBox.selectionEnd]).toEqual([2, 4]);
    const liveItem1 = within(live.getByRole('radiogroup', { name: ITEM_1 }));
    expect(liveItem1.getByRole('radio', { name: 'Có biểu hiện' })).toHaveProperty('checked', true);

    // Stored exactly once each: nothing lost, nothing doubled, the stored answer kept.
    await waitFor(async () =>
      expect((await getResponse(id))?.data).toEqual({
        tt1: 'co',
        'tt1-khac-phuc': 'Sửa ngay',
        tt2: 'khong',
      }),
    );
  });

  it('waits for the app on a completed review, in simple mode, and without a database', async () => {
    await ensureBuiltinPacks();
    const completed = await storedReview(FORM, { tt1: 'khong' }, 'completed');
    expect(await paint(completed)).toBe(false);
    expect(await paint('no-such-review')).toBe(false);
    // The annual forms show their pull-in offer above the questions: painted without it, the
    // form would move down on hand-over.
    const annual = await storedReview(
      { packId: 'kiem-diem-2025', packVersion: annualVersion, formId: 'mau-02b' },
      {},
      'draft',
    );
    expect(await paint(annual)).toBe(false);
    // Simple mode shows one question per screen: not this page.
    const draft = await storedReview(FORM, {}, 'draft');
    expect(await paint(draft)).toBe(true);
    document.getElementById('prepaint')?.remove();
    await saveSettings({ simpleMode: true });
    expect(await paint(draft)).toBe(false);
    const empty = new (database().constructor as { new (): IDBFactory })();
    expect(await paint(completed, appRoot(), empty)).toBe(false);
    // The empty factory's database was not created by the attempt (the app's migrations own that).
    expect((await empty.databases()).map((db) => db.name)).toEqual([]);
    expect(document.getElementById('prepaint')).toBeNull();
  });
});
