// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftMovePlan } from '@/utils/library';
import type { PackForm } from '@/utils/pack/schema';
import { LibraryServicesContext } from '../app/library/services';
import { fakeServices, installed, packWith } from '../app/library/test-library';
import { DraftMoveOffer } from './DraftMoveOffer';

afterEach(() => {
  cleanup();
  location.hash = '';
});

const plan: DraftMovePlan = {
  entries: [
    {
      kind: 'kept',
      from: 'da_doc',
      to: 'da_doc',
      title: { vi: 'Đã đọc Nghị quyết?' },
      before: true,
      after: true,
    },
    {
      kind: 'mapped',
      from: 'bh01',
      to: 'bh01_moi',
      title: { vi: 'Phai nhạt lý tưởng' },
      before: 'mot_phan',
      after: 'mot-phan',
    },
    {
      kind: 'dropped',
      from: 'ghi_chu_cu',
      title: { vi: 'Ghi chú cũ' },
      before: 'Viết dài',
      reason: 'removed',
    },
  ],
  data: { da_doc: true, bh01_moi: 'mot-phan' },
};

const FROM_FORM = packWith().forms[0] as PackForm;

function show() {
  const fake = fakeServices({ offer: { target: installed(packWith({ version: '1.3.0' })), plan } });
  const flushes: number[] = [];
  const session = { flush: async () => void flushes.push(Date.now()) };
  render(
    <LibraryServicesContext.Provider value={fake.services}>
      <DraftMoveOffer responseId="r-1" fromVersion="1.2.0" fromForm={FROM_FORM} session={session} />
    </LibraryServicesContext.Provider>,
  );
  return { fake, flushes };
}

describe('DraftMoveOffer', () => {
  it('shows what will change and moves only once confirmed, then opens the moved draft', async () => {
    const { fake, flushes } = show();
    await screen.findByText(/Bài này làm trên phiên bản 1\.2\.0\. Máy đã cài phiên bản 1\.3\.0\./);
    const open = screen.getByRole('button', { name: 'Xem những gì sẽ thay đổi' });
    open.focus();
    fireEvent.click(open);
    const dialog = within(await screen.findByRole('dialog'));
    dialog.getByRole('heading', { name: 'Chuyển bài sang phiên bản 1.3.0?' });
    const kept = within(
      dialog.getByRole('heading', { name: 'Giữ nguyên (1)' }).parentElement as HTMLElement,
    );
    kept.getByText('Đã đọc Nghị quyết?');
    // Answers read as the member gave them: the yes/no label, the choice text.
    kept.getByText('Đã đọc');
    const mapped = within(
      dialog.getByRole('heading', { name: 'Chuyển sang câu hỏi hoặc lựa chọn mới (1)' })
        .parentElement as HTMLElement,
    );
    mapped.getByText('bh01 → bh01_moi', { exact: false });
    // The new version of this fixture has no question bh01_moi: its value shows as stored.
    mapped.getByText('Có một phần → mot-phan');
    const dropped = within(
      dialog.getByRole('heading', { name: 'Sẽ bị bỏ (1)' }).parentElement as HTMLElement,
    );
    dropped.getByText('Viết dài');
    dropped.getByText('câu hỏi không còn trong phiên bản mới');

    fireEvent.click(dialog.getByRole('button', { name: 'Hủy' }));
    expect(fake.services.moveDraft).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(open));

    fireEvent.click(open);
    fireEvent.click(await screen.findByRole('button', { name: 'Chuyển sang phiên bản 1.3.0' }));
    await waitFor(() => expect(location.hash).toBe('#/review/r-1-moved'));
    expect(fake.services.moveDraft).toHaveBeenCalledWith('r-1', '1.3.0', undefined);
    // Saved before each showing of the plan (twice) and before moving.
    expect(flushes).toHaveLength(3);
  });

  it('says so and keeps the draft when the move fails', async () => {
    const { fake } = show();
    fake.services.moveDraft.mockRejectedValueOnce(new Error('draft-changed'));
    fireEvent.click(await screen.findByRole('button', { name: 'Xem những gì sẽ thay đổi' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Chuyển sang phiên bản 1.3.0' }));
    await screen.findByText('Chưa chuyển được. Bài cũ vẫn còn nguyên.');
    expect(location.hash).toBe('');
  });
});
