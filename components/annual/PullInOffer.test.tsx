// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import annualPack from '@/forms/kiem-diem-2025.json';
import nq04 from '@/forms/nq04-27.json';
import { installForTest } from '@/utils/library/test-utils';
import type { Pack } from '@/utils/pack/schema';
import { storedReview } from '@/utils/reviews/test-utils';
import { useFreshDatabase } from '@/utils/storage/test-utils';
import { createSurveyModel } from '@/utils/survey/create-model';
import { PullInOffer } from './PullInOffer';

afterEach(cleanup);

const ANNUAL = annualPack as unknown as Pack;

function annualModel() {
  const form = ANNUAL.forms.find((candidate) => candidate.id === 'mau-02b');
  if (!form) throw new Error('no 02B');
  const model = createSurveyModel(form.survey, 'vi');
  model.setValue('uu-diem-pham-chat', 'Đã viết trước.');
  return model;
}

describe('PullInOffer', () => {
  useFreshDatabase();

  it('shows the latest result first and adds it to I.1 only on yes', async () => {
    const pack = nq04 as unknown as Pack;
    await installForTest(pack, 'builtin');
    await storedReview(
      { packId: pack.id, packVersion: pack.version, formId: 'bieu-hien-27' },
      { tt1: 'mot-phan' },
    );
    const model = annualModel();
    render(<PullInOffer model={model} />);

    fireEvent.click(screen.getByRole('button', { name: 'Chèn kết quả tự soi gần nhất (mục I.1)' }));
    let dialog = await screen.findByRole('dialog', {
      name: 'Chèn kết quả tự soi gần nhất vào mục I.1?',
    });
    within(dialog).getByText(/tự nhận 1 biểu hiện: - 1\. Phai nhạt/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    expect(model.getValue('uu-diem-pham-chat')).toBe('Đã viết trước.');

    fireEvent.click(screen.getByRole('button', { name: 'Chèn kết quả tự soi gần nhất (mục I.1)' }));
    dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Chèn vào bài' }));
    expect(model.getValue('uu-diem-pham-chat')).toMatch(
      /^Đã viết trước\.\n\nĐối chiếu 27 biểu hiện .*tự nhận 1 biểu hiện:/s,
    );
    screen.getByText('Đã chèn vào mục I.1. Hãy đọc lại và sửa nếu cần.');
  });

  it('says when there is nothing to take yet', async () => {
    render(<PullInOffer model={annualModel()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Chèn kết quả cam kết năm (mục I.3)' }));
    await screen.findByText('Chưa có bản đăng ký nào có việc làm.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
