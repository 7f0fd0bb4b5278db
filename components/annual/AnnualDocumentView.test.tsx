// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import annualPack from '@/forms/kiem-diem-2025.json';
import { installForTest } from '@/utils/library/test-utils';
import type { Pack } from '@/utils/pack/schema';
import { storedReview } from '@/utils/reviews/test-utils';
import { createResponse } from '@/utils/storage/responses';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { captureDownloads } from '../app/library/test-downloads';
import AnnualDocumentView from './AnnualDocumentView';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PACK = annualPack as unknown as Pack;

async function review(formId: string, status: 'draft' | 'completed') {
  await installForTest(PACK, 'builtin');
  return storedReview(
    { packId: PACK.id, packVersion: PACK.version, formId },
    { 'ho-ten': 'Lê Thị Hằng', 'chi-bo': 'Chi bộ Khu phố 4', nam: 2026, 'tu-xep-loai': 'tot' },
    status,
  );
}

describe('AnnualDocumentView', () => {
  useFreshDatabase();

  it('lays the review out as its paper form, and prints', async () => {
    const id = await review('mau-02a', 'completed');
    render(<AnnualDocumentView responseId={id} />);
    const paper = await screen.findByRole('article', {
      name: 'BẢN KIỂM ĐIỂM, TỰ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN Năm 2026',
    });
    within(paper).getByText('Mẫu 02A-HD KĐ.ĐG 2025');
    within(paper).getByText('CHI BỘ KHU PHỐ 4');
    within(paper).getByText('(Cá nhân giữ chức vụ lãnh đạo, quản lý)');
    within(paper).getByText('NGƯỜI TỰ KIỂM ĐIỂM');
    expect(within(paper).getAllByText('Lê Thị Hằng')).toHaveLength(2);
    const ticked = within(paper).getByText('Hoàn thành tốt nhiệm vụ').closest('li');
    expect(ticked?.textContent).toBe('☒ Hoàn thành tốt nhiệm vụ (đã chọn)');
    screen.getByText(/^Bố cục theo mẫu Mẫu 02A-HD KĐ\.ĐG 2025, được Tự soi dựng lại/);
    expect(screen.queryByText(/chưa hoàn thành/)).toBeNull();

    const print = vi.fn();
    vi.stubGlobal('print', print);
    fireEvent.click(screen.getByRole('button', { name: 'In bản kiểm điểm' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('downloads the Word file and warns about a draft', async () => {
    const id = await review('mau-02c', 'draft');
    const { blobs, clicked } = captureDownloads();
    render(<AnnualDocumentView responseId={id} />);
    await screen.findByText(/^Bài này chưa hoàn thành/);
    fireEvent.click(screen.getByRole('button', { name: 'Tải tệp Word (.docx)' }));
    await waitFor(() => expect(clicked).toEqual(['ban-kiem-diem-02c-hd.docx']));
    expect(blobs[0]?.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });

  it('says so for a review that is not an annual one, or that is gone', async () => {
    render(<AnnualDocumentView responseId="khong-co" />);
    await screen.findByText(/^Không tìm thấy bài này/);
    cleanup();
    const other = await createResponse({
      packId: 'nq04-27',
      packVersion: '1.2.0',
      formId: 'bieu-hien-27',
      progress: { answered: 0, total: 27 },
    });
    render(<AnnualDocumentView responseId={other.id} />);
    await screen.findByText(/^Bài này không phải một bản kiểm điểm cuối năm/);
    expect(screen.queryByRole('button', { name: 'In bản kiểm điểm' })).toBeNull();
  });
});
