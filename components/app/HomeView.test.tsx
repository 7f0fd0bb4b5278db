// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseImport, installPack } from '@/utils/library';
import { ensureBuiltinPacks } from '@/utils/packs/builtin';
import {
  createResponse,
  listResponses,
  type ResponseChanges,
  saveResponse,
} from '@/utils/storage/responses';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { RoundsServicesProvider } from '../rounds/RoundsServices';
import { fakeRounds } from '../rounds/test-rounds';
import type { Surface } from './App';
import { HomeView } from './HomeView';
import { SettingsProvider } from './settings-context';

useFreshDatabase();
afterEach(() => {
  cleanup();
  location.hash = '';
});

// Read from the pack file, so a new release of the built-in pack does not break these tests.
const BUILTIN_VERSION: string = JSON.parse(readFileSync('forms/nq04-27.json', 'utf8')).version;

async function draftOfBuiltin(answered: number, packVersion = BUILTIN_VERSION) {
  const record = await createResponse({
    packId: 'nq04-27',
    packVersion,
    formId: 'bieu-hien-27',
    progress: { answered: 0, total: 27 },
  });
  const changes: ResponseChanges = {
    data: {},
    currentPage: 0,
    status: 'draft',
    progress: { answered, total: 27 },
  };
  await saveResponse(record.id, changes, record.revision);
  return record;
}

function showHome(surface: Surface, rounds = fakeRounds()) {
  return render(
    <SettingsProvider fallback={null}>
      <RoundsServicesProvider services={rounds}>
        <HomeView surface={surface} />
      </RoundsServicesProvider>
    </SettingsProvider>,
  );
}

describe('HomeView', () => {
  it('lists the built-in pack and starts a review from it', async () => {
    await ensureBuiltinPacks();
    showHome('page');
    await screen.findByText('Bạn chưa có bài nào. Chọn một biểu mẫu bên dưới để bắt đầu.');
    screen.getByRole('heading', { name: '27 biểu hiện suy thoái theo Nghị quyết 04-NQ/TW' });

    fireEvent.click(screen.getByRole('button', { name: /^Bắt đầu tự soi: Tự soi 27 biểu hiện/ }));
    // The review page creates the record with the first answer: nothing is stored yet.
    await waitFor(() =>
      expect(location.hash).toBe(`#/start/nq04-27@${BUILTIN_VERSION}/bieu-hien-27`),
    );
    expect(await listResponses()).toEqual([]);
  });

  it('links to the secretary’s rounds beside the library, in the side panel too', async () => {
    showHome('sidepanel');
    // Loaded first, so no read of this test's database runs on into the next test's.
    await screen.findByText('Bạn chưa có bài nào. Chọn một biểu mẫu bên dưới để bắt đầu.');
    const nav = within(screen.getByRole('navigation'));
    const rounds = nav.getByRole('link', { name: 'Đợt tự soi của chi bộ (dành cho bí thư)' });
    expect(rounds.getAttribute('href')).toBe('#/rounds');
    nav.getByRole('link', { name: 'Quản lý thư viện biểu mẫu' });
  });

  it('offers to continue the draft in progress before starting another', async () => {
    await ensureBuiltinPacks();
    const draft = await draftOfBuiltin(12);
    showHome('page');
    const mine = within(await screen.findByRole('region', { name: 'Bài tự soi của tôi' }));
    await mine.findByText('Đã trả lời 12/27');
    mine.getByText('Đang làm');

    const library = within(screen.getByRole('region', { name: 'Thư viện biểu mẫu' }));
    const resume = library.getByRole('link', { name: /^Tiếp tục bài đang làm: Tự soi 27/ });
    expect(resume.getAttribute('href')).toBe(`#/review/${draft.id}`);
    library.getByRole('button', { name: /^Bắt đầu bài mới: Tự soi 27/ });
  });

  it('starts new reviews on the newest version only, and continues a draft made on an older one', async () => {
    await ensureBuiltinPacks();
    // Tests run from the repository root (happy-dom's import.meta.url is not a file URL).
    const released = 'tests/fixtures/packs/nq04-27-1.0.0.json';
    await installPack(await analyseImport('nq04-27-1.0.0.json', readFileSync(released)));
    const draft = await draftOfBuiltin(5, '1.0.0');
    showHome('page');
    const library = within(await screen.findByRole('region', { name: 'Thư viện biểu mẫu' }));
    const cards = await library.findAllByRole('heading', {
      name: '27 biểu hiện suy thoái theo Nghị quyết 04-NQ/TW',
    });
    expect(cards).toHaveLength(1);
    library.getByText(new RegExp(`^Phiên bản ${BUILTIN_VERSION.replaceAll('.', '\\.')}`));
    const resume = library.getByRole('link', { name: /^Tiếp tục bài đang làm: Tự soi 27/ });
    expect(resume.getAttribute('href')).toBe(`#/review/${draft.id}`);
  });

  it('deletes a review only once the member confirms', async () => {
    await ensureBuiltinPacks();
    await draftOfBuiltin(3);
    showHome('page');
    const mine = within(await screen.findByRole('region', { name: 'Bài tự soi của tôi' }));
    await mine.findByText('Đã trả lời 3/27');

    const remove = mine.getByRole('button', { name: /^Xóa:/ });
    remove.focus();
    fireEvent.click(remove);
    fireEvent.click(await screen.findByRole('button', { name: 'Hủy' }));
    expect(await listResponses()).toHaveLength(1);
    // Focus goes back to the button that opened the dialog.
    expect(document.activeElement).toBe(remove);

    fireEvent.click(remove);
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa vĩnh viễn' }));
    await screen.findByText('Bạn chưa có bài nào. Chọn một biểu mẫu bên dưới để bắt đầu.');
    expect(await listResponses()).toHaveLength(0);
    // Its entry is gone: focus goes to the undo offered in the status notice.
    const status = within(mine.getByRole('status'));
    status.getByText(/^Đã xóa: Lần 1 — \d\d\/\d\d\/\d{4}$/);
    expect(document.activeElement).toBe(status.getByRole('button', { name: 'Hoàn tác' }));
  });

  it('puts a deleted review back exactly as it was with "Hoàn tác"', async () => {
    await ensureBuiltinPacks();
    const draft = await draftOfBuiltin(3);
    const [before] = await listResponses();
    showHome('page');
    const mine = within(await screen.findByRole('region', { name: 'Bài tự soi của tôi' }));
    fireEvent.click(await mine.findByRole('button', { name: /^Xóa: Lần 1 — / }));
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa vĩnh viễn' }));
    fireEvent.click(
      await within(mine.getByRole('status')).findByRole('button', { name: 'Hoàn tác' }),
    );
    await mine.findByText(/^Đã khôi phục: Lần 1 — /);
    await mine.findByText('Đã trả lời 3/27');
    expect(await listResponses()).toEqual([before]);
    expect(before?.id).toBe(draft.id);
    // The restored entry's buttons come after the list's heading, where focus now is.
    expect(document.activeElement).toBe(mine.getByRole('heading', { name: 'Bài tự soi của tôi' }));
  });

  it('tells two reviews of one form apart, names their buttons by them, and renames one', async () => {
    await ensureBuiltinPacks();
    await draftOfBuiltin(3);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await draftOfBuiltin(7);
    showHome('page');
    const mine = within(await screen.findByRole('region', { name: 'Bài tự soi của tôi' }));
    await mine.findByText(/^Lần 2 — /);
    mine.getByText(/^Lần 1 — /);
    mine.getByRole('link', { name: /^Tiếp tục: Lần 2 — .* \(Tự soi 27 biểu hiện suy thoái\)$/ });
    mine.getByRole('button', { name: /^Xóa: Lần 1 — / });

    fireEvent.click(mine.getByRole('button', { name: /^Đổi tên bài: Lần 1 — / }));
    const field = mine.getByRole('textbox', { name: 'Tên bài' });
    expect(document.activeElement).toBe(field);
    fireEvent.input(field, { target: { value: '   Trước buổi họp   chi bộ  ' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(mine.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(mine.getByRole('button', { name: /^Đổi tên bài: Lần 1/ }));

    fireEvent.click(mine.getByRole('button', { name: /^Đổi tên bài: Lần 1 — / }));
    fireEvent.input(mine.getByRole('textbox', { name: 'Tên bài' }), {
      target: { value: '   Trước buổi họp   chi bộ  ' },
    });
    fireEvent.click(mine.getByRole('button', { name: 'Lưu tên' }));
    await mine.findByRole('button', {
      name: 'Xóa: Trước buổi họp chi bộ (Tự soi 27 biểu hiện suy thoái)',
    });
    const labels = (await listResponses()).map((response) => response.label);
    expect(labels).toContain('Trước buổi họp chi bộ');

    // Emptied: back to the default name.
    fireEvent.click(mine.getByRole('button', { name: 'Đổi tên bài: Trước buổi họp chi bộ' }));
    fireEvent.input(mine.getByRole('textbox', { name: 'Tên bài' }), { target: { value: '  ' } });
    fireEvent.click(mine.getByRole('button', { name: 'Lưu tên' }));
    await mine.findByRole('button', { name: /^Đổi tên bài: Lần 1 — / });
    expect((await listResponses()).every((response) => response.label === undefined)).toBe(true);
  });

  it('asks before starting a second review of a form with a draft in progress', async () => {
    await ensureBuiltinPacks();
    const draft = await draftOfBuiltin(12);
    showHome('page');
    const library = within(await screen.findByRole('region', { name: 'Thư viện biểu mẫu' }));
    fireEvent.click(await library.findByRole('button', { name: /^Bắt đầu bài mới: Tự soi 27/ }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Bạn đang có một bài chưa xong' }),
    );
    dialog.getByText(/^Bài “Lần 1 — .*” của biểu mẫu này đang làm dở \(đã trả lời 12\/27\)/);
    fireEvent.click(dialog.getByRole('button', { name: 'Tiếp tục bài đang làm' }));
    expect(location.hash).toBe(`#/review/${draft.id}`);
    fireEvent.click(library.getByRole('button', { name: /^Bắt đầu bài mới: Tự soi 27/ }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Bắt đầu bài mới' }),
    );
    expect(location.hash).toBe(`#/start/nq04-27@${BUILTIN_VERSION}/bieu-hien-27`);
    expect(await listResponses()).toHaveLength(1);
  });

  it('links to the full page from the side panel only', async () => {
    await ensureBuiltinPacks();
    const { unmount } = showHome('sidepanel');
    await screen.findByRole('link', { name: 'Mở trang đầy đủ' });
    unmount();
    showHome('page');
    await screen.findByRole('heading', { name: 'Thư viện biểu mẫu' });
    expect(screen.queryByRole('link', { name: 'Mở trang đầy đủ' })).toBeNull();
  });

  it('labels a review of a round with the round, and leads to the invitation import', async () => {
    await ensureBuiltinPacks();
    const inRound = await draftOfBuiltin(4);
    await draftOfBuiltin(2);
    const labels = new Map([
      [
        inRound.id,
        { roundId: 'round-3', label: 'Tự soi lần 3 — Quý IV/2026', cellName: 'Chi bộ 4' },
      ],
    ]);
    showHome('page', fakeRounds({ labels }));
    const mine = within(await screen.findByRole('region', { name: 'Bài tự soi của tôi' }));
    await mine.findByText('Đã trả lời 4/27');
    const items = mine.getAllByRole('listitem');
    const labelled = items.filter((item) =>
      within(item).queryByText('Đợt: Tự soi lần 3 — Quý IV/2026 · Chi bộ 4'),
    );
    expect(labelled).toHaveLength(1);
    within(labelled[0] as HTMLElement).getByText('Đã trả lời 4/27');

    const card = within(screen.getByRole('region', { name: 'Nhận thư mời của đợt tự soi' }));
    expect(card.getByRole('link', { name: 'Mở thư mời' }).getAttribute('href')).toBe('#/join');
  });
});
